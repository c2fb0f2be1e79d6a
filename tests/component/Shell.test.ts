import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { DatasetProblem } from '../../src/lib/data/load';
import { NO_FILTERS, filterDataset, filterOptions, indexDataset, summarize, type Filtered } from '../../src/lib/data/query';
import { FilterState } from '../../src/lib/state/filters.svelte';
import FilterPanel from '../../src/shell/FilterPanel.svelte';
import ProblemList from '../../src/shell/ProblemList.svelte';
import Summary from '../../src/shell/Summary.svelte';
import { querySmall } from '../fixtures/querySmall';

const data = querySmall();
const index = indexDataset(data);

describe('ProblemList', () => {
  const problems: DatasetProblem[] = [
    { path: 'deals[0].company', message: 'no actor has id "acme-rail": add it to actors[] or fix the id' },
    { path: 'sessions[1].year', message: 'UNGA session 79 opens in 2024, not 2023: fix the number or the year' },
  ];

  it('is an alert listing every problem with its path and message', () => {
    render(ProblemList, { props: { problems, source: 'https://example.org/d.json' } });
    const alert = screen.getByRole('alert', { name: 'The dataset could not be shown' });
    expect(alert).toHaveTextContent('https://example.org/d.json has 2 problems');
    const items = within(alert).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(problems.map((p) => `${p.path}: ${p.message}`));
    expect(within(alert).queryByRole('link')).toBeNull();
  });

  it('says "problem" for one, and links to the bundled dataset when given a fallback', () => {
    render(ProblemList, { props: { problems: problems.slice(0, 1), source: 'mine.json', fallbackHref: '?' } });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('mine.json has 1 problem.');
    expect(within(alert).getByRole('link', { name: 'Show the bundled dataset instead' })).toHaveAttribute('href', '?');
  });

  it('shows the first 200 problems and says how many more there are', () => {
    const many = Array.from({ length: 203 }, (_, i) => ({ path: `actors[${i}].id`, message: 'duplicate id' }));
    render(ProblemList, { props: { problems: many, source: 'big.json' } });
    const alert = screen.getByRole('alert');
    expect(within(alert).getAllByRole('listitem')).toHaveLength(200);
    expect(alert).toHaveTextContent('…and 3 more.');
  });
});

