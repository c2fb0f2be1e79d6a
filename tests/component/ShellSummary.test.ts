// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { filterDataset, summarize, type Summary as SummaryData } from '../../src/lib/data/query';
import { combineQualifiers, sumValues, type ValueSum } from '../../src/lib/data/values';
import type { Qualifier } from '../../src/lib/data/vocabulary';
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
  // List items (the notes) are read one by one: keep them apart as a reader hears them.
  const text = [...dd.childNodes].map((n) => (n instanceof HTMLElement && n.tagName === 'UL' ? [...n.children].map((li) => ` ${li.textContent} `).join('') : n.textContent)).join('');
  return text.replace(/\s+/g, ' ').trim();
}
const VALUE = 'Disclosed value of new deals';

const summaryOf = (s: Partial<SummaryData> = {}): SummaryData => ({
  engagements: 0,
  planned: 0,
  countries: 0,
  organizations: 0,
  deals: 0,
  plannedDeals: 0,
  disclosed: null,
  cumulative: null,
  undisclosedDeals: 0,
  includePlanned: false,
  ...s,
});

function show(summary: SummaryData, hasPlanned = false) {
  const onPlanned = vi.fn();
  render(Summary, { props: { summary, i18n, hasPlanned, onPlanned } });
  return onPlanned;
}

describe('Summary', () => {
  it('counts engagements, countries and organizations, and words the value by the one rule', () => {
    const summary = summarize(filterDataset(index, filters()), index, { includePlanned: false });
    show(summary);
    expect(figure('Engagements')).toBe('6');
    expect(figure('Counterpart countries')).toBe('2 + 2 organizations');
    expect(figure(VALUE)).toBe(
      `${i18n.sum(summary.disclosed!)} in 3 deals 1 deal with value undisclosed ${i18n.sum(summary.cumulative!)} invested in earlier years, not included`,
    );
    expect(figure(VALUE)).toMatch(/^up to about \$1\.55B in 3 deals 1 deal with value undisclosed over \$5B invested/);
  });

  it('leaves organizations out when there are none', () => {
    show(summarize(filterDataset(index, filters({ countries: ['FRA'] })), index, { includePlanned: false }));
    expect(figure('Counterpart countries')).toBe('2');
  });

  const sums: { parts: Qualifier[]; expected: string }[] = [
    { parts: ['exact', 'exact'], expected: '$5.2B' },
    { parts: ['exact', 'about'], expected: 'about $5.2B' },
    { parts: ['about', 'up-to'], expected: 'up to about $5.2B' },
    { parts: ['over', 'about'], expected: 'about $5.2B or more' },
    { parts: ['over', 'exact'], expected: 'over $5.2B' },
    { parts: ['over', 'up-to'], expected: 'roughly $5.2B' },
  ];
  it.each(sums)('a sum of $parts reads as i18n.sum of it: "$expected"', ({ parts, expected }) => {
    const disclosed: ValueSum = sumValues([
      { usd: 4.2e9, qualifier: parts[0]! },
      { usd: 1e9, qualifier: parts[1]! },
    ])!;
    expect(disclosed.combined).toEqual(combineQualifiers(parts));
    show(summaryOf({ deals: 2, disclosed }));
    expect(i18n.sum(disclosed)).toBe(expected);
    expect(figure(VALUE)).toBe(`${expected} in 2 deals`);
  });

  const notes: { name: string; summary: SummaryData; expected: string }[] = [
    { name: 'only undisclosed values', summary: summaryOf({ deals: 5, undisclosedDeals: 5 }), expected: 'none disclosed 5 deals with value undisclosed' },
    {
      name: 'only a cumulative investment',
      summary: summaryOf({ deals: 1, cumulative: sumValues([{ usd: 5e9, qualifier: 'over' }]) }),
      expected: 'none disclosed over $5B invested in earlier years, not included',
    },
    { name: 'no deals', summary: summaryOf(), expected: 'none disclosed no deals' },
    { name: 'one deal, exact', summary: summaryOf({ deals: 1, disclosed: sumValues([{ usd: 2.5e8, qualifier: 'exact' }]) }), expected: '$250M in 1 deal' },
  ];
  it.each(notes)('$name', ({ summary, expected }) => {
    show(summary);
    expect(figure(VALUE)).toBe(expected);
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
