import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import ActorForm from '../../src/studio/forms/ActorForm.svelte';
import DatasetForm from '../../src/studio/forms/DatasetForm.svelte';
import DealForm from '../../src/studio/forms/DealForm.svelte';
import EngagementForm from '../../src/studio/forms/EngagementForm.svelte';
import ProblemsPanel from '../../src/studio/panels/ProblemsPanel.svelte';
import SelectionBar from '../../src/studio/panels/SelectionBar.svelte';
import { makeSelector } from '../../src/studio/model/quoteSelector';
import { serializeDataset } from '../../src/studio/model/serialize';
import { workFromDocument } from '../../src/studio/model/editedDataset';
import { Workspace } from '../../src/studio/model/workspace.svelte';
import { english } from '../helpers';

const i18n = english();

function workspace(extra: Record<string, unknown> = {}) {
  const opened = workFromDocument(
    {
      schemaVersion: 1,
      title: { en: 'A fictional delegation', ru: 'Вымышленная делегация' },
      delegation: { country: 'KAZ', leader: 'Test Leader', aliases: [] },
      sources: [{ id: 'wire-2023', publisher: 'Example Wire', title: 'A fictional report', published: '2023-09-19' }],
      sessions: [{ number: 78, year: 2023 }],
      actors: [
        { id: 'amazon', name: 'Amazon', aliases: ['Amazon Corporation'], type: 'company', country: 'USA' },
        { id: 'acme-rail', name: 'Acme Rail', type: 'company', country: 'USA' },
      ],
      engagements: [
        {
          id: 'e2023',
          session: 78,
          type: 'bilateral',
          participants: [],
          topics: [],
          summary: '',
          citations: [{ source: 'wire-2023', quote: 'They met.' }],
        },
      ],
      deals: [
        {
          id: 'd2023-acme-rail',
          session: 78,
          company: 'acme-rail',
          value: null,
          basis: 'agreement',
          sector: 'rail',
          summary: 'A deal.',
          citations: [{ source: 'wire-2023', quote: 'A deal.' }],
        },
      ],
      ...extra,
    },
    { kind: 'empty' },
  );
  if (!opened.ok) throw new Error('the test dataset does not open');
  return new Workspace(opened.work);
}

const engagement = (ws: Workspace) => ws.records('engagements')[0]!;
const deal = (ws: Workspace) => ws.records('deals')[0]!;

