// @vitest-environment jsdom
// The live deal chart as a reader meets it: found by role and name, asserting what it says and
// what it asks the app to do (the actions are stubs that record their calls).
import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { filterDataset, summarize, type DatasetIndex } from '../../src/lib/data/query';
import type { Dataset } from '../../src/lib/data/schema';
import DealChart from '../../src/views/DealChart/DealChart.svelte';
import exportSpec from '../../src/views/DealChart/export';
import { MONEY_KINDS } from '../../src/lib/basics/vocabulary';
import Summary from '../../src/shell/Summary.svelte';
import {
  bundledDataset,
  english,
  exportInput,
  filters,
  fixture,
  indexOf,
  viewProps,
  type InputOptions,
} from '../helpers';

const small = indexOf(fixture('deals-small.json'));

function setup(index: DatasetIndex = small, o: InputOptions = {}) {
  const props = viewProps(index, o);
  const view = render(DealChart, { props });
  return { ...view, props, actions: props.actions, user: userEvent.setup() };
}

const bars = () => within(screen.getByRole('group', { name: 'Bars' })).queryAllByRole('button');
const bar = (name: RegExp) => within(screen.getByRole('group', { name: 'Bars' })).getByRole('button', { name });
/** What a bar's button shows: its texts in document order, as words. */
const shownText = (button: Element) => [...button.querySelectorAll('text')].map((t) => t.textContent).join(' ');
/** The headings of the groups of bars, one per kind of money, as drawn in the chart (each once). */
const groupHeadings = () => {
  const i18n = english();
  const labels = MONEY_KINDS.map((k) => `${i18n.t(`kind.${k}`)}: `);
  const texts = [...screen.getByRole('group', { name: 'Bars' }).querySelectorAll('text')].map(
    (t) => t.textContent ?? '',
  );
  return [...new Set(texts.filter((t) => labels.some((l) => t.startsWith(l))))];
};

/** Draws at `width` px: the chart measures its box with a ResizeObserver. */
function atWidth(width: number) {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(private readonly callback: ResizeObserverCallback) {}
      observe() {
        this.callback([{ contentRect: { width, height: 300 } } as ResizeObserverEntry], this as never);
      }
      unobserve() {}
      disconnect() {}
    },
  );
}

/** deals-small with its companies' deals replaced. */
function dataset(change: (d: Dataset) => void): DatasetIndex {
  const data = fixture('deals-small.json');
  change(data);
  return indexOf(data);
}

/** deals-small with Wabtec's two deals made a 2025 program (about $4.2B) and a 2023 project (about $1B): one kind, two parts of one bar. */
const twoParts = () =>
  dataset((d) => {
    Object.assign(
      d.deals.find((x) => x.id === 'wabtec-2025')!,
      { basis: 'program', value: { usd: 4.2e9, qualifier: 'about' } },
    );
    Object.assign(
      d.deals.find((x) => x.id === 'wabtec-2023')!,
      { basis: 'project', value: { usd: 1e9, qualifier: 'about' } },
    );
  });

