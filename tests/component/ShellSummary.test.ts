// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { filterDataset, summarize, type Summary as SummaryData } from '../../src/lib/data/query';
import { combineQualifiers, sumValues, type KindSum, type ValueSum } from '../../src/lib/data/values';
import type { MoneyKind, Qualifier } from '../../src/lib/basics/vocabulary';
import Summary from '../../src/shell/Summary.svelte';
import { bundledDataset, english, filters, fixture, indexOf } from '../helpers';

const i18n = english();
const index = indexOf(fixture('query-small.json'));
const bundled = indexOf(bundledDataset());

/** The text of the figure after a term, spaces collapsed. */
function figure(term: string): string {
  // A term takes no name from its content, so it is found by its text.
  const dt = screen.getAllByRole('term').find((t) => t.textContent?.trim() === term);
  const dd = dt?.nextElementSibling;
  if (dd?.tagName !== 'DD') throw new Error(`no definition after the term "${term}"`);
  return dd.textContent!.replace(/\s+/g, ' ').trim();
}
/** Every term of the header, in order. */
const terms = () => screen.getAllByRole('term').map((t) => t.textContent?.trim());
/** The notes under the figures, one per list item; none when there is no list. */
function notes(): string[] {
  const list = screen.queryByRole('list', { name: 'What these figures leave out' });
  return list
    ? within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent!.replace(/\s+/g, ' ').trim())
    : [];
}

const kind = (k: MoneyKind, sum: ValueSum | null, deals: number, undisclosed = 0): KindSum => ({
  kind: k,
  sum,
  deals,
  undisclosed,
});

const summaryOf = (s: Partial<SummaryData> = {}): SummaryData => ({
  engagements: 0,
  planned: 0,
  countries: 0,
  organizations: 0,
  deals: 0,
  plannedDeals: 0,
  kinds: [],
  cumulative: null,
  undisclosedDeals: 0,
  includePlanned: false,
  ...s,
});

function show(summary: SummaryData, hasPlanned = false) {
  const onPlanned = vi.fn();
  render(Summary, { props: { summary, i18n, hasPlanned, onplanned: onPlanned } });
  return onPlanned;
}

