// The timeline's SVG export as the file a person downloads: mounted in jsdom as the browser's
// "Download SVG" does, cleaned by svgFile, then parsed as XML: what it says, what it draws, that
// its text does not collide, and that editors can open it.
import { flushSync, mount, unmount } from 'svelte';
import { describe, expect, it } from 'vitest';
import bundled from '../../data/kazakhstan-unga.json';
import fixture from '../fixtures/timeline-small.json';
import { svgFile } from '../../src/export/svgText';
import { parseDataset } from '../../src/lib/data/load';
import { filterDataset, indexDataset, NO_FILTERS, type DatasetIndex, type Filtered, type Filters } from '../../src/lib/data/query';
import type { Dataset } from '../../src/lib/data/schema';
import { TYPE_STYLES } from '../../src/views/Timeline/encoding';
import { FRAME_PAD, textBox, timelineExport, type TextBox } from '../../src/views/Timeline/exportLayout';
import TimelineSvg from '../../src/views/Timeline/TimelineSvg.svelte';

function load(json: unknown): DatasetIndex {
  const result = parseDataset(json);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return indexDataset(result.data);
}

const small = load(fixture);
const full = load(bundled);
const data = () => structuredClone(fixture) as unknown as Dataset;

function svgOf(index: DatasetIndex, filtered: Filtered, width: number): string {
  const target = document.createElement('div');
  const app = mount(TimelineSvg, { target, props: { index, filtered, width } });
  flushSync();
  const svg = svgFile(target.innerHTML);
  unmount(app);
  return svg;
}

function exported(index: DatasetIndex, filters: Partial<Filters> = {}, width = 960) {
  const filtered = filterDataset(index, { ...NO_FILTERS, ...filters });
  const svg = svgOf(index, filtered, width);
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = doc.documentElement;
  // SvgFrame writes the title, subtitle and source as direct children; the chart is in its <g>.
  const chartTexts = [...root.querySelectorAll(':scope > g text')].map((t) => t.textContent ?? '');
  const texts = [...root.querySelectorAll('text')].map((t) => t.textContent ?? '');
  // A mark is the only group carrying a <title> (its name): the legend's swatches carry none.
  const marks = [...root.querySelectorAll('g > title')].map((t) => t.parentElement!);
  return { svg, doc, root, texts, chartTexts, flat: texts.join(' '), marks, filtered, layout: timelineExport(index, filtered, width) };
}

/** Engagements a mark stands for: 1, or the count written beside an aggregate. */
function represented(layout: ReturnType<typeof timelineExport>): number {
  return layout.layout.slots.flatMap((s) => (s.kind === 'session' ? s.marks : [])).reduce((n, m) => n + m.engagements.length, 0);
}

function overlaps(boxes: readonly TextBox[]): string[] {
  const hits: string[] = [];
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      if (a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1) hits.push(`"${a.text}" × "${b.text}"`);
    }),
  );
  return hits;
}

/** The small fixture with `extra` bilateral meetings on 17 September 2023, to crowd that day. */
function crowded(extra: number): DatasetIndex {
  const d = data();
  for (let i = 0; i < extra; i++) {
    d.engagements.push({ id: `busy${i}`, session: 78, date: '2023-09-17', type: i % 3 ? 'bilateral' : 'call', participants: [{ actor: 'macron' }], topics: [], summary: 's', citations: [{ source: 'src-daily', quote: 'q' }] });
  }
  return load(d);
}

