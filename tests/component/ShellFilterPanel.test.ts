// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import {
  facetCounts,
  filterDataset,
  filterOptions,
  summarize,
  type DatasetIndex,
  type Filters,
} from '../../src/lib/data/query';
import type { Dataset } from '../../src/lib/data/schema';
import FilterPanel from '../../src/shell/FilterPanel.svelte';
import { COLLAPSED } from '../../src/shell/FilterGroup.svelte';
import { synthDataset } from '../../scripts/synth/generate';
import { english, filters, fixture, indexOf } from '../helpers';

const i18n = english();
const small = indexOf(fixture('query-small.json'));

function actions() {
  return {
    toggleYear: vi.fn(),
    toggleCountry: vi.fn(),
    toggleActorType: vi.fn(),
    toggleSector: vi.fn(),
    toggleCompany: vi.fn(),
    clearFilters: vi.fn(),
  };
}

/** The counts the app passes: what each choice shows under the other filters, planned events not counted. */
const countsOf = (index: DatasetIndex, f: Filters) => facetCounts(index, f, { includePlanned: false });

function renderPanel(index: DatasetIndex = small, f: Filters = filters()) {
  const a = actions();
  const result = render(FilterPanel, {
    props: { index, options: filterOptions(index), counts: countsOf(index, f), filters: f, i18n, actions: a },
  });
  return { actions: a, ...result };
}

/** The visible label of a checkbox or chip, without its count. */
const labelOf = (el: HTMLElement) =>
  (el.closest('label') ?? el).querySelector('[class~="label"], span')?.textContent?.trim();
const countOf = (el: HTMLElement) => (el.closest('label') ?? el).querySelector('.count')?.textContent?.trim();
const group = (name: RegExp) => screen.getByRole('group', { name });

