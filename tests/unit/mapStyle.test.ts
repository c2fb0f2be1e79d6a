import { describe, expect, it } from 'vitest';
// MapLibre's own style validator and expression evaluator (a dependency of maplibre-gl): the
// style is checked the way MapLibre will read it, without WebGL.
import { createExpression, featureFilter, latest, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FilterSpecification, StylePropertySpecification } from 'maplibre-gl';
import type { Basemap } from '../../src/lib/geo/basemap';
import {
  codeFilter,
  countriesData,
  DEFAULT_PALETTE,
  fillColorExpression,
  hatchImage,
  hexToRgba,
  LAYERS,
  mapStyle,
  markerStrokeWidth,
  markersData,
  sitesData,
} from '../../src/views/WorldMap/style';
import type { SiteMark } from '../../src/views/WorldMap/sites';

const P = DEFAULT_PALETTE;

const square = (lon: number, lat: number) => ({
  type: 'Polygon' as const,
  coordinates: [[[lon, lat], [lon + 1, lat], [lon + 1, lat + 1], [lon, lat + 1], [lon, lat]]],
});
const basemap: Basemap = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { code: 'USA', name: 'United States' }, geometry: square(-100, 40) },
    { type: 'Feature', properties: { code: 'KAZ', name: 'Kazakhstan' }, geometry: square(70, 48) },
    { type: 'Feature', properties: { code: null, name: 'Kosovo' }, geometry: square(21, 42) },
  ],
};
const site: SiteMark = { key: 'Tengiz|53.4|46.1', name: 'Tengiz', lon: 53.4, lat: 46.1, disclosedUsd: 0, undisclosed: true, radius: 6, deals: [] };

// The reference JSON's literal types are wider than the spec type it describes.
const spec = (property: unknown) => property as StylePropertySpecification;

/** The colour MapLibre would paint a feature with this code. */
function paint(expr: unknown, code: string): unknown {
  const parsed = createExpression(expr, 'fill-color', spec(latest.paint_fill['fill-color']));
  if (parsed.result !== 'success') throw new Error(parsed.value.map((e) => e.message).join('; '));
  const c = parsed.value.evaluate({ zoom: 1 }, { type: 3, properties: { code } }) as { toString(): string };
  return c.toString();
}

function passes(filter: FilterSpecification, code: string): boolean {
  return featureFilter(filter, 'filter').filter({ zoom: 1 }, { type: 3, properties: { code } });
}

describe('fillColorExpression', () => {
  const fills = new Map([
    ['USA', '#08306b'],
    ['IRN', '#6baed6'],
  ]);
  const cases: { name: string; fills: Map<string, string>; home: string; expected: unknown }[] = [
    { name: 'nothing to colour: the neutral land colour', fills: new Map(), home: '', expected: P.land },
    { name: 'home only', fills: new Map(), home: 'KAZ', expected: ['match', ['get', 'code'], 'KAZ', P.home, P.land] },
    {
      name: 'home first, then each counted country, then neutral',
      fills,
      home: 'KAZ',
      expected: ['match', ['get', 'code'], 'KAZ', P.home, 'USA', '#08306b', 'IRN', '#6baed6', P.land],
    },
    {
      name: 'home is never coloured as a counterpart',
      fills: new Map([['KAZ', '#000000']]),
      home: 'KAZ',
      expected: ['match', ['get', 'code'], 'KAZ', P.home, P.land],
    },
  ];
  it.each(cases)('$name', ({ fills: input, home, expected }) => {
    const before = [...input];
    expect(fillColorExpression(input, home, P)).toEqual(expected);
    expect([...input]).toEqual(before);
  });

  it('paints each feature by its code, as MapLibre evaluates it', () => {
    const expr = fillColorExpression(fills, 'KAZ', P);
    expect(paint(expr, 'USA')).toBe('rgba(8,48,107,1)');
    expect(paint(expr, 'IRN')).toBe('rgba(107,174,214,1)');
    expect(paint(expr, 'KAZ')).toBe(paint(P.home, 'KAZ'));
    expect(paint(expr, 'FRA')).toBe(paint(P.land, 'FRA'));
    expect(paint(expr, '')).toBe(paint(P.land, ''));
  });
});

describe('codeFilter and markerStrokeWidth', () => {
  const cases = [
    { codes: [], code: 'USA', expected: false },
    { codes: ['USA'], code: 'USA', expected: true },
    { codes: ['USA', 'IRN'], code: 'IRN', expected: true },
    { codes: ['USA'], code: '', expected: false },
  ];
  it.each(cases)('$codes contains "$code": $expected', ({ codes, code, expected }) => {
    expect(passes(codeFilter(codes), code)).toBe(expected);
  });

  it('copies the list, so a later change to the caller’s array does not change the filter', () => {
    const codes = ['USA'];
    const filter = codeFilter(codes);
    codes.push('IRN');
    expect(filter).toEqual(['in', ['get', 'code'], ['literal', ['USA']]]);
  });

  it('gives chosen tiny countries a thick dot outline', () => {
    const expr = markerStrokeWidth(['SGP']);
    const parsed = createExpression(expr, 'w', spec(latest.paint_circle['circle-stroke-width']));
    if (parsed.result !== 'success') throw new Error('invalid');
    expect(parsed.value.evaluate({ zoom: 1 }, { type: 1, properties: { code: 'SGP' } })).toBe(2);
    expect(parsed.value.evaluate({ zoom: 1 }, { type: 1, properties: { code: 'MLT' } })).toBe(0.5);
  });
});

