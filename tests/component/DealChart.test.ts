// @vitest-environment jsdom
// The live deal chart as a reader meets it: found by role and name, asserting what it says and
// what it asks the app to do (the actions are stubs that record their calls).
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { filterDataset, summarize, type DatasetIndex } from '../../src/lib/data/query';
import type { Dataset } from '../../src/lib/data/schema';
import DealChart from '../../src/views/DealChart/DealChart.svelte';
import exportSpec from '../../src/views/DealChart/export';
import { bundledDataset, english, exportInput, filters, fixture, indexOf, viewProps, type InputOptions } from '../helpers';

const small = indexOf(fixture('deals-small.json'));

function setup(index: DatasetIndex = small, o: InputOptions = {}) {
  const props = viewProps(index, o);
  const view = render(DealChart, { props });
  return { ...view, props, actions: props.actions, user: userEvent.setup() };
}

const bars = () => within(screen.getByRole('group', { name: 'Bars' })).queryAllByRole('button');
const bar = (name: RegExp) => within(screen.getByRole('group', { name: 'Bars' })).getByRole('button', { name });

/** deals-small with its companies' deals replaced. */
function dataset(change: (d: Dataset) => void): DatasetIndex {
  const data = fixture('deals-small.json');
  change(data);
  return indexOf(data);
}

