// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-50m.json';
import { basemapFromTopology } from '../../src/lib/geo/basemap';
import { coveringSpan, fitFrame, type MapFocus } from '../../src/views/WorldMap/framing';
import {
  MAP_ASPECT,
  MAX_ZOOM,
  mapGeometry,
  mapHeight,
  missingCodes,
  prepareMapGeometry,
  TINY_AREA,
  WORLD,
} from '../../src/views/WorldMap/geometry';
import { screenOf, tinyDots } from '../../src/views/WorldMap/mapScreen';
import { legendLayout, LEGEND_FONT } from '../../src/views/WorldMap/legend';
import { mapModel, mapScales } from '../../src/views/WorldMap/model';
import { textWidth } from '../../src/lib/basics/textMeasure';
import { bundledDataset, exportInput, fixture, indexOf } from '../helpers';

const basemap = basemapFromTopology(atlas as unknown as Topology);
const WIDTH = 928;
const geometry = mapGeometry(basemap, WIDTH);

/** The x range of each subpath ("M…Z") of a path. */
function subpathSpans(d: string): number[] {
  return d
    .split('M')
    .filter(Boolean)
    .map((part) => {
      const xs = [...part.matchAll(/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g)].map((m) => Number(m[1]));
      return Math.max(...xs) - Math.min(...xs);
    });
}

describe('prepareMapGeometry', () => {
  it('makes, a slice per pause, the geometry mapGeometry then hands out: the same as made at once', async () => {
    const width = 613; // a width no other test draws at
    const fresh = basemapFromTopology(atlas as unknown as Topology);
    let pauses = 0;
    await prepareMapGeometry(fresh, width, async () => void pauses++);
    expect(pauses).toBeGreaterThan(5); // ~250 countries, 24 a slice, then the tiny ones' points
    const prepared = mapGeometry(fresh, width);
    expect(mapGeometry(fresh, width)).toBe(prepared);
    // Made anew (another basemap object, so nothing kept applies): the same drawing.
    const other = mapGeometry(basemapFromTopology(atlas as unknown as Topology), width);
    expect(other).not.toBe(prepared);
    expect(prepared.shapes).toEqual(other.shapes);
    expect(prepared.sphere).toBe(other.sphere);
    for (const s of prepared.shapes.filter((s) => s.code && s.area < TINY_AREA))
      expect(prepared.anchor(s.code!)).toEqual(other.anchor(s.code!));
  });

  it('keeps the last few geometries only, and never mixes basemaps or widths', () => {
    const a = mapGeometry(basemap, 500);
    expect(mapGeometry(basemap, 500)).toBe(a);
    expect(mapGeometry(basemap, 501).width).toBe(501);
    for (const w of [502, 503, 504, 505]) mapGeometry(basemap, w);
    const again = mapGeometry(basemap, 500);
    expect(again).not.toBe(a); // pushed out by newer ones, made again
    expect(again.shapes).toEqual(a.shapes);
  });
});

describe('mapGeometry', () => {
  it('fits the globe in a box MAP_ASPECT times wider than high', () => {
    expect(geometry.height).toBe(mapHeight(WIDTH));
    expect(geometry.height).toBe(Math.round(WIDTH / MAP_ASPECT));
    const xs = [...geometry.sphere.matchAll(/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g)];
    for (const [, x, y] of xs) {
      expect(Number(x)).toBeGreaterThanOrEqual(0);
      expect(Number(x)).toBeLessThanOrEqual(WIDTH);
      expect(Number(y)).toBeGreaterThanOrEqual(0);
      expect(Number(y)).toBeLessThanOrEqual(geometry.height);
    }
  });

  it.each(['RUS', 'FJI', 'USA', 'NZL'])('draws %s without a band across the map (d3 clips at 180°)', (code) => {
    const shape = geometry.byCode.get(code)!;
    expect(shape.d.length).toBeGreaterThan(0);
    for (const span of subpathSpans(shape.d)) expect(span).toBeLessThan(WIDTH / 2);
  });

  it('draws a country once, whatever the number of its features (Australia has two)', () => {
    const codes = geometry.shapes.map((s) => s.code).filter(Boolean);
    expect(new Set(codes).size).toBe(codes.length);
    expect(geometry.byCode.has('AUS')).toBe(true);
  });

  it('stays a light file: points closer than half a pixel are dropped (the page zooms it up to MAX_ZOOM times)', () => {
    const total = geometry.shapes.reduce((n, s) => n + s.d.length, 0);
    expect(total).toBeLessThan(480_000);
  });

  it('gives tiny counterparts a dot inside them, and large ones none', () => {
    const dots = tinyDots(geometry, ['SGP', 'USA', 'BHR', 'XXX']);
    expect(dots.map((d) => d.code)).toEqual(['SGP', 'BHR']);
    const singapore = geometry.project([103.8, 1.35])!;
    expect(Math.hypot(dots[0]!.x - singapore[0], dots[0]!.y - singapore[1])).toBeLessThan(3);
  });

  it('names the codes the basemap has neither a shape nor a point for (Tuvalu and Gibraltar have points)', () => {
    expect(missingCodes(basemap, ['USA', 'TUV', 'SGP', 'GIB', 'XKX'])).toEqual(['XKX']);
  });
});