describe('mapStyle', () => {
  const input = () => ({
    countries: countriesData(basemap),
    sites: sitesData([site]),
    markers: markersData([{ code: 'SGP', name: 'Singapore', lonLat: [103.8, 1.35] as [number, number] }]),
    fills: new Map([['USA', '#08306b']]),
    home: 'KAZ',
    selected: ['USA'],
    hovered: 'IRN',
    palette: P,
  });

  it('is a valid, fully local MapLibre style: GeoJSON sources, no glyphs, sprite or text', () => {
    const style = mapStyle(input());
    expect(validateStyleMin(style)).toEqual([]);
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(Object.values(style.sources).map((s) => s.type)).toEqual(['geojson', 'geojson', 'geojson']);
    expect(style.layers.filter((l) => l.type === 'symbol')).toEqual([]);
  });

  it('draws the layers in an order where outlines and sites stay on top', () => {
    expect(mapStyle(input()).layers.map((l) => l.id)).toEqual([
      LAYERS.background,
      LAYERS.fill,
      LAYERS.home,
      LAYERS.border,
      LAYERS.hover,
      LAYERS.selected,
      LAYERS.markers,
      LAYERS.sites,
    ]);
  });

  it('outlines the chosen and the hovered countries, and hatches home', () => {
    const layers = new Map(mapStyle(input()).layers.map((l) => [l.id, l]));
    const filterOf = (id: string) => (layers.get(id) as { filter: FilterSpecification }).filter;
    expect(passes(filterOf(LAYERS.selected), 'USA')).toBe(true);
    expect(passes(filterOf(LAYERS.selected), 'IRN')).toBe(false);
    expect(passes(filterOf(LAYERS.hover), 'IRN')).toBe(true);
    expect(passes(filterOf(LAYERS.home), 'KAZ')).toBe(true);
    expect(passes(filterOf(LAYERS.home), 'USA')).toBe(false);
  });

  it('does not change its input', () => {
    const i = input();
    const before = structuredClone({ ...i, fills: [...i.fills] });
    mapStyle(i);
    expect({ ...i, fills: [...i.fills] }).toEqual(before);
  });
});

describe('source data', () => {
  it('turns a missing code into "" so expressions compare strings only', () => {
    expect(countriesData(basemap).features.map((f) => f.properties)).toEqual([
      { code: 'USA', name: 'United States' },
      { code: 'KAZ', name: 'Kazakhstan' },
      { code: '', name: 'Kosovo' },
    ]);
    expect(basemap.features[2]?.properties.code).toBeNull();
  });

  it('puts sites and tiny-country dots at their longitude and latitude', () => {
    expect(sitesData([site]).features[0]).toEqual({
      type: 'Feature',
      properties: { key: site.key, radius: 6, undisclosed: true },
      geometry: { type: 'Point', coordinates: [53.4, 46.1] },
    });
    expect(markersData([{ code: 'SGP', name: 'Singapore', lonLat: [103.8, 1.35] }]).features[0]?.geometry.coordinates).toEqual([103.8, 1.35]);
  });
});

describe('hatchImage and hexToRgba', () => {
  const colours = [
    { hex: '#c96f00', expected: [201, 111, 0, 255] },
    { hex: '#fff', expected: [255, 255, 255, 255] },
    { hex: ' #1A1A1A ', expected: [26, 26, 26, 255] },
    { hex: 'rgb(1,2,3)', expected: [0, 0, 0, 255] },
  ];
  it.each(colours)('$hex → $expected', ({ hex, expected }) => expect(hexToRgba(hex)).toEqual(expected));

  it('draws diagonal stripes that tile seamlessly', () => {
    const img = hatchImage(8, '#000000', '#ffffff', 2);
    expect(img.width).toBe(8);
    expect(img.data).toHaveLength(8 * 8 * 4);
    const at = (x: number, y: number) => [...img.data.slice((y * 8 + x) * 4, (y * 8 + x) * 4 + 4)];
    expect(at(0, 0)).toEqual([0, 0, 0, 255]);
    expect(at(4, 0)).toEqual([255, 255, 255, 255]);
    expect(at(7, 1)).toEqual([0, 0, 0, 255]);
    // Stripes run along x + y = constant, so column 7 matches column 0 shifted by one row.
    for (let y = 0; y < 8; y++) expect(at(7, y)).toEqual(at(0, (y + 7) % 8));
  });
});
