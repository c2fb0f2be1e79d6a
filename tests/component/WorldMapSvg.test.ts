// The world map's SVG export as the file a person downloads: mounted like browserExport.viewSvg
// does (mount, flushSync, read the markup at once), with the basemap prepared beforehand.
import { beforeAll, describe, expect, it } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import { filterDataset, indexDataset, NO_FILTERS, type DatasetIndex, type Filters } from '../../src/lib/data/query';
import type { Basemap } from '../../src/lib/geo/basemap';
import { svgFile } from '../../src/export/svgText';
import WorldMapSvg from '../../src/views/WorldMap/WorldMapSvg.svelte';
import { prepareMapExport } from '../../src/views/WorldMap/exportPrepare';
import { HATCH_ID, NOT_LOADED_TEXT } from '../../src/views/WorldMap/exportLayout';
import { colorClasses, colorOf, LEGEND_TITLE } from '../../src/views/WorldMap/legend';
import { DEFAULT_PALETTE } from '../../src/views/WorldMap/style';
import { worldmapIndex, worldmapSmall } from '../fixtures/worldmapSmall';

let basemap: Basemap;
beforeAll(async () => {
  ({ basemap } = await prepareMapExport());
}, 30_000);

function svgOf(index: DatasetIndex, filters: Partial<Filters> = {}, width = 960, withBasemap = true): string {
  const target = document.createElement('div');
  const filtered = filterDataset(index, { ...NO_FILTERS, ...filters });
  const app = mount(WorldMapSvg, { target, props: { index, filtered, width, ...(withBasemap ? { basemap } : {}) } });
  flushSync();
  const markup = target.innerHTML;
  unmount(app);
  return svgFile(markup);
}

function exported(...args: Parameters<typeof svgOf>) {
  const svg = svgOf(...args);
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = doc.documentElement;
  const texts = [...root.querySelectorAll('text')].map((t) => t.textContent ?? '');
  const flat = texts.join(' ');
  // Counterpart shapes and sites carry a <title>: "United States, 3 engagements", "Tengiz".
  const titled = (tag: string) =>
    new Map([...root.querySelectorAll(`${tag} > title`)].map((t) => [t.textContent ?? '', t.parentElement as Element]));
  return { svg, doc, root, texts, flat, paths: [...root.querySelectorAll('path')], shapes: titled('path'), circles: titled('circle') };
}

/** Largest horizontal step between consecutive points of any subpath of a d3-geo path string. */
function maxJump(d: string): number {
  let max = 0;
  for (const sub of d.split(/[MZ]/).filter(Boolean)) {
    const xs = sub.split('L').map((p) => Number(p.split(',')[0]));
    for (let i = 1; i < xs.length; i++) max = Math.max(max, Math.abs((xs[i] ?? 0) - (xs[i - 1] ?? 0)));
  }
  return max;
}