describe('engagement form', () => {
  it('says what to fix at the field, and the message goes once it is fixed', async () => {
    const ws = workspace();
    render(EngagementForm, { props: { ws, i18n, index: 0 } });
    const summary = screen.getByRole('textbox', { name: 'Summary' });
    expect(summary).toHaveAttribute('aria-invalid', 'true');
    expect(summary).toHaveAccessibleDescription(/summary must not be empty/);
    await userEvent.type(summary, 'Met the minister.');
    expect(engagement(ws).summary).toBe('Met the minister.');
    expect(summary).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText(/summary must not be empty/)).toBeNull();
  });

  it("checks a date as it is typed, with the schema's words", async () => {
    const ws = workspace();
    render(EngagementForm, { props: { ws, i18n, index: 0 } });
    const date = screen.getByRole('textbox', { name: 'Date' });
    await userEvent.type(date, '2023-13');
    expect(date).toHaveAccessibleDescription(/use YYYY-MM-DD, or YYYY-MM when the day is unknown/);
    await userEvent.clear(date);
    await userEvent.type(date, '2024-09');
    expect(date).toHaveAccessibleDescription(/2024-09 is not in 2023, the year of session 78/);
    await userEvent.clear(date);
    // An empty optional field is no field at all, never "".
    expect(engagement(ws)).not.toHaveProperty('date');
  });

  it('offers held or planned, and "held" leaves the field out', async () => {
    const ws = workspace();
    render(EngagementForm, { props: { ws, i18n, index: 0 } });
    const status = screen.getByRole('group', { name: 'Status' });
    await userEvent.click(within(status).getByRole('radio', { name: /planned/ }));
    expect(engagement(ws).status).toBe('planned');
    await userEvent.click(within(status).getByRole('radio', { name: 'held' }));
    expect(engagement(ws)).not.toHaveProperty('status');
  });

  it('adds a participant found by an alias, and the id follows the participant', async () => {
    const ws = workspace();
    render(EngagementForm, { props: { ws, i18n, index: 0 } });
    const add = screen.getByRole('combobox', { name: 'Add a participant' });
    await userEvent.type(add, 'amazon corporation');
    // The alias finds Amazon: no offer to create a duplicate "Amazon Corp".
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options).toHaveLength(1);
    expect(options[0]).toHaveTextContent('Amazon');
    await userEvent.keyboard('{Enter}');
    expect(engagement(ws).participants).toEqual([{ actor: 'amazon' }]);
    expect(engagement(ws).id).toBe('e2023-amazon');
    expect(screen.getByRole('textbox', { name: 'Id' })).toHaveValue('e2023-amazon');
  });

  it('creates an actor from a name no actor has', async () => {
    const ws = workspace();
    render(EngagementForm, { props: { ws, i18n, index: 0 } });
    await userEvent.type(screen.getByRole('combobox', { name: 'Add a participant' }), 'Jane Fictional');
    expect(screen.getByRole('option', { name: 'New person “Jane Fictional”' })).toBeInTheDocument();
    await userEvent.keyboard('{Enter}');
    expect(ws.records('actors').at(-1)).toEqual({ id: 'jane-fictional', name: 'Jane Fictional', type: 'person' });
    expect(engagement(ws).participants).toEqual([{ actor: 'jane-fictional' }]);
  });

  it('offers a country by a short name, and creates it as a state with its country in one step', async () => {
    const ws = workspace();
    render(EngagementForm, { props: { ws, i18n, index: 0 } });
    await userEvent.type(screen.getByRole('combobox', { name: 'Add a participant' }), 'Bosnia');
    expect(screen.getByRole('option', { name: /^Bosnia and Herzegovina/ })).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{Enter}');
    expect(ws.records('actors').at(-1)).toEqual({
      id: 'bosnia-and-herzegovina',
      name: 'Bosnia and Herzegovina',
      type: 'state',
      country: 'BIH',
    });
    expect(engagement(ws).participants).toEqual([{ actor: 'bosnia-and-herzegovina' }]);
    ws.undo();
    expect(ws.records('actors').some((a) => a.country === 'BIH')).toBe(false);
  });

  it('"Edit" on a participant leads to the actor, and the actor form leads back to the engagement', async () => {
    const ws = workspace();
    ws.edit('engagements', 0, ['participants'], [{ actor: 'amazon' }]);
    ws.show('engagements', 0);
    const form = render(EngagementForm, { props: { ws, i18n, index: 0 } });
    await userEvent.click(screen.getByRole('button', { name: 'Edit' }));
    expect(ws.section).toBe('actors');
    expect(ws.selected.actors).toBe(0);
    form.unmount();
    render(ActorForm, { props: { ws, i18n, index: 0 } });
    await userEvent.click(screen.getByRole('button', { name: /^Back to / }));
    expect(ws.section).toBe('engagements');
    expect(ws.selected.engagements).toBe(0);
    expect(screen.queryByRole('button', { name: /^Back to / })).toBeNull();
  });

  it('offers a known organization by its initials', async () => {
    const ws = workspace();
    render(EngagementForm, { props: { ws, i18n, index: 0 } });
    await userEvent.type(screen.getByRole('combobox', { name: 'Add a participant' }), 'IMF');
    await userEvent.click(screen.getByRole('option', { name: /^International Monetary Fund/ }));
    expect(ws.records('actors').at(-1)).toMatchObject({ name: 'International Monetary Fund', type: 'organization' });
  });
});