describe('legendLayout', () => {
  const modelOf = (o: Parameters<typeof exportInput>[1] = {}) => {
    const input = exportInput(indexOf(bundledDataset()), o);
    return { input, model: mapModel(input, mapScales(input.index, input.options, 6)) };
  };

  it.each([928, 343])('keeps every key inside %i px, in rows that do not overlap', (width) => {
    const { input, model } = modelOf({ options: { cumulative: true }, filters: { countries: ['USA'] } });
    const legend = legendLayout(model, width, input.i18n, 100);
    expect(legend.top).toBe(100);
    for (const item of legend.items) {
      expect(item.textX + textWidth(item.label, LEGEND_FONT, item.symbol ? 400 : 700)).toBeLessThanOrEqual(
        width + 0.01,
      );
      expect(item.y).toBeGreaterThan(legend.top);
      expect(item.y).toBeLessThan(legend.bottom);
    }
    const labels = legend.items.map((i) => i.label);
    expect(labels).toEqual(
      expect.arrayContaining([
        'Engagements per country under these filters',
        '6–10',
        'No engagements',
        'Home: Kazakhstan',
        'Selected',
        'Deal sites, sized by disclosed value',
        '$230M',
        'value undisclosed',
      ]),
    );
  });

  it('wraps onto more rows when narrow', () => {
    const { input, model } = modelOf();
    const wide = legendLayout(model, 928, input.i18n, 0);
    const narrow = legendLayout(model, 200, input.i18n, 0);
    expect(narrow.bottom).toBeGreaterThan(wide.bottom);
  });

  it('has no site keys when no site is drawn, and no selection key when nothing is selected', () => {
    const input = exportInput(indexOf(fixture('worldmap-small.json')), { filters: { years: [2023] }, options: {} });
    const model = mapModel(
      { ...input, filtered: { ...input.filtered, d: new Uint32Array(0), deals: [] } },
      mapScales(input.index, input.options, 6),
    );
    const labels = legendLayout(model, 928, input.i18n, 0).items.map((i) => i.label);
    expect(labels).not.toContain('Deal sites, sized by disclosed value');
    expect(labels).not.toContain('Selected');
  });
});

describe('coveringSpan: the shortest stretch of longitude holding every span', () => {
  it.each([
    { spans: [[10, 20]], expected: [10, 20] },
    {
      spans: [
        [10, 20],
        [40, 50],
      ],
      expected: [10, 50],
    },
    // Fiji (177°E) and Samoa (172°W): across 180°, 15° rather than 349°.
    {
      spans: [
        [177, 179],
        [-172, -171],
      ],
      expected: [177, 189],
    },
    // Kazakhstan and the United States: round the east (246°) beats round the west (255°).
    {
      spans: [
        [46.6, 87.3],
        [-168, -67],
      ],
      expected: [46.6, 293],
    },
    { spans: [], expected: undefined },
  ] as { spans: [number, number][]; expected: [number, number] | undefined }[])(
    '$spans → $expected',
    ({ spans, expected }) => {
      const copy = structuredClone(spans);
      const got = coveringSpan(spans);
      if (!expected) expect(got).toBeUndefined();
      else expect(got!.map((v) => Math.round(v * 10) / 10)).toEqual(expected);
      expect(spans).toEqual(copy);
    },
  );
});

