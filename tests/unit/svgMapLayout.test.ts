import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-50m.json';
import { basemapFromTopology } from '../../src/lib/geo/basemap';
import { svgMapLayout, TINY_AREA } from '../../src/views/WorldMap/svgLayout';

const basemap = basemapFromTopology(atlas as unknown as Topology);

/** Horizontal extent of each closed ring ("M…Z") of an SVG path. */
function ringWidths(d: string): number[] {
  return d
    .split('M')
    .filter(Boolean)
    .map((ring) => {
      const xs = [...ring.matchAll(/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g)].map((m) => Number(m[1]));
      return Math.max(...xs) - Math.min(...xs);
    });
}

describe('svgMapLayout', () => {
  const sizes = [
    { width: 375, height: 260 },
    { width: 640, height: 320 },
    { width: 1280, height: 560 },
  ];

  it.each(sizes)('fits the world inside $width × $height', ({ width, height }) => {
    const layout = svgMapLayout(basemap, width, height);
    const [x0, y0] = layout.project([-180, 0]) ?? [NaN, NaN];
    const [x1] = layout.project([180, 0]) ?? [NaN, NaN];
    const [, top] = layout.project([0, 90]) ?? [NaN, NaN];
    const [, bottom] = layout.project([0, -90]) ?? [NaN, NaN];
    expect(x0).toBeGreaterThanOrEqual(0);
    expect(x1).toBeLessThanOrEqual(width);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(bottom).toBeLessThanOrEqual(height);
    // Fitted: the globe fills the width or the height, whichever runs out first.
    expect(Math.max((x1 - x0) / width, (bottom - top) / height)).toBeGreaterThan(0.97);
    expect(y0).toBeCloseTo(height / 2, 0);
    for (const c of layout.countries) expect(c.d).not.toMatch(/NaN/);
  });

  it('draws one shape per country (Australia’s two features become one)', () => {
    const layout = svgMapLayout(basemap, 640, 320);
    expect(layout.countries.filter((c) => c.code === 'AUS')).toHaveLength(1);
    const codes = layout.countries.map((c) => c.code).filter(Boolean);
    expect(new Set(codes).size).toBe(codes.length);
    expect(layout.countries.find((c) => c.code === 'KAZ')?.name).toBe('Kazakhstan');
    expect(layout.countries.some((c) => c.code === null && c.name === 'Kosovo')).toBe(true);
  });

  it.each(['RUS', 'FJI', 'USA', 'KIR', 'NZL'])('draws no band across the map for %s', (code) => {
    const width = 1000;
    const layout = svgMapLayout(basemap, width, 500);
    const shape = layout.countries.find((c) => c.code === code);
    expect(shape).toBeDefined();
    expect(Math.max(...ringWidths(shape!.d))).toBeLessThan(width * 0.6);
  });

  it.each(sizes)('flags countries too small to find at $width px for a marker', ({ width, height }) => {
    const layout = svgMapLayout(basemap, width, height);
    const tiny = (code: string) => (layout.countries.find((c) => c.code === code)?.area ?? Infinity) < TINY_AREA;
    expect(tiny('SGP')).toBe(true);
    expect(tiny('MLT')).toBe(true);
    expect(tiny('RUS')).toBe(false);
    expect(tiny('KAZ')).toBe(false);
    expect(tiny('FRA')).toBe(false);
    // Estonia is a few pixels wide on a phone: it gets a marker there.
    if (width === 375) expect(tiny('EST')).toBe(true);
  });

  it('places countries where they are: the United States west of Kazakhstan, Fiji at the east edge', () => {
    const layout = svgMapLayout(basemap, 640, 320);
    const usa = layout.anchor('USA');
    const kaz = layout.anchor('KAZ');
    const fji = layout.anchor('FJI');
    expect(usa![0]).toBeLessThan(kaz![0]);
    expect(usa![1]).toBeGreaterThan(kaz![1] - 40);
    expect(fji![0]).toBeGreaterThan(600);
    expect(layout.anchor('XXX')).toBeUndefined();
  });

  it('does not change the basemap', () => {
    const russia = structuredClone(basemap.features.find((f) => f.properties.code === 'RUS'));
    svgMapLayout(basemap, 640, 320);
    expect(basemap.features.find((f) => f.properties.code === 'RUS')).toEqual(russia);
  });
});