describe('Summary', () => {
  it('counts engagements, countries and organizations, and gives one figure per kind of money', () => {
    const summary = summarize(filterDataset(index, filters()), index, { includePlanned: false });
    show(summary);
    expect(figure('Engagements')).toBe('6');
    expect(figure('Counterpart countries')).toBe('2 + 2 organizations');
    // A kind whose deals are all undisclosed (the wind farm project) has no figure: it is a note.
    expect(terms()).toEqual([
      'Engagements',
      'Counterpart countries',
      'Signed agreements',
      'Announced plans',
      'Financing',
    ]);
    expect(figure('Signed agreements')).toBe('$250M in 1 deal');
    expect(figure('Announced plans')).toBe('about $1B in 1 deal');
    expect(figure('Financing')).toBe('up to $300M in 1 deal');
    expect(notes()).toEqual(['1 deal with value undisclosed', 'over $5B invested in earlier years, not included']);
    // Never one figure across kinds (the old "up to about $1.55B in 3 deals").
    expect(screen.queryByText(/1\.55B/)).toBeNull();
  });

  it('names cumulative investments as a kind of their own when they are included, and no longer as a note', () => {
    show(summarize(filterDataset(index, filters()), index, { includePlanned: false, includeCumulative: true }));
    expect(figure('Invested in earlier years')).toBe('over $5B in 1 deal');
    expect(notes()).toEqual(['1 deal with value undisclosed']);
  });

  it('on the bundled dataset, a plan and a signed agreement are two figures, never one', () => {
    const summary = summarize(filterDataset(bundled, filters()), bundled, { includePlanned: false });
    show(summary);
    expect(figure('Signed agreements')).toBe('about $4.2B in 1 deal');
    expect(figure('Announced plans')).toMatch(/^about \$1B in 1 deal$/);
    expect(screen.queryByText(/5\.2B/)).toBeNull();
  });

  it('leaves organizations out when there are none', () => {
    show(summarize(filterDataset(index, filters({ countries: ['FRA'] })), index, { includePlanned: false }));
    expect(figure('Counterpart countries')).toBe('2');
  });

  // $4.2B + $1.1B: both known to $0.1B, so the qualifier pairs are read at one precision ($5.3B).
  const sums: { parts: Qualifier[]; expected: string }[] = [
    { parts: ['exact', 'exact'], expected: '$5.3B' },
    { parts: ['exact', 'about'], expected: 'about $5.3B' },
    { parts: ['about', 'up-to'], expected: 'up to about $5.3B' },
    { parts: ['over', 'about'], expected: 'about $5.3B or more' },
    { parts: ['over', 'exact'], expected: 'over $5.3B' },
    { parts: ['over', 'up-to'], expected: 'roughly $5.3B' },
  ];
  it.each(sums)('a sum of one kind of $parts reads as i18n.sum of it: "$expected"', ({ parts, expected }) => {
    const sum: ValueSum = sumValues([
      { usd: 4.2e9, qualifier: parts[0]! },
      { usd: 1.1e9, qualifier: parts[1]! },
    ])!;
    expect(sum.combined).toEqual(combineQualifiers(parts));
    show(summaryOf({ deals: 2, kinds: [kind('agreements', sum, 2)] }));
    expect(i18n.sum(sum)).toBe(expected);
    expect(figure('Signed agreements')).toBe(`${expected} in 2 deals`);
  });

  const cases: { name: string; summary: SummaryData; term: string; expected: string; notes: string[] }[] = [
    {
      name: 'only undisclosed values',
      summary: summaryOf({ deals: 5, kinds: [kind('programs', null, 5, 5)], undisclosedDeals: 5 }),
      term: 'Deals',
      expected: 'none disclosed',
      notes: ['5 deals with value undisclosed'],
    },
    {
      name: 'only a cumulative investment',
      summary: summaryOf({ deals: 1, cumulative: sumValues([{ usd: 5e9, qualifier: 'over' }]) }),
      term: 'Deals',
      expected: 'none disclosed',
      notes: ['over $5B invested in earlier years, not included'],
    },
    { name: 'no deals', summary: summaryOf(), term: 'Deals', expected: 'no deals', notes: [] },
    {
      name: 'one deal, exact',
      summary: summaryOf({ deals: 1, kinds: [kind('agreements', sumValues([{ usd: 2.5e8, qualifier: 'exact' }]), 1)] }),
      term: 'Signed agreements',
      expected: '$250M in 1 deal',
      notes: [],
    },
    {
      name: 'two kinds, one of them undisclosed',
      summary: summaryOf({
        deals: 3,
        kinds: [kind('plans', sumValues([{ usd: 1e9, qualifier: 'about' }]), 1), kind('financing', null, 2, 2)],
        undisclosedDeals: 2,
      }),
      term: 'Announced plans',
      expected: 'about $1B in 1 deal',
      notes: ['2 deals with value undisclosed'],
    },
  ];
  it.each(cases)('$name', ({ summary, term, expected, notes: expectedNotes }) => {
    show(summary);
    expect(figure(term)).toBe(expected);
    expect(notes()).toEqual(expectedNotes);
    // A "Deals" term only when no kind has a disclosed figure.
    expect(terms().includes('Deals')).toBe(term === 'Deals');
  });

  it('says how many planned events are not counted, and offers to count them', async () => {
    const user = userEvent.setup();
    const summary = summarize(filterDataset(bundled, filters()), bundled, { includePlanned: false });
    expect(summary.planned).toBe(2);
    const onPlanned = show(summary, true);
    expect(screen.getByText('2 planned events not counted')).toBeInTheDocument();
    const box = screen.getByRole('checkbox', { name: 'Count planned events' });
    expect(box).not.toBeChecked();
    await user.click(box);
    expect(onPlanned).toHaveBeenCalledExactlyOnceWith(true);
  });

  it('says the counts include them when they are counted', async () => {
    const user = userEvent.setup();
    const summary = summarize(filterDataset(bundled, filters()), bundled, { includePlanned: true });
    const onPlanned = show(summary, true);
    expect(screen.getByText('including 2 planned events')).toBeInTheDocument();
    const box = screen.getByRole('checkbox', { name: 'Count planned events' });
    expect(box).toBeChecked();
    await user.click(box);
    expect(onPlanned).toHaveBeenCalledExactlyOnceWith(false);
  });

  it('names planned deals too', () => {
    show(summaryOf({ planned: 1, plannedDeals: 3 }), true);
    expect(screen.getByText('1 planned event and 3 planned deals not counted')).toBeInTheDocument();
  });

  it('offers no choice when the dataset has no planned events', () => {
    show(summarize(filterDataset(index, filters()), index, { includePlanned: false }), false);
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.queryByText(/planned/)).toBeNull();
  });
});