describe('actor form', () => {
  it('warns at the country that a person with neither a country nor an affiliation will not appear on the map', async () => {
    const ws = workspace();
    ws.add('actors', { name: 'Jane Roe', type: 'person' });
    render(ActorForm, { props: { ws, i18n, index: 2 } });
    const country = screen.getByRole('combobox', { name: 'Country' });
    expect(country).toHaveAccessibleDescription(/will not appear on the map/);
    expect(country).not.toHaveAttribute('aria-invalid');
    ws.edit('actors', 2, ['country'], 'NOR');
    flushSync();
    expect(screen.queryByText(/will not appear on the map/)).toBeNull();
  });

  it('suggests the id from the name as it is typed, keeps it unique, and keeps an id written by hand', async () => {
    const ws = workspace();
    ws.add('actors', { name: '', type: 'person' });
    render(ActorForm, { props: { ws, i18n, index: 2 } });
    const name = screen.getByRole('textbox', { name: 'Name' });
    const id = screen.getByRole('textbox', { name: 'Id' });
    await userEvent.type(name, 'Acme Rail');
    expect(id).toHaveValue('acme-rail-2');
    await userEvent.clear(id);
    await userEvent.type(id, 'acme-hq');
    await userEvent.type(name, 'ways');
    expect(id).toHaveValue('acme-hq');
    await userEvent.click(screen.getByRole('button', { name: 'Use “acme-railways”' }));
    expect(id).toHaveValue('acme-railways');
  });

  it("offers the existing actor when the name is another actor's alias, and merges into it", async () => {
    const ws = workspace();
    ws.add('actors', { name: 'Amazon Corporation', type: 'company' });
    ws.edit('engagements', 0, ['participants'], [{ actor: 'amazon-corporation' }]);
    render(ActorForm, { props: { ws, i18n, index: 2 } });
    expect(screen.getByRole('status')).toHaveTextContent('“Amazon Corporation” is already a spelling of Amazon.');
    await userEvent.click(screen.getByRole('button', { name: 'Use Amazon instead of this duplicate' }));
    expect(ws.records('actors')).toHaveLength(2);
    expect(engagement(ws).participants).toEqual([{ actor: 'amazon' }]);
    expect(ws.selected.actors).toBe(0);
  });

  it('picks a country from a searchable list of names', async () => {
    const ws = workspace();
    ws.add('actors', { name: 'Test State', type: 'state' });
    render(ActorForm, { props: { ws, i18n, index: 2 } });
    const country = screen.getByRole('combobox', { name: 'Country' });
    await userEvent.type(country, 'kazak');
    await userEvent.click(screen.getByRole('option', { name: /Kazakhstan/ }));
    expect(ws.records('actors')[2]!.country).toBe('KAZ');
    expect(country).toHaveValue('Kazakhstan (KAZ)');
  });
});

describe('deal form', () => {
  it('writes an undisclosed value as null, and a disclosed one typed as "4.2B" in full', async () => {
    const ws = workspace();
    render(DealForm, { props: { ws, i18n, index: 0 } });
    expect(screen.getByRole('radio', { name: 'Undisclosed' })).toBeChecked();
    expect(deal(ws).value).toBeNull();
    await userEvent.click(screen.getByRole('radio', { name: 'Disclosed' }));
    const usd = screen.getByRole('textbox', { name: 'Amount in US dollars' });
    expect(usd).toHaveAccessibleDescription(/usd must be a number of US dollars/);
    await userEvent.type(usd, '4.2B');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Qualifier' }), 'about');
    expect(deal(ws).value).toEqual({ usd: 4_200_000_000, qualifier: 'about' });
    expect(screen.getByText('$4,200,000,000')).toBeInTheDocument();
    // Back to undisclosed: null, never 0; and disclosed again brings the amount back.
    await userEvent.click(screen.getByRole('radio', { name: 'Undisclosed' }));
    expect(deal(ws).value).toBeNull();
    await userEvent.click(screen.getByRole('radio', { name: 'Disclosed' }));
    expect(deal(ws).value).toEqual({ usd: 4_200_000_000, qualifier: 'about' });
  });

  it('says a zero or negative value must be positive, or undisclosed', async () => {
    const ws = workspace();
    render(DealForm, { props: { ws, i18n, index: 0 } });
    await userEvent.click(screen.getByRole('radio', { name: 'Disclosed' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Amount in US dollars' }), '0');
    expect(screen.getByRole('textbox', { name: 'Amount in US dollars' })).toHaveAccessibleDescription(
      /usd must be positive; write "value": null when the source gives no value/,
    );
  });

  it('offers only companies as the company, and adds sites typed as coordinates', async () => {
    const ws = workspace({
      actors: [
        { id: 'jane', name: 'Jane', type: 'person' },
        { id: 'acme-rail', name: 'Acme Rail', type: 'company' },
      ],
    });
    render(DealForm, { props: { ws, i18n, index: 0 } });
    await userEvent.type(screen.getByRole('combobox', { name: 'Company' }), 'j');
    expect(screen.queryByRole('option', { name: /Jane/ })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Add a site' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Place' }), 'Astana');
    await userEvent.type(screen.getByRole('textbox', { name: 'Longitude' }), '71.45');
    await userEvent.type(screen.getByRole('textbox', { name: 'Latitude' }), '51.17');
    expect(deal(ws).sites).toEqual([{ name: 'Astana', lon: 71.45, lat: 51.17 }]);
  });
});

describe('dataset form', () => {
  it('shows each translation of a text, and editing one keeps the others', async () => {
    const ws = workspace();
    render(DatasetForm, { props: { ws, i18n } });
    const en = screen.getByRole('textbox', { name: 'English (en)' });
    expect(screen.getByRole('textbox', { name: 'Русский (ru)' })).toHaveValue('Вымышленная делегация');
    await userEvent.type(en, ', 2023');
    expect(ws.work.dataset.title).toEqual({ en: 'A fictional delegation, 2023', ru: 'Вымышленная делегация' });
  });
});

describe('selection bar', () => {
  it('keeps the passage after it cites a record, so one sentence can cite several', async () => {
    const ws = workspace();
    const text = 'On September 24, he met the ministers of Bosnia and Herzegovina, Czechia and Malta.';
    ws.setText('wire-2023', text);
    const before = ws.records('engagements').length;
    render(SelectionBar, {
      props: { ws, i18n, sourceId: 'wire-2023', selection: makeSelector(text, 0, text.length), ondone: () => {} },
    });
    expect(screen.queryByText(/can cite another record/)).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'New engagement' }));
    expect(screen.getByText(/can cite another record/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'New engagement' }));
    const made = ws.records('engagements').slice(before);
    expect(made).toHaveLength(2);
    for (const e of made)
      expect(e).toMatchObject({ date: '2023-09-24', citations: [{ source: 'wire-2023', quote: text }] });
  });
});