describe('FilterPanel on a small dataset', () => {
  it('offers a chip per session, with its ordinal and count, and toggles the year', async () => {
    const user = userEvent.setup();
    const { actions: a } = renderPanel();
    const chips = within(group(/^Session/)).getAllByRole('button');
    expect(chips.map((b) => b.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      '2023 · 78th 3',
      '2024 · 79th 3',
      '2025 · 80th 0',
    ]);
    await user.click(screen.getByRole('button', { name: /^2024 · 79th/ }));
    expect(a.toggleYear).toHaveBeenCalledExactlyOnceWith(2024);
  });

  const cases: { legend: RegExp; name: RegExp; action: keyof ReturnType<typeof actions>; value: unknown }[] = [
    { legend: /^Counterpart country/, name: /^France\b/, action: 'toggleCountry', value: 'FRA' },
    { legend: /^Counterpart type/, name: /^organizations\b/, action: 'toggleActorType', value: 'organization' },
    { legend: /^Sector/, name: /^mining, metals\b/, action: 'toggleSector', value: 'mining, metals' },
    { legend: /^Company/, name: /^Globex Energy\b/, action: 'toggleCompany', value: 'globex' },
  ];
  it.each(cases)('the $action checkbox asks for $value', async ({ legend, name, action, value }) => {
    const user = userEvent.setup();
    const { actions: a } = renderPanel();
    await user.click(within(group(legend)).getByRole('checkbox', { name }));
    expect(a[action]).toHaveBeenCalledExactlyOnceWith(value);
    for (const other of Object.keys(a) as (keyof typeof a)[])
      if (other !== action) expect(a[other]).not.toHaveBeenCalled();
  });

  it('lists countries most frequent first, each with its count', () => {
    renderPanel();
    const boxes = within(group(/^Counterpart country/)).getAllByRole('checkbox');
    const rows = boxes.map((b) => [labelOf(b), countOf(b)]);
    const counts = countsOf(small, filters()).countries;
    // The order is the dataset-wide frequency; the number is what choosing shows (here, without filters, the same).
    const expected = filterOptions(small)
      .countries.map((o) => ({ name: i18n.country(o.value), order: o.count, count: counts.get(o.value) ?? 0 }))
      .sort((x, y) => y.order - x.order || i18n.compare(x.name, y.name))
      .map((o) => [o.name, i18n.count(o.count)]);
    expect(rows).toEqual(expected);
    expect(rows).toEqual([
      ['United States', '3'],
      ['France', '2'],
      ['Germany', '0'],
      ['United Kingdom', '0'],
    ]);
  });

  it('counts a counterpart type by the engagements choosing it shows, not by records', () => {
    renderPanel();
    const companies = within(group(/^Counterpart type/)).getByRole('checkbox', { name: /^companies\b/ });
    // Was 7 (2 engagements + 5 deals, dataset-wide); choosing "companies" shows 2 engagements (e-acme, e-roundtable).
    expect(countOf(companies)).toBe('2');
    expect(
      summarize(filterDataset(small, filters({ actorTypes: ['company'] })), small, { includePlanned: false })
        .engagements,
    ).toBe(2);
  });

  it('under a filter, each count is what choosing it shows with the other filters, and the order stays', () => {
    renderPanel(small, filters({ years: [2023] }));
    const rows = within(group(/^Counterpart country/))
      .getAllByRole('checkbox')
      .map((b) => [labelOf(b), countOf(b)]);
    // In 2023 France is met nowhere (its two engagements are in 2024), yet it keeps its place in the list.
    expect(rows).toEqual([
      ['United States', '2'],
      ['France', '0'],
      ['Germany', '0'],
      ['United Kingdom', '0'],
    ]);
    // A filter's own choices do not narrow each other's counts: 2024 still says what choosing it alone shows.
    const chips = within(group(/^Session/)).getAllByRole('button');
    expect(chips.map((b) => b.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      '2023 · 78th 3',
      '2024 · 79th 3',
      '2025 · 80th 0',
    ]);
  });

  it('a country filter changes the session counts to what each session shows for that country', () => {
    renderPanel(small, filters({ countries: ['FRA'] }));
    const chips = within(group(/^Session/)).getAllByRole('button');
    expect(chips.map((b) => b.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      '2023 · 78th 0',
      '2024 · 79th 2',
      '2025 · 80th 0',
    ]);
  });

  it('shows the filters in force, and the group says how many are selected', () => {
    renderPanel(small, filters({ years: [2023], countries: ['GBR'], companies: ['zeta'] }));
    expect(screen.getByRole('button', { name: /^2023/ })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: /^2024/ })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('checkbox', { name: /^United Kingdom/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /^France/ })).not.toBeChecked();
    expect(group(/^Counterpart country/)).toHaveAccessibleName('Counterpart country (1 selected)');
  });

  it('keeps a filter in force that the dataset does not offer, so it can be undone', async () => {
    const user = userEvent.setup();
    const { actions: a } = renderPanel(small, filters({ countries: ['JPN'] }));
    const japan = within(group(/^Counterpart country/)).getByRole('checkbox', { name: /^Japan/ });
    expect(japan).toBeChecked();
    expect(countOf(japan)).toBe('0');
    await user.click(japan);
    expect(a.toggleCountry).toHaveBeenCalledWith('JPN');
  });

  it('"Clear filters" is disabled without filters', () => {
    renderPanel();
    expect(screen.getByRole('button', { name: 'Clear filters' })).toBeDisabled();
  });

  it('"Clear filters" asks to clear when a filter is set', async () => {
    const user = userEvent.setup();
    const { actions: a } = renderPanel(small, filters({ sectors: ['energy'] }));
    const clear = screen.getByRole('button', { name: 'Clear filters' });
    expect(clear).toBeEnabled();
    await user.click(clear);
    expect(a.clearFilters).toHaveBeenCalledOnce();
  });

  it('names a sector and a company as the reader reads them, marking a text in another language', () => {
    const data: Dataset = structuredClone(fixture('query-small.json'));
    data.deals[4]!.sector = { ru: 'горнодобыча' };
    data.actors.find((x) => x.id === 'globex')!.name = { en: 'Globex Energy', ru: 'Глобекс' };
    renderPanel(indexOf(data));
    const mining = within(group(/^Sector/)).getByRole('checkbox', { name: /^горнодобыча/ });
    expect(mining.closest('label')!.querySelector('[lang]')).toHaveAttribute('lang', 'ru');
    const globex = within(group(/^Company/)).getByRole('checkbox', { name: /^Globex Energy/ });
    expect(globex.closest('label')!.querySelector('[lang]')).toBeNull();
  });

  it('short lists have no search box and no "Show all"', () => {
    renderPanel();
    expect(screen.queryByRole('searchbox')).toBeNull();
    expect(screen.queryByRole('button', { name: /^Show all/ })).toBeNull();
  });
});