describe('WorldMapSvg (the map SVG export)', { timeout: 30_000 }, () => {
  it('is a standalone titled <svg> whose subtitle is the computed summary', () => {
    const { root, doc, texts } = exported(worldmapIndex());
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(root.tagName).toBe('svg');
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    const width = Number(root.getAttribute('width'));
    const height = Number(root.getAttribute('height'));
    expect(width).toBe(960);
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`);
    expect(root.querySelector('title')?.textContent).toBe('Counterpart countries: engagements by country');
    expect(texts).toContain('5 counterpart countries; most engagements: United States (3)');
  });

  it('draws one path per counterpart in its class colour, matching its legend box', () => {
    const { shapes, root } = exported(worldmapIndex());
    expect([...shapes.keys()].sort()).toEqual(
      ['Estonia, 1 engagement', 'Fiji, 1 engagement', 'Iran, 1 engagement', 'Singapore, 1 engagement', 'United States, 3 engagements'].sort(),
    );
    const classes = colorClasses([3, 1, 1, 1, 1]);
    const usa = shapes.get('United States, 3 engagements')?.getAttribute('fill');
    const iran = shapes.get('Iran, 1 engagement')?.getAttribute('fill');
    expect(usa).toBe(colorOf(3, classes));
    expect(iran).toBe(colorOf(1, classes));
    expect(usa).not.toBe(iran);
    expect(usa).not.toBe(DEFAULT_PALETTE.land);
    // The legend key "3 (1 country)" shows the same colour as the shape.
    const key = [...root.querySelectorAll('text')].find((t) => t.textContent === '3 (1 country)');
    const box = [...root.querySelectorAll('rect')].find((r) => Number(r.getAttribute('x')) === Number(key?.getAttribute('x')) - 19);
    expect(box?.getAttribute('fill')).toBe(usa);
    // Everything else is plain land, but home.
    const others = [...root.querySelectorAll('path')].filter((p) => !p.querySelector('title') && p.getAttribute('fill') !== DEFAULT_PALETTE.background);
    expect(others.length).toBeGreaterThan(150);
    expect(new Set(others.map((p) => p.getAttribute('fill')))).toEqual(new Set([DEFAULT_PALETTE.land, `url(#${HATCH_ID})`]));
  });

  it('hatches home with a <pattern> in <defs> under a fixed id, and says whose home it is', () => {
    const a = exported(worldmapIndex());
    expect(svgOf(worldmapIndex())).toBe(a.svg);
    const pattern = a.doc.querySelector('defs > pattern');
    expect(pattern?.getAttribute('id')).toBe(HATCH_ID);
    const hatched = [...a.root.querySelectorAll('[fill]')].filter((e) => e.getAttribute('fill') === `url(#${HATCH_ID})`);
    // Kazakhstan's shape and its legend box.
    expect(hatched.map((e) => e.tagName).sort()).toEqual(['path', 'rect']);
    expect(a.texts).toContain('Home: Kazakhstan');
  });

  it('draws the legend in SVG text: classes with their counts, no engagements, home, site sizes', () => {
    const { flat, texts } = exported(worldmapIndex());
    expect(flat.replace(/\s+/g, ' ')).toContain(LEGEND_TITLE);
    expect(texts).toEqual(expect.arrayContaining(['1 (4 countries)', '2 (0 countries)', '3 (1 country)', 'No engagements']));
    expect(texts).toEqual(expect.arrayContaining(['Deal sites, sized by disclosed value', '$4.2B', '$1B', 'value undisclosed']));
  });

  it('draws deal sites as circles: filled by value, a hollow ring where no value is disclosed', () => {
    const { circles } = exported(worldmapIndex());
    const astana = circles.get('Astana');
    const tengiz = circles.get('Tengiz');
    const karaganda = circles.get('Karaganda');
    expect(astana?.getAttribute('fill')).toBe(DEFAULT_PALETTE.site);
    expect(Number(astana?.getAttribute('r'))).toBeGreaterThan(Number(tengiz?.getAttribute('r')));
    expect(karaganda?.getAttribute('fill')).toBe('none');
    // Singapore is too small to see as a shape: it gets a dot in its class colour.
    expect(circles.get('Singapore, 1 engagement')?.getAttribute('fill')).toBe(exported(worldmapIndex()).shapes.get('Singapore, 1 engagement')?.getAttribute('fill'));
  });

  it('names organizations (most engagements first) on a "Not on the map" line', () => {
    const data = worldmapSmall();
    data.engagements.push(
      { ...structuredClone(data.engagements[0]!), id: 'e-un-1', participants: [{ actor: 'un' }] },
      { ...structuredClone(data.engagements[0]!), id: 'e-un-2', participants: [{ actor: 'un' }] },
    );
    expect(exported(worldmapIndex()).flat).toContain('Not on the map: FIFA (1), United Nations (1).');
    expect(exported(indexDataset(data)).flat).toContain('Not on the map: United Nations (3), FIFA (1).');
  });

  it('cites only the publishers of the records shown, and credits the basemap', () => {
    const data = worldmapSmall();
    data.sources.push({ id: 's2', publisher: 'Other Wire', title: 'Iran meeting' });
    data.engagements.find((e) => e.id === 'e3')!.citations = [{ source: 's2', quote: 'q' }];
    const all = exported(indexDataset(data)).flat;
    expect(all).toContain('Sources: Fixture Press, Other Wire.');
    expect(all).toMatch(/Basemap: Natural Earth \(public domain\), via\s+world-atlas\./);
    const y2025 = exported(indexDataset(data), { years: [2025] }).flat;
    expect(y2025).toContain('Source: Fixture Press.');
    expect(y2025).not.toContain('Other Wire');
    expect(y2025).toContain('Year 2025. 4 counterpart countries');
  });

  it('writes styles as attributes only and parses as XML, at 960 and 375 px', () => {
    for (const svg of [svgOf(worldmapIndex()), svgOf(worldmapIndex(), {}, 375), svgOf(worldmapIndex(), {}, 960, false)]) {
      expect(svg).not.toMatch(/\sclass=/);
      expect(svg).not.toMatch(/\sstyle=/);
      expect(svg).not.toMatch(/tabindex/i);
      expect(svg).not.toMatch(/role="button"/);
      expect(svg).not.toMatch(/\son[a-z]+=/i);
      expect(svg).not.toMatch(/foreignObject/i);
      expect(svg).not.toMatch(/var\(--/);
      expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
      for (const t of doc.querySelectorAll('text')) {
        expect(t.getAttribute('font-size')).toMatch(/^\d+$/);
        expect(t.getAttribute('fill')).toMatch(/^#[0-9a-f]{6}$/);
      }
    }
  });

  it('draws no band across the map at the antimeridian (Russia, Fiji, the USA stay whole)', () => {
    expect(maxJump('M0,0L900,10L901,12Z')).toBe(900);
    for (const width of [960, 375]) {
      const { paths, shapes } = exported(worldmapIndex(), {}, width);
      const mapWidth = width - 32;
      expect(shapes.has('Fiji, 1 engagement')).toBe(true);
      for (const p of paths) expect(maxJump(p.getAttribute('d') ?? '')).toBeLessThan(mapWidth * 0.5);
    }
  });

  it('fits a phone: 375 px wide, the map inside the frame', () => {
    const { root, paths } = exported(worldmapIndex(), {}, 375);
    expect(Number(root.getAttribute('width'))).toBe(375);
    const xs = paths.flatMap((p) => [...(p.getAttribute('d') ?? '').matchAll(/(-?\d+(?:\.\d+)?),/g)].map((m) => Number(m[1])));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThanOrEqual(375 - 32);
  });

  it('says so when nothing matches, and when the basemap was not passed', () => {
    const none = exported(worldmapIndex(), { companies: ['nobody'] });
    expect(none.flat).toContain('No engagements match these filters.');
    expect(none.shapes.size).toBe(0);
    expect(none.texts).toContain('No counterpart countries under current filters');
    const bare = exported(worldmapIndex(), {}, 960, false);
    expect(bare.doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(bare.texts).toContain(NOT_LOADED_TEXT);
    expect(bare.paths).toHaveLength(0);
    expect(bare.texts).toContain('Home: Kazakhstan');
  });

  it('stays well-formed with &, <, quotes and no-break spaces in names', () => {
    const data = worldmapSmall();
    const un = data.actors.find((a) => a.id === 'un')!;
    un.name = 'U\u00a0N & <Friends> "Council"';
    const { doc, flat } = exported(indexDataset(data));
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(flat).toContain('U N & <Friends> "Council" (1)');
  });

  it('does not change its inputs', () => {
    const index = worldmapIndex();
    const data = structuredClone(index.data);
    const filtered = filterDataset(index, NO_FILTERS);
    const before = structuredClone(filtered);
    const russia = structuredClone(basemap.features.find((f) => f.properties.code === 'RUS'));
    const target = document.createElement('div');
    const app = mount(WorldMapSvg, { target, props: { index, filtered, width: 640, basemap } });
    flushSync();
    unmount(app);
    expect(index.data).toEqual(data);
    expect(filtered).toEqual(before);
    expect(basemap.features.find((f) => f.properties.code === 'RUS')).toEqual(russia);
  });
});
