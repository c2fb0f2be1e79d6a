import { describe, expect, it } from 'vitest';
import { geoContains } from 'd3-geo';
import type { Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import atlas50 from 'world-atlas/countries-50m.json';
import atlas110 from 'world-atlas/countries-110m.json';
import {
  basemapFromTopology,
  featuresByCode,
  flatBasemap,
  unwrapAntimeridian,
  unwrapRing,
  type CountryFeature,
} from '../../src/lib/geo/basemap';
import { anchorOf, normalizeLon } from '../../src/lib/geo/anchor';

/** Largest longitude jump between consecutive points of any ring: > 180 means a band. */
function maxLongitudeStep(f: CountryFeature): number {
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  let max = 0;
  for (const ring of polys.flat()) {
    for (let i = 1; i < ring.length; i++) {
      max = Math.max(max, Math.abs((ring[i]?.[0] ?? 0) - (ring[i - 1]?.[0] ?? 0)));
    }
  }
  return max;
}

const basemap = basemapFromTopology(atlas50 as unknown as Topology);
const basemap110 = basemapFromTopology(atlas110 as unknown as Topology);
const byCode = featuresByCode(basemap);
const one = (code: string): CountryFeature => {
  const f = byCode.get(code)?.[0];
  if (!f) throw new Error(`no feature for ${code}`);
  return f;
};

function steps(ring: Position[]): number[] {
  return ring.slice(1).map((p, i) => Math.abs((p[0] ?? 0) - (ring[i]?.[0] ?? 0)));
}

describe('basemapFromTopology', () => {
  it('keys features by ISO alpha-3 (the page names them through i18n by code) and keeps the atlas name', () => {
    expect(one('KAZ').properties).toEqual({ code: 'KAZ', name: 'Kazakhstan' });
    expect(one('USA').properties.name).toBe('United States of America');
    for (const code of ['EST', 'SVN', 'SGP', 'IRN', 'FJI', 'RUS']) expect(one(code).properties.code).toBe(code);
  });

  it('keeps areas without an ISO code, with their atlas name and no code', () => {
    const kosovo = basemap.features.find((f) => f.properties.name === 'Kosovo');
    expect(kosovo?.properties.code).toBeNull();
  });

  it('keeps every feature of a code (Australia has two in world-atlas)', () => {
    expect(byCode.get('AUS')).toHaveLength(2);
    expect(basemap.features).toHaveLength(atlas50.objects.countries.geometries.length);
  });

  it('says what to pass when the topology has no countries object', () => {
    expect(() => basemapFromTopology({ type: 'Topology', objects: {}, arcs: [] } as Topology)).toThrow(
      /countries.*world-atlas/,
    );
  });
});

describe('unwrapRing', () => {
  const cases: { name: string; ring: Position[]; expected: Position[] }[] = [
    {
      name: 'a ring far from 180° is unchanged',
      ring: [
        [10, 0],
        [20, 0],
        [20, 10],
        [10, 0],
      ],
      expected: [
        [10, 0],
        [20, 0],
        [20, 10],
        [10, 0],
      ],
    },
    {
      name: 'a ring stepping east across 180° continues past 180°',
      ring: [
        [179, -16],
        [-179, -16],
        [-179, -17],
        [179, -17],
        [179, -16],
      ],
      expected: [
        [179, -16],
        [181, -16],
        [181, -17],
        [179, -17],
        [179, -16],
      ],
    },
    {
      name: 'a ring that starts west of 180° stays near -180°',
      ring: [
        [-180, 71],
        [-179, 71.5],
        [-180, 72],
        [179.5, 71.5],
        [-180, 71],
      ],
      expected: [
        [-180, 71],
        [-179, 71.5],
        [-180, 72],
        [-180.5, 71.5],
        [-180, 71],
      ],
    },
    { name: 'an empty ring stays empty', ring: [], expected: [] },
  ];
  it.each(cases)('$name', ({ ring, expected }) => {
    const before = structuredClone(ring);
    expect(unwrapRing(ring)).toEqual(expected);
    expect(ring).toEqual(before);
  });

  it('closes a ring that goes round the south pole along the pole, in steps of at most 90°', () => {
    const ring: Position[] = [
      [-180, -70],
      [-90, -72],
      [0, -70],
      [90, -72],
      [179, -70],
      [-180, -70],
    ];
    const out = unwrapRing(ring);
    expect(out[0]).toEqual(out[out.length - 1]);
    expect(Math.max(...steps(out))).toBeLessThanOrEqual(90);
    expect(out.some((p) => p[1] === -90)).toBe(true);
    expect(out.some((p) => p[1] === 90)).toBe(false);
  });

  it('closes a ring round the north pole along the north pole', () => {
    const out = unwrapRing([
      [-180, 80],
      [0, 82],
      [179, 80],
      [-180, 80],
    ]);
    expect(out.filter((p) => p[1] === 90).length).toBeGreaterThan(1);
  });
});

describe('unwrapAntimeridian on the world-atlas features that cross 180°', () => {
  const crossing = [
    { code: 'RUS', atlas: basemap },
    { code: 'FJI', atlas: basemap },
    { code: 'ATA', atlas: basemap },
    { code: 'RUS', atlas: basemap110 },
    { code: 'FJI', atlas: basemap110 },
  ];
  it.each(crossing)('$code has no step over 180° once unwrapped', ({ code, atlas }) => {
    const f = atlas.features.find((x) => x.properties.code === code) as CountryFeature;
    const before = structuredClone(f);
    expect(maxLongitudeStep(f)).toBeGreaterThan(180);
    const out = unwrapAntimeridian(f);
    expect(maxLongitudeStep(out)).toBeLessThanOrEqual(180);
    expect(out.properties).toEqual(f.properties);
    expect(f).toEqual(before);
  });

  it('keeps every Russian and Fijian polygon and point, only moved by 360°', () => {
    for (const code of ['RUS', 'FJI']) {
      const f = one(code);
      const out = unwrapAntimeridian(f);
      const a = f.geometry.coordinates as Position[][][];
      const b = out.geometry.coordinates as Position[][][];
      expect(b.map((p) => p.map((r) => r.length))).toEqual(a.map((p) => p.map((r) => r.length)));
      const original = a.flat(2);
      const moved = b.flat(2).filter((p, i) => {
        const diff = Math.abs(normalizeLon((p[0] ?? 0) + 1e-9) - normalizeLon((original[i]?.[0] ?? 0) + 1e-9));
        return (diff > 1e-6 && Math.abs(diff - 360) > 1e-6) || p[1] !== original[i]?.[1];
      });
      expect(moved).toEqual([]);
    }
  });

  it('leaves a feature that does not cross 180° exactly as it was', () => {
    expect(unwrapAntimeridian(one('KAZ'))).toEqual(one('KAZ'));
  });
});

describe('flatBasemap', () => {
  it('has no band-drawing step in any feature, and leaves the spherical basemap for d3 untouched', () => {
    const russia = structuredClone(one('RUS'));
    const flat = flatBasemap(basemap);
    expect(flat.features.filter((f) => maxLongitudeStep(f) > 180).map((f) => f.properties.name)).toEqual([]);
    expect(flat.features).toHaveLength(basemap.features.length);
    expect(one('RUS')).toEqual(russia);
  });
});

describe('anchorOf', () => {
  const cases = [
    { code: 'USA', box: [-125, 24, -66, 50] },
    { code: 'RUS', box: [27, 41, 180, 82] },
    { code: 'FJI', box: [177, -19, 180, -16] },
    { code: 'CHL', box: [-76, -56, -66, -17] },
    { code: 'IRN', box: [44, 25, 64, 40] },
    { code: 'SGP', box: [103.6, 1.2, 104.1, 1.5] },
    { code: 'EST', box: [21.7, 57.5, 28.3, 59.7] },
    { code: 'SVN', box: [13.3, 45.4, 16.6, 46.9] },
  ];
  it.each(cases)('puts $code inside the country', ({ code, box }) => {
    const features = byCode.get(code) ?? [];
    const point = anchorOf(features);
    expect(point).toBeDefined();
    const [lon, lat] = point as [number, number];
    expect(lon).toBeGreaterThanOrEqual(box[0] as number);
    expect(lat).toBeGreaterThanOrEqual(box[1] as number);
    expect(lon).toBeLessThanOrEqual(box[2] as number);
    expect(lat).toBeLessThanOrEqual(box[3] as number);
    expect(features.some((f) => geoContains(f, [lon, lat]))).toBe(true);
  });

  it('has nothing to say about no features', () => {
    expect(anchorOf([])).toBeUndefined();
  });

  it('finds a point inside a crescent whose centroid lies outside it', () => {
    const crescent: CountryFeature = {
      type: 'Feature',
      properties: { code: 'XXX', name: 'Crescent' },
      // A "C" open to the east, wound clockwise as world-atlas winds exteriors for d3.
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [0, 10],
            [10, 10],
            [10, 8],
            [2, 8],
            [2, 2],
            [10, 2],
            [10, 0],
            [0, 0],
          ],
        ],
      },
    };
    const point = anchorOf([crescent]) as [number, number];
    expect(geoContains(crescent, point)).toBe(true);
  });
});