describe('FilterPanel on a large dataset', () => {
  const big = indexOf(synthDataset({ engagements: 3000, seed: 1 }));
  const options = filterOptions(big);
  const bigCounts = countsOf(big, filters()).countries;
  const countryRows = () => within(group(/^Counterpart country/)).getAllByRole('checkbox');

  it('shows the most frequent countries, with counts, and "Show all N" expands the list', async () => {
    const user = userEvent.setup();
    renderPanel(big);
    expect(options.countries.length).toBeGreaterThan(150);
    // Most frequent in the whole dataset first; the number is what choosing shows (planned events not counted).
    const top = options.countries
      .map((o) => ({ name: i18n.country(o.value), order: o.count, count: bigCounts.get(o.value) ?? 0 }))
      .sort((x, y) => y.order - x.order || i18n.compare(x.name, y.name))
      .slice(0, COLLAPSED);
    expect(countryRows().map((b) => [labelOf(b), countOf(b)])).toEqual(top.map((o) => [o.name, i18n.count(o.count)]));

    const more = within(group(/^Counterpart country/)).getByRole('button', {
      name: `Show all ${options.countries.length}`,
    });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await user.click(more);
    expect(countryRows()).toHaveLength(options.countries.length);
    expect(more).toHaveAttribute('aria-expanded', 'true');
    expect(more).toHaveAccessibleName('Show fewer');
    await user.click(more);
    expect(countryRows()).toHaveLength(COLLAPSED);
  });

  it('a search narrows the list to the matching names, with their counts', async () => {
    const user = userEvent.setup();
    renderPanel(big);
    await user.type(screen.getByRole('searchbox', { name: 'Search countries' }), 'united');
    const matching = options.countries.filter((o) => i18n.country(o.value).toLowerCase().includes('united'));
    expect(matching.length).toBeGreaterThan(1);
    const rows = countryRows();
    expect(rows.map(labelOf).sort()).toEqual(matching.map((o) => i18n.country(o.value)).sort());
    for (const row of rows) {
      const option = matching.find((o) => i18n.country(o.value) === labelOf(row))!;
      expect(countOf(row)).toBe(i18n.count(bigCounts.get(option.value) ?? 0));
    }
    expect(screen.getByText(`${matching.length} matches`)).toBeInTheDocument();
  });

  it('a search ignores case and accents, and says when nothing matches', async () => {
    const user = userEvent.setup();
    renderPanel(big);
    const search = screen.getByRole('searchbox', { name: 'Search countries' });
    await user.type(search, 'COTE');
    expect(countryRows().map(labelOf)).toContain("Côte d'Ivoire");
    await user.clear(search);
    await user.type(search, 'zzzz');
    expect(within(group(/^Counterpart country/)).queryAllByRole('checkbox')).toHaveLength(0);
    expect(within(group(/^Counterpart country/)).getByText('No match for “zzzz”.')).toBeInTheDocument();
  });

  it('a selected country stays visible when the list is collapsed', () => {
    const rare = options.countries.at(-1)!.value;
    renderPanel(big, filters({ countries: [rare] }));
    const rows = countryRows();
    expect(rows).toHaveLength(COLLAPSED + 1);
    expect(
      within(group(/^Counterpart country/)).getByRole('checkbox', { name: new RegExp(`^${i18n.country(rare)}`) }),
    ).toBeChecked();
  });

  it('eighty sessions become a searchable, collapsed row of chips', async () => {
    const user = userEvent.setup();
    const { actions: a } = renderPanel(big);
    const sessions = group(/^Session/);
    expect(options.years.length).toBeGreaterThan(COLLAPSED + 2);
    expect(within(sessions).getAllByRole('button', { pressed: false })).toHaveLength(COLLAPSED);
    await user.type(within(sessions).getByRole('searchbox', { name: 'Search sessions' }), '61st');
    const chip = within(sessions).getByRole('button', { name: /^2006 · 61st/ });
    await user.click(chip);
    expect(a.toggleYear).toHaveBeenCalledWith(2006);
  });

  it('renders only what is visible: a few dozen toggles, not one per option', () => {
    const { container } = renderPanel(big);
    const toggles = container.querySelectorAll('input[type=checkbox], button[aria-pressed]');
    const offered = options.years.length + options.countries.length + options.sectors.length + options.companies.length;
    expect(offered).toBeGreaterThan(300);
    expect(toggles.length).toBeLessThanOrEqual(4 * COLLAPSED + options.actorTypes.length);
  });
});

describe('FilterPanel at 100,000 engagements', () => {
  it('a toggle re-renders the panel in a few milliseconds', async () => {
    const huge = indexOf(synthDataset({ engagements: 100_000, seed: 2 }));
    const options = filterOptions(huge);
    const a = actions();
    const { rerender, container } = render(FilterPanel, {
      props: { index: huge, options, counts: countsOf(huge, filters()), filters: filters(), i18n, actions: a },
    });
    const country = options.countries.at(-1)!.value;
    const next = filters({ countries: [country], years: [options.years.at(-1)!.value] });
    // The counts are the app's to compute (App.svelte), once per change; the panel only prints them.
    const counts = countsOf(huge, next);
    const started = performance.now();
    await rerender({ filters: next, counts });
    const elapsed = performance.now() - started;
    expect(container.querySelectorAll('input[type=checkbox]:checked')).toHaveLength(1);
    expect(container.querySelectorAll('input[type=checkbox], button[aria-pressed]').length).toBeLessThan(50);
    // Generous for a loaded CI machine under jsdom; in a browser it is a few milliseconds.
    expect(elapsed).toBeLessThan(100);
  }, 60_000);
});