describe('DealChart', () => {
  it('is a figure named "Deal values by company" with a button per company and kind of money with a disclosed value', () => {
    setup();
    expect(screen.getByRole('figure', { name: /^Deal values by company/ })).toHaveAccessibleDescription(
      // Each kind's largest bar: never "the smallest drawn" across groups of unlike money.
      'Horizontal bars of 3 companies with a disclosed deal value, in one group per kind of money, largest first. Signed agreements: Wabtec, about $4.2B. Announced plans: Wabtec, $150M. Financing: Citigroup, up to $500M. Programs and projects: Acme Mining and Metallurgical Holdings International, $80M.',
    );
    // Wabtec's agreement and its plan are two bars, never one of "about $4.35B".
    expect(bars().map((b) => b.getAttribute('aria-label'))).toEqual([
      'Wabtec about $4.2B a 2025 signed agreement',
      'Wabtec $150M · a 2023 investment plan',
      'Citigroup up to $500M · 2025 financing',
      // A name cut short to fit is said whole, after what the bar shows.
      'Acme Mining and Metallurgic… $80M · a 2025 project; 1 more undisclosed (Acme Mining and Metallurgical Holdings International: $80M · a 2025 project; 1 more undisclosed)',
    ]);
    expect(groupHeadings()).toEqual([
      'Signed agreements: about $4.2B (1 deal)',
      'Announced plans: $150M (1 deal)',
      'Financing: up to $500M (1 deal)',
      'Programs and projects: $80M (1 deal)',
    ]);
    expect(bars().every((b) => b.getAttribute('aria-pressed') === 'false')).toBe(true);
    // Companies with nothing disclosed are listed, never drawn as a bar of zero.
    expect(screen.queryByRole('button', { name: /^Boeing/ })).toBeNull();
  });

  it('words the totals as the dashboard header does, kind by kind, on data mixing "about" and "up to"', () => {
    const index = dataset(
      (d) => (d.deals.find((x) => x.id === 'boeing-2025')!.value = { usd: 5e8, qualifier: 'up-to' }),
    );
    setup(index);
    const header = summarize(filterDataset(index, filters()), index, { includePlanned: false });
    const words = header.kinds.filter((k) => k.sum).map((k) => english().kindTotal(k));
    expect(words[0]).toBe('Signed agreements: up to about $4.7B (2 deals)');
    const total = screen.getByText(/^Signed agreements:/, { selector: 'p' });
    expect(total).toHaveTextContent(
      'Signed agreements: up to about $4.7B (2 deals) · Announced plans: $150M (1 deal) · Financing: up to $500M (1 deal) · Programs and projects: $80M (1 deal); 2 deals undisclosed; 1 cumulative investment not counted.',
    );
    expect(total.textContent!.startsWith(words.join(' · '))).toBe(true);
    expect(groupHeadings()).toEqual(words);
  });

  it('prints each segment’s value inside it where it fits, outside the bar’s button, and the total beside the bar', () => {
    setup(twoParts());
    const wabtec = bar(/^Wabtec/);
    const chart = screen.getByRole('group', { name: 'Bars' });
    const texts = [...chart.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(['about $4.2B', 'about $1B']));
    // The button shows the name and the total ("about $5B": $1B is known to the billion), and its name begins with that.
    expect([...wabtec.querySelectorAll('text')].map((t) => t.textContent)).toEqual([
      'Wabtec',
      'about $5B',
      '2 deals: a 2025 program and a 2023 project',
    ]);
    expect(wabtec.getAttribute('aria-label')).toBe(
      'Wabtec about $5B 2 deals: a 2025 program and a 2023 project (Wabtec: about $5B · 2 deals: a 2025 program (about $4.2B) and a 2023 project (about $1B))',
    );
  });

  it('toggles the company filter on click, Enter and Space, and shows the selection as pressed', async () => {
    const { user, actions } = setup();
    await user.click(bar(/^Citigroup/));
    expect(actions.toggleCompany).toHaveBeenLastCalledWith('citi');
    const wabtec = bar(/^Wabtec about \$4\.2B/);
    while (document.activeElement !== wabtec) await user.tab();
    await user.keyboard('{Enter}');
    await user.keyboard(' ');
    // Either of a company's bars toggles the company.
    await user.click(bar(/^Wabtec \$150M/));
    expect(actions.toggleCompany.mock.calls).toEqual([['citi'], ['wabtec'], ['wabtec'], ['wabtec']]);
  });

  it('highlights the companies in the filter, in each of their bars', () => {
    setup(small, { filters: { companies: ['citi'] } });
    expect(bars().map((b) => [b.querySelector('text')?.textContent, b.getAttribute('aria-pressed')])).toEqual([
      ['Citigroup', 'true'],
    ]);
    cleanup();
    setup(small, { filters: { companies: ['wabtec'] } });
    expect(bars().map((b) => [b.querySelector('text')?.textContent, b.getAttribute('aria-pressed')])).toEqual([
      ['Wabtec', 'true'],
      ['Wabtec', 'true'],
    ]);
  });

  it('shows each deal in a tooltip on keyboard focus and on hover, a lone deal’s value said once', async () => {
    const { user } = setup();
    const wabtec = bar(/^Wabtec about \$4\.2B/);
    while (document.activeElement !== wabtec) await user.tab();
    const tip = screen.getByRole('tooltip');
    expect(wabtec).toHaveAccessibleDescription(/Locomotive supply and service agreement/);
    expect(within(tip).getByText('signed agreement · 80th session, 2025')).toBeInTheDocument();
    expect(tip.textContent!.split('about $4.2B')).toHaveLength(2);
    // The plan is another bar, with its own tooltip.
    expect(within(tip).queryByText(/investment plan/)).toBeNull();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
    await user.hover(bar(/^Citigroup/));
    expect(within(screen.getByRole('tooltip')).getByText('Credit line for exporters')).toBeInTheDocument();
    await user.unhover(bar(/^Citigroup/));
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('lists each deal of a bar of several with its value in the tooltip', async () => {
    const { user } = setup(twoParts());
    await user.hover(bar(/^Wabtec/));
    const tip = screen.getByRole('tooltip');
    expect(within(tip).getByText('about $4.2B · program · 80th session, 2025')).toBeInTheDocument();
    expect(within(tip).getByText('about $1B · project · 78th session, 2023')).toBeInTheDocument();
  });

  it('keeps the tooltip where the pointer has it when a bar is pressed (the press focuses it too)', async () => {
    const { user } = setup();
    const wabtec = bar(/^Wabtec about \$4\.2B/);
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

describe('the header and the deal chart print the same figures', () => {
  afterEach(() => vi.unstubAllGlobals());

  const combinations = (['basis', 'session'] as const).flatMap((colourBy) =>
    [false, true].flatMap((cumulative) =>
      [false, true].flatMap((planned) => [false, true].map((showAll) => ({ colourBy, cumulative, planned, showAll }))),
    ),
  );
  /** deals-small with Wabtec's agreement planned, so that counting planned deals changes the figures. */
  const withPlanned = dataset((d) => (d.deals.find((x) => x.id === 'wabtec-2025')!.status = 'planned'));
  const cases = [
    ...combinations.map((options) => ({ name: 'bundled', index: () => indexOf(bundledDataset()), options })),
    ...combinations.map((options) => ({ name: 'deals-small, a planned deal', index: () => withPlanned, options })),
  ].map((c) => ({
    ...c,
    label: Object.entries(c.options)
      .map(([k, v]) => `${k}=${v}`)
      .join(' '),
  }));

  it.each(cases)('$name, $label', ({ index: indexFn, options }) => {
    const index = indexFn();
    atWidth(1280);
    const i18n = english();
    const { props } = setup(index, { options });
    const summary = summarize(props.filtered, index, {
      includePlanned: options.planned,
      includeCumulative: options.cumulative,
    });
    render(Summary, { props: { summary, i18n, hasPlanned: true, onplanned: () => {} } });
    const words = summary.kinds.filter((k) => k.sum).map((k) => i18n.kindTotal(k));
    expect(words.length).toBeGreaterThan(0);
    // The chart: a heading per kind, and the total sentence, in the header's words.
    expect(groupHeadings()).toEqual(words);
    expect(
      screen
        .getByText(/^Signed agreements:|^Announced plans:/, { selector: 'p' })
        .textContent!.startsWith(words.join(' · ')),
    ).toBe(true);
    // The header: the same figure beside each kind's name.
    const header = screen.getByRole('region', { name: i18n.t('shell.summary.label') });
    for (const k of summary.kinds.filter((x) => x.sum)) {
      const term = within(header).getByText(i18n.t(`kind.${k.kind}`), { selector: 'dt' });
      const figure = i18n.sum(k.sum!);
      expect(term.nextElementSibling!.textContent!.trim().startsWith(figure)).toBe(true);
      expect(groupHeadings()).toContain(
        `${i18n.t(`kind.${k.kind}`)}: ${figure} (${k.sum!.parts === 1 ? '1 deal' : `${k.sum!.parts} deals`})`,
      );
    }
  });
});

describe('accessible names contain the visible text (WCAG 2.5.3)', () => {
  afterEach(() => vi.unstubAllGlobals());

  const cases = [1280, 375].flatMap((width) => [
    {
      name: 'bundled, cumulative included',
      width,
      index: () => indexOf(bundledDataset()),
      o: { options: { cumulative: true } },
    },
    {
      name: 'deals-small by session',
      width,
      index: () => small,
      o: { options: { colourBy: 'session' as const, cumulative: true } },
    },
    { name: 'two parts of one kind', width, index: twoParts, o: {} },
    { name: 'a company selected', width, index: () => small, o: { filters: { companies: ['acme'] } } },
  ]);
  it.each(cases)(
    '$name at $width px: every bar’s name begins with the texts its button shows',
    ({ width, index, o }) => {
      atWidth(width);
      setup(index(), o);
      expect(screen.getByRole('group', { name: 'Bars' })).toHaveAttribute('width', String(width));
      expect(bars().length).toBeGreaterThan(0);
      for (const b of bars()) {
        const shown = shownText(b);
        expect(shown.length).toBeGreaterThan(0);
        const name = b.getAttribute('aria-label')!;
        expect(name.startsWith(shown), `"${name}" does not begin with "${shown}"`).toBe(true);
        expect(b).toHaveAccessibleName(name);
      }
    },
  );
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

  it('reflect the options they are given: session colours, cumulative included and hatched, in a bar of its own', () => {
    setup(small, { options: { colourBy: 'session', cumulative: true } });
    expect(screen.getByRole('radio', { name: 'session' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Include cumulative investments' })).toBeChecked();
    const fills = (name: RegExp) =>
      [...bar(name).querySelectorAll('rect[height="20"]')].map((r) => r.getAttribute('fill'));
    // Citigroup's financing and its money spent over past years: two bars, never stacked.
    expect(fills(/^Citigroup up to/)).toHaveLength(1);
    expect(fills(/^Citigroup up to/)[0]).not.toMatch(/hatch/);
    expect(fills(/^Citigroup over/)).toHaveLength(1);
    expect(fills(/^Citigroup over/)[0]).toMatch(/^url\(#.*-hatch-\d+\)$/);
    expect(groupHeadings().at(-1)).toBe('Invested in earlier years: over $230M (1 deal)');
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
      d.actors.push(
        ...Array.from({ length: 30 }, (_, i) => ({ id: `c${i}`, name: `Company ${i}`, type: 'company' as const })),
      );
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
    expect(within(list).getByRole('listitem')).toHaveTextContent(
      'SME Fund Support programme for small businesses Also announced: over 300,000 SMEs program · 78th session, 2023',
    );
  });

  it('only cumulative investments: says which box to tick', () => {
    setup(small, { filters: { companies: ['citi'], years: [2023] } });
    expect(screen.getByRole('status')).toHaveTextContent(
      'Only cumulative investments match: tick “Include cumulative investments” to show them.',
    );
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
    const items = () =>
      within(screen.getByRole('list', { name: /^Value undisclosed \(15 deals\)/ })).getAllByRole('listitem');
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
    atWidth(375);
    setup();
    const svg = screen.getByRole('group', { name: 'Bars' });
    expect(svg).toHaveAttribute('width', '375');
    const name = [...bar(/^Wabtec about/).querySelectorAll('text')].find((t) => t.textContent === 'Wabtec')!;
    expect(name).toHaveAttribute('text-anchor', 'start');
  });

  it('draws the same bars as the download for the same options and width', () => {
    const options = { colourBy: 'session' as const, cumulative: true };
    setup(small, { options });
    const rects = (root: ParentNode) =>
      [...root.querySelectorAll('rect[height="20"]')].map((r) => [
        r.getAttribute('x'),
        r.getAttribute('width'),
        r.getAttribute('fill')?.replace(/^url\(#.*(hatch-\d+)\)$/, '$1'),
      ]);
    const live = rects(screen.getByRole('group', { name: 'Bars' }));
    const drawing = exportSpec.draw({ ...exportInput(small, { options }), width: 640 });
    const target = document.createElement('div');
    document.body.append(target);
    render(drawing.component, { props: drawing.props, target });
    expect(live.length).toBeGreaterThan(3);
    expect(rects(target)).toEqual(live);
  });
});
