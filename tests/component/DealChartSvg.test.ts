// The deal chart's SVG export as the file a person downloads (browserExport.viewSvg mounts the
// component in jsdom): what it says, what it draws, and that editors can open it.
import { describe, expect, it } from 'vitest';
import bundled from '../../data/kazakhstan-unga.json';
import fixture from '../fixtures/deals-small.json';
import { viewSvg } from '../../src/export/browserExport';
import { SVG_EXPORTS } from '../../src/export/registry';
import { parseDataset } from '../../src/lib/data/load';
import { filterDataset, indexDataset, NO_FILTERS, type DatasetIndex, type Filters } from '../../src/lib/data/query';
import type { Dataset } from '../../src/lib/data/schema';
import DealChartSvg from '../../src/views/DealChart/DealChartSvg.svelte';
import { BASIS_COLOURS } from '../../src/views/DealChart/palette';
import { svgFile } from '../../src/export/svgText';
import { flushSync, mount, unmount } from 'svelte';

function load(json: unknown): DatasetIndex {
  const result = parseDataset(json);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return indexDataset(result.data);
}

const small = load(fixture);
const full = load(bundled);

function parse(svg: string): Document {
  return new DOMParser().parseFromString(svg, 'image/svg+xml');
}

function exported(index: DatasetIndex, filters: Partial<Filters> = {}, width?: number) {
  const svg = viewSvg('deals', index, filterDataset(index, { ...NO_FILTERS, ...filters }), width);
  const doc = parse(svg);
  const root = doc.documentElement;
  const texts = [...root.querySelectorAll('text')].map((t) => t.textContent ?? '');
  // Bars are the only 20 px tall rects (legend swatches are 12, the background is the whole picture).
  const bars = [...root.querySelectorAll('rect')].filter((r) => r.getAttribute('height') === '20');
  return { svg, doc, root, texts, text: texts.join('\n'), bars };
}

/** Bar rects grouped by row (same y), top to bottom. */
function rows(bars: Element[]): Element[][] {
  const byY = new Map<string, Element[]>();
  for (const r of bars) byY.set(r.getAttribute('y') ?? '', [...(byY.get(r.getAttribute('y') ?? '') ?? []), r]);
  return [...byY.entries()].sort((a, b) => Number(a[0]) - Number(b[0])).map(([, rs]) => rs);
}