describe('problem list', () => {
  it('an empty studio shows what a dataset needs, ticking what is done, and no errors', () => {
    const ws = new Workspace();
    render(ProblemsPanel, { props: { ws, i18n } });
    expect(screen.getByRole('heading', { name: 'A dataset needs' })).toBeInTheDocument();
    const items = screen.getAllByRole('checkbox');
    expect(items).toHaveLength(5);
    expect(items.filter((c) => (c as HTMLInputElement).checked)).toHaveLength(0);
    ws.editDataset(['title'], 'India at UNGA 78');
    flushSync();
    expect(screen.getByRole('checkbox', { name: 'a title' })).toBeChecked();
    expect(screen.queryByText(/must not be empty/)).toBeNull();
  });

  it('lists every problem with its place and takes the user to the field', async () => {
    const ws = workspace();
    ws.section = 'engagements';
    const form = render(EngagementForm, { props: { ws, i18n, index: 0 } });
    render(ProblemsPanel, { props: { ws, i18n } });
    const list = screen.getByRole('heading', { name: '1 problem' }).closest('section')!;
    expect(list).toHaveTextContent('engagements[0].summary');
    await userEvent.click(within(list).getByRole('button', { name: /meeting/ }));
    flushSync();
    expect(within(form.container).getByRole('textbox', { name: 'Summary' })).toHaveFocus();
  });
});

describe('flags the sources do not back', () => {
  it('an actor’s country "not stated in the sources": ticked writes true, unticked leaves the field out, and it is saved', async () => {
    const ws = workspace();
    render(ActorForm, { props: { ws, i18n, index: 0 } });
    const box = screen.getByRole('checkbox', { name: 'Country not stated in the sources' });
    expect(box).not.toBeChecked();
    expect(box).toHaveAccessibleDescription(/no cited article gives this country/);
    await userEvent.click(box);
    expect(ws.records('actors')[0]!.countryUncited).toBe(true);
    expect(serializeDataset(ws.work.dataset)).toContain('"country": "USA",\n      "countryUncited": true');
    await userEvent.click(box);
    expect('countryUncited' in ws.records('actors')[0]!).toBe(false);
  });

  it('is offered for an actor’s country only once it has one', () => {
    const ws = workspace({ actors: [{ id: 'un', name: 'United Nations', type: 'organization' }] });
    render(ActorForm, { props: { ws, i18n, index: 0 } });
    expect(screen.queryByRole('checkbox', { name: 'Country not stated in the sources' })).toBeNull();
  });

  it('a site’s "approximate location": ticked writes true on that site and keeps it through a save', async () => {
    const ws = workspace();
    ws.edit('deals', 0, ['sites'], [{ name: 'Almaty region', lon: 77, lat: 44.4 }]);
    render(DealForm, { props: { ws, i18n, index: 0 } });
    const box = screen.getByRole('checkbox', { name: 'Approximate location' });
    await userEvent.click(box);
    expect(deal(ws).sites).toEqual([{ name: 'Almaty region', lon: 77, lat: 44.4, approximate: true }]);
    expect(serializeDataset(ws.work.dataset)).toContain('"lat": 44.4,\n          "approximate": true');
    await userEvent.click(box);
    expect(deal(ws).sites).toEqual([{ name: 'Almaty region', lon: 77, lat: 44.4 }]);
  });
});
