// @vitest-environment jsdom
/**
 * The live timeline as a reader finds it: by role and name. Sessions are toggle buttons that ask
 * for their year; left-out sessions stay, dimmed; planned events are said to be left out;
 * tooltips open on focus; arrow keys move; an empty selection says why.
 */
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { synthDataset } from '../../scripts/synth/generate';
import type { Dataset } from '../../src/lib/data/schema';
import Timeline from '../../src/views/Timeline/Timeline.svelte';
import { bundledDataset, fixture, i18nFor, indexOf, viewProps, type InputOptions } from '../helpers';

const bundled = indexOf(bundledDataset());

function setup(o: InputOptions = {}, index = bundled) {
  const props = viewProps(index, o);
  render(Timeline, { props });
  return { actions: props.actions, user: userEvent.setup() };
}

const figure = () => screen.getByRole('figure', { name: /^UNGA sessions/ });

describe('Timeline', () => {
  it('is a figure named "UNGA sessions", described in a sentence from the data', () => {
    setup();
    expect(figure()).toHaveAccessibleDescription(
      'From the 78th to the 80th session (2023–2025): 2 sessions with recorded visits, 1 without. Most engagements: 78th session, 2023 (12).',
    );
  });

  it('draws one named mark per engagement, and the 79th session as "no recorded visit"', () => {
    setup();
    expect(within(figure()).getAllByRole('img')).toHaveLength(24);
    expect(screen.getByRole('img', { name: 'meeting with Ebrahim Raisi (Iran), September 2023' })).toBeInTheDocument();
    expect(figure()).toHaveTextContent(/79th session\s*2024\s*no recorded visit/);
    expect(screen.queryByRole('button', { name: /79th/ })).toBeNull();
  });

  it.each([
    { name: '78th session · 2023: 12 engagements', year: 2023 },
    { name: '80th session · 2025: 10 engagements', year: 2025 },
  ])('the session button "$name" toggles $year by click, Enter and Space', async ({ name, year }) => {
    const { actions, user } = setup();
    const button = screen.getByRole('button', { name });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    await user.click(button);
    expect(actions.toggleYear).toHaveBeenLastCalledWith(year);
    button.focus();
    await user.keyboard('{Enter}');
    await user.keyboard(' ');
    expect(actions.toggleYear).toHaveBeenCalledTimes(3);
  });

  it('keeps a session the year filter leaves out, dimmed and ready to add back', async () => {
    const { actions, user } = setup({ filters: { years: [2025] } });
    const dimmed = screen.getByRole('button', { name: '78th session · 2023: 12 engagements, not in the year filter' });
    expect(dimmed).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('button', { name: '80th session · 2025: 10 engagements' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(figure()).toHaveTextContent('not in the year filter');
    await user.click(dimmed);
    expect(actions.toggleYear).toHaveBeenCalledWith(2023);
  });

  it('says planned events are not counted, and offers to count them', async () => {
    const { actions, user } = setup();
    expect(screen.getByText(/2 planned events not counted/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Count them' }));
    expect(actions.setOptions).toHaveBeenCalledWith({ planned: true });
  });

  it('counts them when the reader does, and says so', () => {
    setup({ options: { planned: true } });
    expect(screen.getByText(/2 planned events counted as if held/)).toBeVisible();
    expect(screen.getByRole('button', { name: '78th session · 2023: 14 engagements' })).toBeInTheDocument();
  });

  it('opens a tooltip on keyboard focus: who, planned or not, the publisher', async () => {
    setup();
    const raisi = screen.getByRole('img', { name: /Raisi/ });
    fireEvent.focus(raisi);
    const tip = await screen.findByRole('tooltip');
    expect(tip).toHaveTextContent('Ebrahim Raisi (Iran)');
    expect(tip).toHaveTextContent('Source: Kazinform');
    expect(raisi).toHaveAccessibleDescription(/Ebrahim Raisi/);
    fireEvent.blur(raisi);
    expect(screen.queryByRole('tooltip')).toBeNull();

    fireEvent.focus(screen.getByRole('img', { name: /^Speech: General debate — speech/ }));
    expect(await screen.findByRole('tooltip')).toHaveTextContent('planned: announced, not yet held');
  });

  it('opens a session tooltip with its counts by type', async () => {
    setup();
    fireEvent.focus(screen.getByRole('button', { name: /^80th/ }));
    const tip = await screen.findByRole('tooltip');
    expect(tip).toHaveTextContent('80th session, 2025');
    expect(tip).toHaveTextContent('7 meetings');
    expect(tip).toHaveTextContent('2 signings');
    expect(tip).toHaveTextContent('1 call');
  });

  it('moves between sessions and between marks with the arrow keys, one tab stop each', async () => {
    const { user } = setup();
    const first = screen.getByRole('button', { name: /^78th/ });
    const second = screen.getByRole('button', { name: /^80th/ });
    expect(first).toHaveAttribute('tabindex', '0');
    expect(second).toHaveAttribute('tabindex', '-1');
    first.focus();
    await user.keyboard('{ArrowRight}');
    expect(second).toHaveFocus();
    expect(second).toHaveAttribute('tabindex', '0');
    await user.keyboard('{Home}');
    expect(first).toHaveFocus();

    const marks = within(figure()).getAllByRole('img');
    expect(marks.filter((m) => m.getAttribute('tabindex') === '0')).toHaveLength(1);
    marks[0]!.focus();
    await user.keyboard('{ArrowRight}');
    expect(marks[1]).toHaveFocus();
    await user.keyboard('{End}');
    expect(marks.at(-1)).toHaveFocus();
  });

  it('draws a column per session, not a mark per engagement, for a large dataset', () => {
    const synth = indexOf(synthDataset({ engagements: 2000, seed: 1 }));
    setup({}, synth);
    expect(within(figure()).queryAllByRole('img')).toHaveLength(0);
    const buttons = within(figure()).getAllByRole('button');
    expect(buttons).toHaveLength(new Set(synth.data.engagements.map((e) => e.session)).size);
    expect(buttons.at(-1)).toHaveAccessibleName(/^80th session · 2025: \d+ engagements$/);
    expect(figure()).toHaveTextContent('Engagements per session, by type.');
  });
});

describe('Timeline empty states', () => {
  it('says why when the filters match nothing, and offers to clear them', async () => {
    const { actions, user } = setup({ filters: { countries: ['BRA'] } });
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('No engagements match these filters.');
    expect(status).toHaveTextContent('Remove a filter to see more.');
    await user.click(within(status).getByRole('button', { name: 'Clear filters' }));
    expect(actions.clearFilters).toHaveBeenCalledOnce();
  });

  it('points at the dimmed sessions when they hold what the filters ask for', () => {
    setup({ filters: { years: [2025], countries: ['IRN'] } });
    expect(screen.getByRole('status')).toHaveTextContent(
      '1 engagement is in other sessions: select a dimmed session to add its year.',
    );
  });

  it('offers no "Clear filters" when no filter is set', () => {
    const data: Dataset = fixture('deals-small.json');
    setup({}, indexOf(data));
    expect(screen.getByRole('status')).toHaveTextContent('This dataset lists no engagements.');
    expect(screen.queryByRole('button', { name: 'Clear filters' })).toBeNull();
  });
});

describe('Timeline topics and marks', () => {
  const topics = indexOf(fixture('timeline-topics.json'));

  it.each([
    { lang: 'en', speech: 'Speech: General debate', summit: 'Summit: C5+1', other: [] as string[] },
    { lang: 'ru', speech: 'Выступление: Общие прения', summit: 'Саммит: С5+1', other: ['General debate', 'C5+1'] },
    { lang: 'kk', speech: 'Сөз сөйлеу: Жалпы дебаттар', summit: 'Саммит: С5+1', other: ['General debate', 'C5+1'] },
  ] as const)(
    '$lang: a callout shows the dataset’s label in the reader’s language, and names its mark',
    async ({ lang, speech, summit, other }) => {
      setup({ i18n: await i18nFor(lang) }, topics);
      const chart = within(screen.getByRole('figure'));
      expect(chart.getByText(speech)).toBeInTheDocument();
      expect(chart.getByText(summit)).toBeInTheDocument();
      for (const text of other) expect(chart.queryByText(new RegExp(text.replace('+', '\\+')))).toBeNull();
      // A key the dataset does not translate: the original, cased.
      expect(chart.getByText(/: Water security$/)).toBeInTheDocument();
      expect(chart.queryByText(/water security|general debate|c5\+1/)).toBeNull();
      expect(chart.getByRole('img', { name: new RegExp(`^${summit.replace('+', '\\+')} — `) })).toBeInTheDocument();
    },
  );

  it('lists every topic of a mark in its tooltip, cased', async () => {
    setup({}, topics);
    fireEvent.focus(screen.getByRole('img', { name: /^Summit: C5\+1 — / }));
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Topics: C5+1 and Central asia');
  });

  it('says in the tooltip what kind of counterpart a mark’s fill stands for', async () => {
    setup({}, topics);
    fireEvent.focus(screen.getByRole('img', { name: /^meeting with Pat President/ }));
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Counterpart: state');
  });

  it('draws each type in its own shape, the legend’s, and every mark at least 12 px across', () => {
    setup({}, topics);
    const shapeOf = (d: string) => d.replace(/-?[\d.]+/g, '#');
    const byType = new Map<string, Set<string>>();
    for (const mark of within(figure()).getAllByRole('img')) {
      const type = /(meeting|speech|summit|signing)/i
        .exec(mark.getAttribute('aria-label')!.split(' — ').at(-1)!)![1]!
        .toLowerCase();
      const d = mark.querySelector('path')!.getAttribute('d')!;
      const set = byType.get(type) ?? new Set();
      set.add(shapeOf(d));
      byType.set(type, set);
      // Symmetric about the centre but for the triangle: twice the farthest coordinate is about its extent.
      const farthest = Math.max(...(d.match(/-?[\d.]+/g) ?? []).map((n) => Math.abs(Number(n))));
      expect(2 * farthest).toBeGreaterThanOrEqual(12);
    }
    expect([...byType.keys()].sort()).toEqual(['meeting', 'signing', 'speech', 'summit']);
    // One shape per type, and no two types alike.
    for (const shapes of byType.values()) expect(shapes.size).toBe(1);
    expect(new Set([...byType.values()].map((s) => [...s][0])).size).toBe(4);
    // The legend draws the very same symbols.
    const legend = figure().querySelector('svg g[aria-hidden="true"]')!;
    const legendShapes = new Set([...legend.querySelectorAll('path')].map((p) => shapeOf(p.getAttribute('d')!)));
    for (const shapes of byType.values()) expect(legendShapes).toContain([...shapes][0]);
  });
});