describe('DealChartSvg (the deals SVG export)', () => {
  it('is registered as the deals export', () => {
    expect(SVG_EXPORTS.deals).toBe(DealChartSvg);
  });

  it('is a standalone <svg> with numeric width, height and a matching viewBox, titled', () => {
    const { root, doc } = exported(small);
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(root.tagName).toBe('svg');
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    const width = Number(root.getAttribute('width'));
    const height = Number(root.getAttribute('height'));
    expect(width).toBe(960);
    expect(height).toBeGreaterThan(150);
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`);
    expect(root.querySelector('title')?.textContent).toBe('Deal values by company, US dollars');
  });

  it('draws one rect per company segment of the filtered deals, largest company first, cumulative left out', () => {
    const { bars, texts } = exported(small);
    // Wabtec: agreement + investment plan; Citigroup: financing only (its cumulative sum is left
    // out by default); Acme: project. Boeing and the SME Fund have no disclosed value.
    const byRow = rows(bars);
    expect(byRow.map((r) => r.map((b) => b.getAttribute('fill')))).toEqual([
      [BASIS_COLOURS.agreement, BASIS_COLOURS['investment-plan']],
      [BASIS_COLOURS.financing],
      [BASIS_COLOURS.project],
    ]);
    const widthOf = (r: Element[]) => r.reduce((s, b) => s + Number(b.getAttribute('width')), 0);
    const [wabtec = [], citi = []] = byRow;
    expect(widthOf(wabtec) / widthOf(citi)).toBeCloseTo(4.35 / 0.5, 1);
    expect(texts).toEqual(expect.arrayContaining(['Wabtec', 'Citigroup', 'about $4.35B', 'up to $500M', '$80M']));
    expect(texts.some((t) => t.startsWith('Acme Mining'))).toBe(true);
  });

  it('follows the filters: one year, one company', () => {
    expect(rows(exported(small, { years: [2023] }).bars)).toHaveLength(1);
    const only = exported(small, { companies: ['citi'] });
    expect(rows(only.bars)).toHaveLength(1);
    expect(only.texts).toContain('Citigroup');
    expect(only.texts).not.toContain('Wabtec');
  });

  it('labels Wabtec "about $5.2B" on the bundled data, cumulative excluded, and says so in the subtitle', () => {
    const { texts, text } = exported(full);
    expect(texts).toContain('Wabtec');
    expect(texts).toContain('about $5.2B');
    expect(text).not.toContain('$5.43B');
    expect(text.replace(/\n/g, ' ')).toMatch(/About \$5\.2B disclosed across 2 deals .*1 cumulative investment not counted\./);
  });

  it('lists the undisclosed deals as text, by company, and notes them in the source line', () => {
    const { text } = exported(full);
    const flat = text.replace(/\n/g, ' ');
    expect(flat).toMatch(/Undisclosed: Amazon \(project, 80th session\), .*Citigroup \(financing, 78th session\)/);
    for (const company of ['Amazon', 'Chevron', 'Citigroup', 'GE Healthcare', 'Mastercard', 'Meta', 'PepsiCo', 'Rio Tinto']) {
      expect(flat).toContain(company);
    }
    expect(flat).toContain('Sources: Kazinform, Orda.kz.');
    expect(flat).toMatch(/not drawn as zero/);
  });

  it('names the year filter in the subtitle and only the publishers of the deals shown', () => {
    const flat = exported(full, { years: [2025] }).text.replace(/\n/g, ' ');
    expect(flat).toMatch(/^Deal values by company, US dollars Year 2025\. About \$4\.2B disclosed/);
    expect(flat).toContain('Source: Orda.kz.');
    expect(flat).not.toContain('Kazinform');
    expect(flat).not.toContain('Citigroup');
  });

  it('writes styles as attributes only: no class, no style, no tabindex, no role=button, no handlers, no foreignObject', () => {
    for (const { svg } of [exported(small), exported(full, { years: [2023] }), exported(small, {}, 360)]) {
      expect(svg).not.toMatch(/\sclass=/);
      expect(svg).not.toMatch(/\sstyle=/);
      expect(svg).not.toMatch(/tabindex/i);
      expect(svg).not.toMatch(/role="button"/);
      expect(svg).not.toMatch(/\son[a-z]+=/i);
      expect(svg).not.toMatch(/foreignObject/i);
      expect(svg).not.toMatch(/var\(--/);
      expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
      const doc = parse(svg);
      expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
      // Every piece of text carries its size and colour, for editors that ignore inheritance of CSS.
      for (const t of doc.querySelectorAll('text')) {
        expect(t.getAttribute('font-size')).toMatch(/^\d+$/);
        expect(t.getAttribute('fill')).toMatch(/^#[0-9a-f]{6}$/);
      }
    }
  });

  it('hatches cumulative investments with a <pattern> in <defs> under a stable id, when asked to include them', () => {
    const target = document.createElement('div');
    const filtered = filterDataset(small, NO_FILTERS);
    const render = () => {
      const app = mount(DealChartSvg, { target, props: { index: small, filtered, width: 960, includeCumulative: true } });
      flushSync();
      const svg = svgFile(target.innerHTML);
      unmount(app);
      return svg;
    };
    const svg = render();
    expect(render()).toBe(svg);
    const doc = parse(svg);
    const pattern = doc.querySelector('defs > pattern');
    expect(pattern?.getAttribute('id')).toBe('deals-hatch-0');
    const hatched = [...doc.querySelectorAll('rect')].filter((r) => r.getAttribute('fill') === 'url(#deals-hatch-0)');
    // Citigroup's cumulative segment and its legend swatch.
    expect(hatched.map((r) => r.getAttribute('height')).sort()).toEqual(['12', '20']);
    expect(doc.documentElement.textContent).toContain('cumulative investment (not a new commitment)');
  });

  it('grows with its rows and folds the long tail into "Others" like the interactive chart', () => {
    const many = structuredClone(fixture) as unknown as Dataset;
    for (let i = 0; i < 40; i++) {
      many.actors.push({ id: `co${i}`, name: `Company ${i}`, type: 'company' });
      many.deals.push({ id: `dd${i}`, session: 80, company: `co${i}`, value: { usd: (i + 1) * 1e6, qualifier: 'exact' }, basis: 'project', sector: 'x', summary: 's', citations: [{ source: 'src-akorda', quote: 'q' }] });
    }
    const big = exported(load(many));
    const few = exported(small);
    expect(rows(big.bars)).toHaveLength(13);
    expect(big.texts).toContain('Others (31 companies)');
    expect(Number(big.root.getAttribute('height'))).toBeGreaterThan(Number(few.root.getAttribute('height')) + 9 * 30);
  });

  it('stays well-formed XML with &, <, quotes and no-break spaces in dataset names', () => {
    const data = structuredClone(fixture) as unknown as Dataset;
    const rename = (id: string, name: string) => {
      const actor = data.actors.find((a) => a.id === id);
      if (actor) actor.name = name;
    };
    rename('wabtec', 'Wab\u00a0tec & <Sons> "Rail"');
    rename('boeing', 'Boe\u00a0ing & Co');
    const { doc, texts, text } = exported(load(data));
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(texts).toContain('Wab tec & <Sons> "Rail"');
    expect(text).toContain('Boe ing & Co (signed agreement, 80th session)');
  });

  it('says "No deals match these filters" and draws no bars when nothing matches', () => {
    const { bars, text, doc } = exported(small, { companies: ['nobody'] });
    expect(bars).toHaveLength(0);
    expect(text).toContain('No deals match these filters.');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  });
});