describe('FilterPanel', () => {
  function renderPanel(filterState = new FilterState()) {
    render(FilterPanel, { props: { index, options: filterOptions(index), filterState } });
    return filterState;
  }

  it('offers a button per session year, with its session number', () => {
    renderPanel();
    const group = screen.getByRole('group', { name: 'Session' });
    expect(within(group).getAllByRole('button').map((b) => b.textContent?.replace(/\s+/g, ' ').trim())).toEqual(['2023 · 78th', '2024 · 79th', '2025 · 80th']);
  });

  it('a year button toggles the year and shows whether it is pressed', async () => {
    const user = userEvent.setup();
    const filterState = renderPanel();
    const button = screen.getByRole('button', { name: /^2024/ });
    expect(button).toHaveAttribute('aria-pressed', 'false');

    await user.click(button);
    expect(filterState.years).toEqual([2024]);
    expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: /^2023/ })).toHaveAttribute('aria-pressed', 'false');

    await user.click(button);
    expect(filterState.years).toEqual([]);
    expect(button).toHaveAttribute('aria-pressed', 'false');
  });

  it('a country checkbox toggles the country', async () => {
    const user = userEvent.setup();
    const filterState = renderPanel();
    const group = screen.getByRole('group', { name: /Counterpart country/ });
    expect(within(group).getAllByRole('checkbox').map((c) => c.closest('label')?.textContent?.trim())).toEqual(['France', 'Germany', 'United Kingdom', 'United States']);
    const france = within(group).getByRole('checkbox', { name: 'France' });
    expect(france).not.toBeChecked();

    await user.click(france);
    expect(filterState.countries).toEqual(['FRA']);
    expect(france).toBeChecked();
    expect(group).toHaveAccessibleName(/1 selected/);

    await user.click(within(group).getByRole('checkbox', { name: 'United States' }));
    expect(filterState.countries).toEqual(['FRA', 'USA']);

    await user.click(france);
    expect(filterState.countries).toEqual(['USA']);
    expect(france).not.toBeChecked();
  });

  const groups: { legend: RegExp; label: string; read: (s: FilterState) => readonly string[]; expected: string[] }[] = [
    { legend: /Counterpart type/, label: 'Organizations', read: (s) => s.actorTypes, expected: ['organization'] },
    { legend: /Sector/, label: 'mining, metals', read: (s) => s.sectors, expected: ['mining, metals'] },
    { legend: /Company/, label: 'Globex Energy', read: (s) => s.companies, expected: ['globex'] },
  ];
  it.each(groups)('the $legend group writes its own filter', async ({ legend, label, read, expected }) => {
    const user = userEvent.setup();
    const filterState = renderPanel();
    await user.click(within(screen.getByRole('group', { name: legend })).getByRole('checkbox', { name: label }));
    expect(read(filterState)).toEqual(expected);
  });

  it('shows filters that are already on', () => {
    renderPanel(new FilterState({ years: [2023], countries: ['GBR'] }));
    expect(screen.getByRole('button', { name: /^2023/ })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('checkbox', { name: 'United Kingdom' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'France' })).not.toBeChecked();
  });

  it('"Clear filters" is disabled with no filter on, and clears them otherwise', async () => {
    const user = userEvent.setup();
    const filterState = renderPanel();
    const clear = screen.getByRole('button', { name: 'Clear filters' });
    expect(clear).toBeDisabled();

    await user.click(screen.getByRole('button', { name: /^2023/ }));
    await user.click(screen.getByRole('checkbox', { name: 'Germany' }));
    await user.click(screen.getByRole('checkbox', { name: 'Zeta Mining' }));
    expect(clear).toBeEnabled();

    await user.click(clear);
    expect(filterState.active).toBe(false);
    expect(clear).toBeDisabled();
    expect(screen.getByRole('button', { name: /^2023/ })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('checkbox', { name: 'Germany' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Zeta Mining' })).not.toBeChecked();
  });
});

describe('Summary', () => {
  const deals = (...ids: string[]): Filtered => ({ engagements: [], deals: data.deals.filter((d) => ids.includes(d.id)) });
  /** The text of the figure after a term, spaces collapsed. */
  function figure(term: string): string {
    // A term takes no name from its content, so it is found by its text.
    const dt = screen.getAllByRole('term').find((t) => t.textContent?.trim() === term);
    const dd = dt?.nextElementSibling;
    if (dd?.tagName !== 'DD') throw new Error(`no definition after the term "${term}"`);
    return dd.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }
  const VALUE = 'Disclosed value of new deals';

  const cases: { name: string; input: Filtered; expected: string }[] = [
    {
      name: 'an approximate total says "about", counts the undisclosed and keeps cumulative investment apart',
      input: filterDataset(index, NO_FILTERS),
      expected: 'about $1.55B in 3 deals 1 deal with value undisclosed; over $5B invested in earlier years, not included',
    },
    { name: 'an exact total has no qualifier', input: deals('d-acme-service'), expected: '$250M in 1 deal' },
    { name: 'an upper bound', input: deals('d-zeta'), expected: 'up to $300M in 1 deal' },
    { name: 'about + exact = about', input: deals('d-acme-plan', 'd-acme-service'), expected: 'about $1.25B in 2 deals' },
    { name: 'only undisclosed values', input: deals('d-globex-wind'), expected: 'none disclosed 1 deal with value undisclosed' },
    { name: 'undisclosed values are counted in the plural', input: { engagements: [], deals: data.deals.map((d) => ({ ...d, value: null })) }, expected: 'none disclosed 5 deals with value undisclosed' },
    { name: 'only a cumulative investment', input: deals('d-globex-cumulative'), expected: 'none disclosed over $5B invested in earlier years, not included' },
    { name: 'no deals', input: { engagements: [], deals: [] }, expected: 'none disclosed no deals' },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    render(Summary, { props: { summary: summarize(input, index) } });
    expect(figure(VALUE)).toBe(expected);
  });

  it('counts engagements, countries and organizations', () => {
    render(Summary, { props: { summary: summarize(filterDataset(index, NO_FILTERS), index) } });
    expect(figure('Engagements')).toBe('6');
    expect(figure('Counterpart countries')).toBe('2 + 2 organizations');
  });

  it('leaves organizations out when there are none', () => {
    render(Summary, { props: { summary: summarize(filterDataset(index, { ...NO_FILTERS, countries: ['FRA'] }), index) } });
    expect(figure('Engagements')).toBe('2');
    expect(figure('Counterpart countries')).toBe('2');
  });
});