describe('DealChart', () => {
  it('is a figure named "Deal values by company" with a button per company with a disclosed value, largest first', () => {
    setup();
    expect(screen.getByRole('figure', { name: /^Deal values by company/ })).toHaveAccessibleDescription(
      'Horizontal bars of 3 companies with a disclosed deal value, largest first: Wabtec, about $4.35B; the smallest drawn: Acme Mining and Metallurgical Holdings International, $80M.',
    );
    expect(bars().map((b) => b.getAttribute('aria-label'))).toEqual([
      'Wabtec: about $4.35B · 2 deals: a 2025 signed agreement (about $4.2B) and a 2023 investment plan ($150M)',
      'Citigroup: up to $500M · 2025 financing',
      'Acme Mining and Metallurgical Holdings International: $80M · a 2025 project; 1 more undisclosed',
    ]);
    expect(bars().every((b) => b.getAttribute('aria-pressed') === 'false')).toBe(true);
    // Companies with nothing disclosed are listed, never drawn as a bar of zero.
    expect(screen.queryByRole('button', { name: /^Boeing/ })).toBeNull();
  });

  it('words the total as the dashboard header does, on data mixing "about" and "up to"', () => {
    setup();
    const header = summarize(filterDataset(small, filters()), small, { includePlanned: false });
    const words = english().sum(header.disclosed!);
    expect(words).toBe('up to about $4.93B');
    const total = screen.getByText(/disclosed across/);
    expect(total).toHaveTextContent('Up to about $4.93B disclosed across 4 deals; 3 deals undisclosed; 1 cumulative investment not counted.');
    expect(total.textContent!.toLowerCase()).toContain(words.toLowerCase());
  });

  it('prints each segment’s value inside it where it fits and the total beside the bar', () => {
    setup(indexOf(bundledDataset()));
    const wabtec = bar(/^Wabtec/);
    const texts = [...wabtec.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(['Wabtec', 'about $4.2B', 'about $1B']));
    expect(wabtec).toHaveTextContent('about $5.2B');
  });

  it('toggles the company filter on click, Enter and Space, and shows the selection as pressed', async () => {
    const { user, actions } = setup();
    await user.click(bar(/^Citigroup/));
    expect(actions.toggleCompany).toHaveBeenLastCalledWith('citi');
    const wabtec = bar(/^Wabtec/);
    while (document.activeElement !== wabtec) await user.tab();
    await user.keyboard('{Enter}');
    await user.keyboard(' ');
    expect(actions.toggleCompany.mock.calls).toEqual([['citi'], ['wabtec'], ['wabtec']]);
  });

  it('highlights the companies in the filter', () => {
    setup(small, { filters: { companies: ['citi'] } });
    expect(bars().map((b) => [b.getAttribute('aria-label')?.split(':')[0], b.getAttribute('aria-pressed')])).toEqual([['Citigroup', 'true']]);
  });

  it('shows each deal in a tooltip on keyboard focus and on hover', async () => {
    const { user } = setup();
    const wabtec = bar(/^Wabtec/);
    while (document.activeElement !== wabtec) await user.tab();
    const tip = screen.getByRole('tooltip');
    expect(wabtec).toHaveAccessibleDescription(/Locomotive supply and service agreement/);
    expect(within(tip).getByText('about $4.2B · signed agreement · 80th session, 2025')).toBeInTheDocument();
    expect(within(tip).getByText('$150M · investment plan · 78th session, 2023')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
    await user.hover(bar(/^Citigroup/));
    expect(within(screen.getByRole('tooltip')).getByText('Credit line for exporters')).toBeInTheDocument();
    await user.unhover(bar(/^Citigroup/));
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('keeps the tooltip where the pointer has it when a bar is pressed (the press focuses it too)', async () => {
    const { user } = setup();
    const wabtec = bar(/^Wabtec/);
    await user.hover(wabtec);
    const at = () => [screen.getByRole('tooltip').style.left, screen.getByRole('tooltip').style.top];
    const before = at();
    await user.click(wabtec);
    expect(document.activeElement).toBe(wabtec);
    expect(at()).toEqual(before);
    // Focus arriving from the keyboard places it under the bar it describes.
    await user.unhover(wabtec);
    await user.tab();
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(wabtec);
    expect(at()).not.toEqual(before);
  });
});

describe('controls', () => {
  it('set the colour and the cumulative switch through actions.setOptions, and show the options in force', async () => {
    const { user, actions } = setup();
    expect(screen.getByRole('radio', { name: 'basis' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'session' }));
    expect(actions.setOptions).toHaveBeenLastCalledWith({ colourBy: 'session' });
    const box = screen.getByRole('checkbox', { name: 'Include cumulative investments' });
    expect(box).not.toBeChecked();
    expect(box).toHaveAccessibleDescription(/not commitments made at a session/);
    await user.click(box);
    expect(actions.setOptions).toHaveBeenLastCalledWith({ cumulative: true });
    // Only a dataset with planned deals offers to count them.
    expect(screen.queryByRole('checkbox', { name: 'Count planned deals' })).toBeNull();
  });

  it('reflect the options they are given: session colours, cumulative included and hatched', () => {
    setup(small, { options: { colourBy: 'session', cumulative: true } });
    expect(screen.getByRole('radio', { name: 'session' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Include cumulative investments' })).toBeChecked();
    const fills = [...bar(/^Citigroup/).querySelectorAll('rect[height="20"]')].map((r) => r.getAttribute('fill'));
    expect(fills).toHaveLength(2);
    expect(fills[0]).toMatch(/^url\(#.*-hatch-\d+\)$/);
    expect(within(screen.getByRole('group', { name: 'Bars' })).getByText('78th session, 2023')).toBeInTheDocument();
  });

  it('offer to count planned deals when the dataset has some', async () => {
    const index = dataset((d) => (d.deals[0]!.status = 'planned'));
    const { user, actions } = setup(index);
    expect(screen.getByText(/1 planned deal not counted/)).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Count planned deals' }));
    expect(actions.setOptions).toHaveBeenLastCalledWith({ planned: true });
  });

  it('fold all but the top 10 of 30 companies into Others, and "Show all 30 companies" asks for them', async () => {
    const index = dataset((d) => {
      d.actors.push(...Array.from({ length: 30 }, (_, i) => ({ id: `c${i}`, name: `Company ${i}`, type: 'company' as const })));
      d.deals = Array.from({ length: 30 }, (_, i) => ({
        id: `d${i}`,
        session: 80,
        company: `c${i}`,
        value: { usd: (30 - i) * 1e6, qualifier: 'exact' as const },
        basis: 'agreement' as const,
        sector: 'x',
        summary: `Deal ${i}`,
        citations: [{ source: 'src-akorda', quote: 'q' }],
      }));
    });
    const { user, actions, rerender, props } = setup(index);
    expect(bars()).toHaveLength(10);
    expect(screen.getByText('Others (20 companies)')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show all 30 companies' }));
    expect(actions.setOptions).toHaveBeenLastCalledWith({ showAll: true });
    await rerender({ ...props, options: { ...props.options, showAll: true } });
    expect(bars()).toHaveLength(30);
    expect(screen.queryByText(/^Others/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Show the top 10 only' }));
    expect(actions.setOptions).toHaveBeenLastCalledWith({ showAll: false });
  });
});

describe('empty states say why', () => {
  it('a dataset without deals', () => {
    setup(dataset((d) => (d.deals = [])));
    expect(screen.getByRole('status')).toHaveTextContent('This dataset has no deals.');
    expect(screen.queryByRole('button', { name: 'Clear filters' })).toBeNull();
    expect(screen.queryByRole('group', { name: 'Bars' })).toBeNull();
  });

  it('filters that match no deal, with a way out', async () => {
    const { user, actions } = setup(small, { filters: { companies: ['nobody'] } });
    expect(screen.getByRole('status')).toHaveTextContent('No deals match these filters.');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(actions.clearFilters).toHaveBeenCalledOnce();
  });

  it('deals without a disclosed value: no bars, the deals listed with what was announced', () => {
    setup(small, { filters: { companies: ['smefund'] } });
    expect(screen.getByRole('status')).toHaveTextContent('None of these deals has a disclosed value');
    expect(screen.getByText('No value disclosed for 1 deal.')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: /^Value undisclosed \(1 deal\)/ });
    expect(within(list).getByRole('listitem')).toHaveTextContent('SME Fund Support programme for small businesses Also announced: over 300,000 SMEs program · 78th session, 2023');
  });

  it('only cumulative investments: says which box to tick', () => {
    setup(small, { filters: { companies: ['citi'], years: [2023] } });
    expect(screen.getByRole('status')).toHaveTextContent('Only cumulative investments match: tick “Include cumulative investments” to show them.');
    expect(screen.getByRole('checkbox', { name: 'Include cumulative investments' })).toBeInTheDocument();
  });
});

describe('lists and the data table', () => {
  it('lists the first 10 undisclosed deals, then more on request', async () => {
    const index = dataset((d) => {
      d.deals = Array.from({ length: 15 }, (_, i) => ({
        id: `u${i}`,
        session: 80,
        company: 'boeing',
        value: null,
        basis: 'program' as const,
        sector: 'aviation',
        summary: `Undisclosed ${i}`,
        citations: [{ source: 'src-akorda', quote: 'q' }],
      }));
    });
    const { user } = setup(index);
    const items = () => within(screen.getByRole('list', { name: /^Value undisclosed \(15 deals\)/ })).getAllByRole('listitem');
    expect(items()).toHaveLength(10);
    await user.click(screen.getByRole('button', { name: 'Show 5 more undisclosed deals' }));
    expect(items()).toHaveLength(15);
  });

  it('has every deal on its own row in a table screen readers always find, shown on demand', async () => {
    const { user } = setup();
    // The data table's code loads after the chart.
    const toggle = await screen.findByRole('button', { name: 'Show the data' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const table = screen.getByRole('table', { name: 'Deals by company, US dollars' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => [...r.querySelectorAll('th,td')].map((c) => c.textContent))).toEqual([
      ['Wabtec', '80th session, 2025', 'signed agreement', 'about $4.2B', 'held'],
      ['Wabtec', '78th session, 2023', 'investment plan', '$150M', 'held'],
      ['Citigroup', '80th session, 2025', 'financing', 'up to $500M', 'held'],
      ['Acme Mining and Metallurgical Holdings International', '80th session, 2025', 'project', '$80M', 'held'],
      ['Acme Mining and Metallurgical Holdings International', '80th session, 2025', 'program', 'undisclosed', 'held'],
      ['Boeing', '80th session, 2025', 'signed agreement', 'undisclosed', 'held'],
      ['SME Fund', '78th session, 2023', 'program', 'undisclosed', 'held'],
    ]);
    await user.click(toggle);
    expect(screen.getByRole('button', { name: 'Hide the data' })).toHaveAttribute('aria-expanded', 'true');
  });
});

describe('widths', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('puts names above the bars at 375 px', () => {
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(private readonly callback: ResizeObserverCallback) {}
        observe() {
          this.callback([{ contentRect: { width: 375, height: 300 } } as ResizeObserverEntry], this as never);
        }
        unobserve() {}
        disconnect() {}
      },
    );
    setup();
    const svg = screen.getByRole('group', { name: 'Bars' });
    expect(svg).toHaveAttribute('width', '375');
    const name = [...bar(/^Wabtec/).querySelectorAll('text')].find((t) => t.textContent === 'Wabtec')!;
    expect(name).toHaveAttribute('text-anchor', 'start');
  });

  it('draws the same bars as the download for the same options and width', () => {
    const options = { colourBy: 'session' as const, cumulative: true };
    setup(small, { options });
    const rects = (root: ParentNode) =>
      [...root.querySelectorAll('rect[height="20"]')].map((r) => [r.getAttribute('x'), r.getAttribute('width'), r.getAttribute('fill')?.replace(/^url\(#.*(hatch-\d+)\)$/, '$1')]);
    const live = rects(screen.getByRole('group', { name: 'Bars' }));
    const drawing = exportSpec.draw({ ...exportInput(small, { options }), width: 640 });
    const target = document.createElement('div');
    document.body.append(target);
    render(drawing.component, { props: drawing.props, target });
    expect(live.length).toBeGreaterThan(3);
    expect(rects(target)).toEqual(live);
  });
});
