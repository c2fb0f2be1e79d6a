import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import fixture from '../fixtures/deals-small.json';
import DealChart from '../../src/views/DealChart/DealChart.svelte';
import { parseDataset } from '../../src/lib/data/load';
import { filterDataset, indexDataset, type DatasetIndex } from '../../src/lib/data/query';
import type { Dataset } from '../../src/lib/data/schema';
import { FilterState } from '../../src/lib/state/filters.svelte';

function load(json: unknown): DatasetIndex {
  const result = parseDataset(json);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return indexDataset(result.data);
}

// jsdom has no ResizeObserver, which `bind:clientWidth` needs; the chart then uses its 640 px fallback.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

const index = load(fixture);

function setup(filterState = new FilterState(), idx = index) {
  const view = render(DealChart, { props: { index: idx, filtered: filterDataset(idx, filterState.filters), filterState } });
  // What the App does after a click: recompute `filtered` from the state and pass it down.
  const refilter = () => view.rerender({ filtered: filterDataset(idx, filterState.filters) });
  return { ...view, filterState, refilter, user: userEvent.setup() };
}

const bars = () => within(screen.getByRole('group', { name: 'Bars' })).queryAllByRole('button');
const barNames = () => bars().map((b) => b.getAttribute('aria-label'));

describe('DealChart', () => {
  it('is a figure captioned "Deal values by company" with one button per company with a disclosed value', () => {
    setup();
    expect(screen.getByRole('figure', { name: /^Deal values by company/ })).toBeInTheDocument();
    expect(barNames()).toEqual([
      'Wabtec: about $4.35B',
      'Citigroup: up to $500M',
      'Acme Mining and Metallurgical Holdings International: $80M',
    ]);
    expect(screen.getByRole('button', { name: 'Wabtec: about $4.35B' })).toHaveAttribute('aria-pressed', 'false');
    // Companies with only undisclosed deals are not drawn as bars of zero.
    expect(screen.queryByRole('button', { name: /^Boeing/ })).toBeNull();
    expect(
      screen.getByText(
        'Up to $4.93B disclosed across 4 deals (some figures are approximate); 3 deals undisclosed. 1 cumulative investment not counted.',
      ),
    ).toBeInTheDocument();
  });

  it('toggles the company filter on click, and highlights the selected bar', async () => {
    const { user, filterState, refilter } = setup();
    await user.click(screen.getByRole('button', { name: 'Citigroup: up to $500M' }));
    expect(filterState.companies).toEqual(['citi']);
    await refilter();
    expect(barNames()).toEqual(['Citigroup: up to $500M']);
    expect(screen.getByRole('button', { name: 'Citigroup: up to $500M' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: 'Citigroup: up to $500M' }));
    expect(filterState.companies).toEqual([]);
  });

  it('is keyboard operable: Tab reaches a bar, Enter and Space toggle, focus shows the tooltip', async () => {
    const { user, filterState } = setup();
    const wabtec = screen.getByRole('button', { name: 'Wabtec: about $4.35B' });
    while (document.activeElement !== wabtec) await user.tab();
    const tip = screen.getByRole('tooltip');
    expect(wabtec).toHaveAccessibleDescription(/Locomotive supply and service agreement/);
    expect(within(tip).getByText('about $4.2B · signed agreement · 80th session, 2025')).toBeInTheDocument();
    expect(within(tip).getByText('$150M · investment plan · 78th session, 2023')).toBeInTheDocument();
    expect(within(tip).getByText('Source: Kazinform')).toBeInTheDocument();
    expect(within(tip).getByText('Also announced: 300 locomotives')).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(filterState.companies).toEqual(['wabtec']);
    await user.keyboard(' ');
    expect(filterState.companies).toEqual([]);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('shows the tooltip on hover and hides it when the pointer leaves', async () => {
    const { user } = setup();
    await user.hover(screen.getByRole('button', { name: 'Citigroup: up to $500M' }));
    expect(within(screen.getByRole('tooltip')).getByText('Credit line for exporters')).toBeInTheDocument();
    await user.unhover(screen.getByRole('button', { name: 'Citigroup: up to $500M' }));
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('colours by basis or by session, with a legend of what is drawn', async () => {
    const { user } = setup();
    const legend = () => within(screen.getByRole('list', { name: 'Legend' })).getAllByRole('listitem').map((li) => li.textContent);
    expect(legend()).toEqual(['signed agreement', 'investment plan', 'financing', 'project']);
    const wabtecSegments = () =>
      screen.getByRole('button', { name: 'Wabtec: about $4.35B' }).querySelectorAll('rect.seg').length;
    expect(wabtecSegments()).toBe(2);
    await user.click(screen.getByRole('radio', { name: 'session' }));
    expect(screen.getByRole('radio', { name: 'session' })).toBeChecked();
    expect(legend()).toEqual(['78th session, 2023', '80th session, 2025']);
    expect(wabtecSegments()).toBe(2);
    expect(screen.getByRole('button', { name: 'Citigroup: up to $500M' }).querySelectorAll('rect.seg')).toHaveLength(1);
  });

  it('leaves cumulative investments out by default and draws them hatched when included', async () => {
    const { user } = setup();
    const box = screen.getByRole('checkbox', { name: 'Include cumulative investments' });
    expect(box).not.toBeChecked();
    expect(box).toHaveAccessibleDescription(/not commitments made at a session/);
    await user.click(box);
    const citi = screen.getByRole('button', { name: 'Citigroup: roughly $730M' });
    const fills = [...citi.querySelectorAll('rect.seg')].map((r) => r.getAttribute('fill'));
    expect(fills).toHaveLength(2);
    expect(fills[1]).toMatch(/^url\(#.*hatch/);
    expect(screen.getByText('cumulative investment (not a new commitment)')).toBeInTheDocument();
    expect(
      screen.getByText(
        'Roughly $5.16B disclosed across 5 deals (some figures are approximate; some are minimums, some maximums); 3 deals undisclosed.',
      ),
    ).toBeInTheDocument();
  });

  it('lists each undisclosed deal with what was announced', () => {
    setup();
    const list = screen.getByRole('list', { name: /^Value undisclosed \(3 deals\)/ });
    const items = within(list).getAllByRole('listitem').map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(items).toEqual([
      'Acme Mining and Metallurgical Holdings International: Training programme for engineers Also announced: up to 1,000 engineers trained programme · 80th session, 2025',
      'Boeing: Memorandum on aircraft deliveries signed agreement · 80th session, 2025',
      'SME Fund: Support programme for small businesses Also announced: over 300,000 SMEs programme · 78th session, 2023',
    ]);
  });

  it('folds a long undisclosed list after 10 deals until asked for all', async () => {
    const long = structuredClone(fixture) as unknown as Dataset;
    long.deals = Array.from({ length: 15 }, (_, i) => ({
      id: `u${i}`,
      session: 80,
      company: 'boeing',
      value: null,
      basis: 'program' as const,
      sector: 'aviation',
      summary: `Undisclosed ${i}`,
      citations: [{ source: 'src-akorda', quote: 'q' }],
    }));
    const { user } = setup(new FilterState(), load(long));
    const items = () => within(screen.getByRole('list', { name: /^Value undisclosed \(15 deals\)/ })).getAllByRole('listitem');
    expect(items()).toHaveLength(10);
    await user.click(screen.getByRole('button', { name: 'Show all 15 undisclosed deals' }));
    expect(items()).toHaveLength(15);
  });

  it('says so when every deal is undisclosed, and still lists them', async () => {
    const { refilter, filterState } = setup(new FilterState({ companies: ['boeing'] }));
    await refilter();
    expect(screen.queryByRole('group', { name: 'Bars' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Boeing/ })).toBeNull();
    expect(screen.getByText(/None of these deals has a disclosed value/)).toBeInTheDocument();
    expect(screen.getByText('No value disclosed for 1 deal.')).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: /^Value undisclosed/ })).getAllByRole('listitem')).toHaveLength(1);
    expect(filterState.companies).toEqual(['boeing']);
  });

  it('shows an empty state when the filters leave no deals', () => {
    setup(new FilterState({ years: [1999] }));
    expect(screen.getByRole('status')).toHaveTextContent('No deals match these filters');
    expect(screen.queryByRole('group', { name: 'Bars' })).toBeNull();
  });

  it('offers the same numbers as a table', async () => {
    const { user } = setup();
    await user.click(screen.getByText('Show table'));
    const table = screen.getByRole('table', { name: 'Deal values by company, US dollars' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'Wabtec',
      'Citigroup',
      'Acme Mining and Metallurgical Holdings International',
      'Boeing',
      'SME Fund',
    ]);
    expect(within(rows[0] as HTMLElement).getByText('$4,350,000,000')).toBeInTheDocument();
  });

  it('folds all but the top 12 of 200 companies into "Others" until asked for all', async () => {
    const many = structuredClone(fixture) as unknown as Dataset;
    many.actors = Array.from({ length: 200 }, (_, i) => ({ id: `c${i}`, name: `Company ${i}`, type: 'company' as const }));
    many.deals = many.actors.map((a, i) => ({
      id: `d${i}`,
      session: 80,
      company: a.id,
      value: { usd: (200 - i) * 1e6, qualifier: 'exact' as const },
      basis: 'agreement' as const,
      sector: 'test',
      summary: `Deal ${i}`,
      citations: [{ source: 'src-akorda', quote: 'q' }],
    }));
    const { user, container } = setup(new FilterState(), load(many));
    expect(bars()).toHaveLength(12);
    expect(screen.getByText('Others (188 companies)')).toBeInTheDocument();
    const height = () => Number(container.querySelector('svg')?.getAttribute('height'));
    const before = height();
    await user.click(screen.getByRole('button', { name: 'Show all 200 companies' }));
    expect(bars()).toHaveLength(200);
    expect(screen.queryByText(/^Others/)).toBeNull();
    expect(height()).toBeGreaterThan(before * 10);
    expect(screen.getByRole('button', { name: 'Show the top 12 only' })).toHaveAttribute('aria-expanded', 'true');
  });
});