describe('TimelineSvg (the timeline SVG export)', () => {
  it.each([960, 375])('is a standalone <svg> at %i px with numeric width, height and a matching viewBox, titled', (width) => {
    const { root, doc, svg } = exported(small, {}, width);
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    expect(root.tagName).toBe('svg');
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    const height = Number(root.getAttribute('height'));
    expect(Number(root.getAttribute('width'))).toBe(width);
    expect(height).toBeGreaterThan(200);
    expect(Number.isInteger(height)).toBe(true);
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`);
    expect(root.querySelector('title')?.textContent).toBe('UNGA sessions: engagements by day');
  });

  it('has the computed description as subtitle and the publishers of the records shown as source', () => {
    const { flat } = exported(small);
    expect(flat).toContain(
      'UNGA sessions: engagements by day 3 sessions with recorded visits between the 75th (2020) and 80th (2025); 3 sessions without a recorded visit. Most engagements: 78th session (7).',
    );
    expect(flat).toContain('Sources: Test Agency, Test Daily.');
    // The 80th session's records all cite the daily.
    expect(exported(small, { years: [2025] }).flat).toMatch(/Source: Test Daily\.$/);
  });

  it.each([
    { filters: {}, count: 11 },
    { filters: { years: [2023] }, count: 7 },
    { filters: { countries: ['USA'] }, count: 6 },
  ])('draws one named mark per filtered engagement ($count with $filters)', ({ filters, count }) => {
    const { marks, filtered } = exported(small, filters);
    expect(filtered.engagements).toHaveLength(count);
    expect(marks).toHaveLength(count);
    for (const m of marks) expect(m.querySelector('title')?.textContent).toMatch(/, (\d+ \w+ \d{4}|\w+ \d{4} \(day not reported\)|date not reported)$/);
    const shapes = marks.map((m) => m.querySelector('path')?.getAttribute('stroke'));
    expect(shapes).toContain(TYPE_STYLES.bilateral.ink);
  });

  it('draws one count-labelled mark per type on a crowded day, and says what the number means', () => {
    const index = crowded(60);
    const { marks, layout, texts, flat } = exported(index);
    expect(marks.length).toBeLessThan(71);
    expect(represented(layout)).toBe(71);
    // 17 September: the 2 fixture meetings + 40 more bilateral meetings, and 20 calls.
    expect(texts).toEqual(expect.arrayContaining(['42', '20']));
    expect(marks.some((m) => m.querySelector('title')?.textContent === '42 bilateral meetings, 17 September 2023')).toBe(true);
    expect(flat).toContain('A number beside a mark counts that day’s engagements of its type.');
    // The 80th session is narrow beside the crowded 78th: its deal label moves across its anchor
    // rather than losing the company's name ("Wa…: about $4.2B").
    expect(texts).toContain('Wabtec: about $4.2B');
  });

  it('labels each session "78th · 2023" with its summary, and the gaps as "no recorded visit"', () => {
    const wide = exported(small);
    expect(wide.chartTexts).toEqual(expect.arrayContaining(['75th · 2020', '78th · 2023', '80th · 2025', '7 engagements · 2 countries · 1 organization']));
    // Narrow columns stack the gap's ordinals, years and note.
    expect(wide.chartTexts.join(' ')).toContain('76th–77th 2021–2022 no recorded visit');
    expect(wide.chartTexts.join(' ')).toContain('79th 2024 no recorded visit');
    const narrow = exported(small, {}, 375);
    expect(narrow.chartTexts).toEqual(expect.arrayContaining(['76th–77th · 2021–2022 — no recorded visit', '79th · 2024 — no recorded visit']));
    expect(narrow.chartTexts).toContain('1 engagement · 1 country');
  });

  it('annotates the speech, the summit and the deals with their value, and draws the legend', () => {
    const { chartTexts } = exported(small);
    expect(chartTexts).toEqual(
      expect.arrayContaining(['General debate speech', 'C5+1 summit', 'Wabtec: about $1B', 'Wabtec: about $4.2B', 'Engagement', 'Counterpart', 'Roundtable', 'several kinds']),
    );
    // Cumulative investments are money spent over past years, not a deal of that week.
    expect(chartTexts.filter((t) => t.startsWith('Wabtec'))).toEqual(['Wabtec: about $1B', 'Wabtec: about $4.2B']);
  });

  it('lays out horizontally from 560 px, like the live view, and stacks below', () => {
    const d = data();
    d.sessions = d.sessions.filter((s) => s.number === 80);
    d.engagements = d.engagements.filter((e) => e.session === 80);
    d.deals = d.deals.filter((e) => e.session === 80);
    const one = load(d);
    const all = filterDataset(one, NO_FILTERS);
    expect(timelineExport(one, all, 560).horizontal).toBe(true);
    expect(timelineExport(one, all, 559).horizontal).toBe(false);
    expect(timelineExport(small, filterDataset(small, NO_FILTERS), 960).horizontal).toBe(true);
  });

  it.each([
    { name: 'the fixture at 960 px', index: small, width: 960 },
    { name: 'the fixture at 375 px', index: small, width: 375 },
    { name: 'the fixture at 600 px', index: small, width: 600 },
    { name: 'the fixture at 1440 px', index: small, width: 1440 },
    { name: 'a crowded day at 960 px', index: crowded(60), width: 960 },
    { name: 'a crowded day at 320 px', index: crowded(60), width: 320 },
    { name: 'the bundled data at 960 px', index: full, width: 960 },
    { name: 'the bundled data at 375 px', index: full, width: 375 },
  ])('draws no text over another text, and none past the edges: $name', ({ index, width }) => {
    const { chartTexts, layout, root } = exported(index, {}, width);
    // The boxes checked are the texts drawn, one for one.
    expect(chartTexts).toEqual(layout.texts.map((t) => t.runs.map((r) => r.text).join('')));
    const boxes = layout.texts.map(textBox);
    expect(overlaps(boxes)).toEqual([]);
    for (const b of boxes) {
      expect(b.x0, b.text).toBeGreaterThanOrEqual(0);
      expect(b.x1, b.text).toBeLessThanOrEqual(width - 2 * FRAME_PAD);
      expect(b.y0, b.text).toBeGreaterThanOrEqual(0);
      expect(b.y1, b.text).toBeLessThanOrEqual(layout.chartHeight);
    }
    expect(Number(root.getAttribute('height'))).toBeGreaterThan(layout.chartHeight);
  });

  it('writes styles as attributes only: no class, style, tabindex, role but the root’s, handlers or foreignObject', () => {
    for (const { svg, doc } of [exported(small), exported(small, {}, 375), exported(crowded(60)), exported(full, { years: [2025] })]) {
      expect(svg).not.toMatch(/\sclass=/);
      expect(svg).not.toMatch(/\sstyle=/);
      expect(svg).not.toMatch(/tabindex/i);
      expect(svg.match(/\srole=/g)).toHaveLength(1);
      expect(svg).not.toMatch(/\son[a-z]+=/i);
      expect(svg).not.toMatch(/foreignObject/i);
      expect(svg).not.toMatch(/var\(--/);
      for (const t of doc.querySelectorAll('text')) {
        expect(t.getAttribute('font-size')).toMatch(/^\d+$/);
        expect(t.getAttribute('fill')).toMatch(/^#[0-9a-f]{6}$/);
      }
      // Ids are fixed and prefixed, and every url(#…) points at one of them.
      const ids = [...doc.querySelectorAll('[id]')].map((e) => e.id);
      for (const id of ids) expect(id).toMatch(/^timeline-/);
      for (const [, ref] of svg.matchAll(/url\(#([^)]+)\)/g)) expect(ids).toContain(ref);
    }
  });

  it('fills half of a mark with several kinds of counterpart through one shared clip path', () => {
    const d = data();
    // The 78th's signing (a company and a U.S. minister) is mixed already; make the 80th's Trump meeting mixed too.
    d.engagements.find((e) => e.id === 'e80-trump')!.participants = [{ actor: 'trump' }, { actor: 'guterres' }];
    const { doc, marks } = exported(load(d));
    expect(doc.querySelectorAll('clipPath')).toHaveLength(1);
    const clipped = [...doc.querySelectorAll('path[clip-path="url(#timeline-half-clip)"]')];
    expect(marks.filter((m) => m.querySelector('path[clip-path]')).map((m) => m.querySelector('title')?.textContent)).toEqual([
      'Signing with Wabtec, Howard Lutnick (United States), 18 September 2023',
      'Bilateral meeting with Donald Trump (United States), António Guterres (United Nations), date not reported',
    ]);
    // The two marks and the legend's "several kinds" swatch.
    expect(clipped).toHaveLength(3);
  });

  it('is the same file every time', () => {
    const filtered = filterDataset(small, NO_FILTERS);
    expect(svgOf(small, filtered, 960)).toBe(svgOf(small, filtered, 960));
  });

  it('says "No engagements match these filters" and draws no marks when nothing matches', () => {
    const { marks, chartTexts, doc, flat } = exported(small, { countries: ['NOWHERE'] });
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(marks).toHaveLength(0);
    expect(chartTexts).toContain('No engagements match these filters.');
    expect(chartTexts).toContain('78th · 2023');
    expect(flat).toContain('No engagements match the current filters.');
  });

  it('stays well-formed XML with &, <, quotes and no-break spaces in dataset names', () => {
    const d = data();
    d.actors.find((a) => a.id === 'wabtec')!.name = 'Wab\u00a0tec & <Sons> "Rail"';
    const { doc, chartTexts } = exported(load(d), {}, 1200);
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(chartTexts).toContain('Wab\u00a0tec & <Sons> "Rail": about $1B');
  });

  it('does not change its input', () => {
    const index = load(fixture);
    const filtered = filterDataset(index, { ...NO_FILTERS, years: [2023, 2025] });
    const before = structuredClone({ data: index.data, filtered });
    svgOf(index, filtered, 960);
    svgOf(index, filtered, 375);
    expect({ data: index.data, filtered }).toEqual(before);
  });
});