describe('coveringSpan agrees with trying every start against every span', () => {
  /** The definition, pair by pair. */
  const byPairs = (spans: [number, number][]) => {
    const norm = spans.map(([w, e]): [number, number] => {
      const west = ((((w + 180) % 360) + 360) % 360) - 180;
      return [west, west + Math.min(360, Math.max(0, e - w))];
    });
    let best: [number, number] | undefined;
    for (const [start] of norm) {
      let end = start;
      for (const [w, e] of norm) end = Math.max(end, w >= start ? e : e + 360);
      if (!best || end - start < best[1] - best[0]) best = [start, end];
    }
    return best;
  };
  it('on 200 seeded random sets of up to 300 spans', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    for (let run = 0; run < 200; run++) {
      const spans = Array.from({ length: 1 + Math.floor(random() * 300) }, (): [number, number] => {
        const w = Math.round(random() * 360 - 180);
        return [w, w + Math.round(random() * 40)];
      });
      expect(coveringSpan(spans)).toEqual(byPairs(spans));
    }
  });
});

describe('fitFrame: the map framed on what was met', () => {
  const W = 928;
  /** Every country's main shape and every point lies inside the box, drawn in the frame. */
  function inside(focus: MapFocus) {
    const frame = fitFrame(basemap, focus, W);
    const screen = screenOf(mapGeometry(basemap, W, { ...WORLD, rotate: frame.rotate }), frame);
    for (const p of focus.points) {
      const [x, y] = screen.project(p)!;
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(W);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(mapHeight(W));
    }
    for (const code of focus.codes) {
      const [x, y] = screen.anchor(code)!;
      expect(x, code).toBeGreaterThan(0);
      expect(x, code).toBeLessThan(W);
      expect(y, code).toBeGreaterThan(0);
      expect(y, code).toBeLessThan(mapHeight(W));
    }
    return frame;
  }

  it.each([
    {
      name: 'one country alone is not blown up past MAX_ZOOM',
      focus: { codes: ['KAZ'], points: [] },
      k: [MAX_ZOOM, MAX_ZOOM],
      rotate: 0,
    },
    {
      name: 'Luxembourg and Malta alone neither',
      focus: { codes: ['LUX', 'MLT'], points: [] },
      k: [MAX_ZOOM, MAX_ZOOM],
      rotate: 0,
    },
    {
      name: 'Europe and Kazakhstan zoom in',
      focus: { codes: ['KAZ', 'EST', 'SVN', 'HUN'], points: [] },
      k: [2.5, MAX_ZOOM],
      rotate: 0,
    },
    {
      name: 'Kazakhstan and the United States need most of the world',
      focus: { codes: ['KAZ', 'USA'], points: [] },
      k: [1.2, 2],
      rotate: 0,
    },
    {
      name: 'the Pacific across 180°: the world turns',
      focus: { codes: ['FJI', 'WSM', 'TUV'], points: [] },
      k: [2, MAX_ZOOM],
      rotate: 180,
    },
    {
      name: 'a point far away widens the frame',
      focus: { codes: ['KAZ'], points: [[-70, -33] as [number, number]] },
      k: [1, 1.5],
      rotate: 0,
    },
  ])('$name', ({ focus, k, rotate }) => {
    const frame = inside(focus);
    expect(frame.k).toBeGreaterThanOrEqual(k[0]!);
    expect(frame.k).toBeLessThanOrEqual(k[1]!);
    // Turned to the middle of the region, to the nearest 5°.
    expect(Math.abs(frame.rotate)).toBeGreaterThanOrEqual(rotate - 10);
    expect(Math.abs(frame.rotate)).toBeLessThanOrEqual(rotate);
  });

  it('is the whole world when nothing is on the basemap', () => {
    expect(fitFrame(basemap, { codes: ['XXX'], points: [] }, W)).toEqual(WORLD);
  });

  it('draws Russia and Fiji whole in a turned world: no subpath spans the map', () => {
    const turned = mapGeometry(basemap, W, { ...WORLD, rotate: 180 });
    for (const code of ['RUS', 'FJI']) {
      for (const span of subpathSpans(turned.byCode.get(code)!.d)) expect(span, code).toBeLessThan(W / 2);
    }
  });

  it('gives a country a dot by its size on screen: Estonia is a dot at world scale on a phone, a shape when zoomed', () => {
    const phone = mapGeometry(basemap, 343);
    // Tuvalu has no shape in the basemap: it gets a dot at its point.
    expect(tinyDots(phone, ['EST', 'LUX', 'MLT', 'SGP', 'TUV', 'KAZ']).map((d) => d.code)).toEqual([
      'EST',
      'LUX',
      'MLT',
      'SGP',
      'TUV',
    ]);
    const zoomed = screenOf(phone, { rotate: 0, k: 4, x: -600, y: -50 });
    expect(tinyDots(phone, ['EST', 'LUX'], zoomed).map((d) => d.code)).toEqual(['LUX']);
  });
});
