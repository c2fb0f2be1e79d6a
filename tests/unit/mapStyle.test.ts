// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createPropertyExpression, latest, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json';
import { basemapFromTopology, flatBasemap } from '../../src/lib/geo/basemap';
import { DARK, LIGHT } from '../../src/lib/basics/theme';
import { mapModel, mapScales } from '../../src/views/WorldMap/model';
import { siteRadius } from '../../src/views/WorldMap/sites';
import * as featureStates from '../../src/views/WorldMap/featureStates';
import * as maplibrePaint from '../../src/views/WorldMap/maplibrePaint';
import * as maplibreView from '../../src/views/WorldMap/maplibreView';
import * as style from '../../src/views/WorldMap/style';
import { exportInput, fixture, indexOf, type InputOptions } from '../helpers';

// The MapLibre map's pure parts, wherever they live.
const S = { ...style, ...featureStates, ...maplibrePaint, ...maplibreView };

const basemap = basemapFromTopology(atlas as unknown as Topology);
const modelOf = (o: InputOptions = {}) => {
  const input = exportInput(indexOf(fixture('worldmap-small.json')), o);
  return mapModel(input, mapScales(input.index, input.options, 6));
};

function styleOf(theme = LIGHT, o: InputOptions = {}) {
  const model = modelOf(o);
  return S.mapStyle({
    countries: S.countriesData(flatBasemap(basemap)),
    markers: S.markersData([{ code: 'SGP', lonLat: [103.8, 1.35] }]),
    sites: S.sitesData(model.sites, 640),
    home: model.home,
    theme,
  });
}

/** Evaluates a paint value as MapLibre would, for a feature with these properties and this state. */
function paint(
  layer: string,
  name: string,
  value: unknown,
  properties: Record<string, unknown> = {},
  state: Record<string, unknown> = {},
) {
  const spec = (latest as unknown as Record<string, Record<string, unknown>>)[`paint_${layer}`]![name];
  const parsed = createPropertyExpression(value, name, spec as never);
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  return parsed.value.evaluate({ zoom: 1 }, { type: 'Polygon', properties } as never, state as never);
}
const hex = (c: { r: number; g: number; b: number }) =>
  '#' +
  [c.r, c.g, c.b]
    .map((v) =>
      Math.round(v * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('');

describe('mapStyle', () => {
  it.each([LIGHT, DARK])('is a valid MapLibre style, fully local ($name)', (theme) => {
    const style = styleOf(theme);
    expect(validateStyleMin(style)).toEqual([]);
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    for (const source of Object.values(style.sources)) {
      expect(source.type).toBe('geojson');
      expect(typeof (source as { data: unknown }).data).toBe('object');
    }
    expect(style.layers.some((l) => l.type === 'symbol')).toBe(false);
    expect(style.transition).toEqual({ duration: 0, delay: 0 });
  });

  it('keys countries by alpha-3, areas without a code by ""', () => {
    const data = S.countriesData(flatBasemap(basemap));
    expect(data.features.some((f) => f.properties.code === 'IRN')).toBe(true);
    expect(data.features.every((f) => typeof f.properties.code === 'string')).toBe(true);
    expect(styleOf().sources[S.SOURCES.countries]).toMatchObject({ promoteId: 'code' });
  });

  it('fills a country with the colour in its feature state, else land', () => {
    const fill = S.fillColour(LIGHT);
    expect(hex(paint('fill', 'fill-color', fill, { code: 'IRN' }, { fill: '#08306b' }))).toBe('#08306b');
    expect(hex(paint('fill', 'fill-color', fill, { code: 'IRN' }, { fill: null }))).toBe(LIGHT.map.land);
    expect(hex(paint('fill', 'fill-color', fill, { code: 'IRN' }, {}))).toBe(LIGHT.map.land);
  });

  it('outlines selected and hovered countries through their feature state, and shows tiny dots only while shown', () => {
    const layers = Object.fromEntries(styleOf().layers.map((l) => [l.id, l as { paint: Record<string, unknown> }]));
    const selected = layers[S.LAYERS.selected]!.paint['line-opacity'];
    expect(paint('line', 'line-opacity', selected, {}, { selected: true })).toBe(1);
    expect(paint('line', 'line-opacity', selected, {}, {})).toBe(0);
    expect(paint('line', 'line-opacity', layers[S.LAYERS.hover]!.paint['line-opacity'], {}, { hover: true })).toBe(1);
    const dot = layers[S.LAYERS.markers]!.paint['circle-opacity'];
    expect(paint('circle', 'circle-opacity', dot, {}, { shown: true })).toBe(1);
    expect(paint('circle', 'circle-opacity', dot, {}, { shown: false })).toBe(0);
    expect(hex(paint('line', 'line-color', layers[S.LAYERS.selected]!.paint['line-color']))).toBe(LIGHT.map.selected);
  });

  it('hatches home only', () => {
    const home = styleOf().layers.find((l) => l.id === S.LAYERS.home)!;
    expect(home).toMatchObject({ filter: ['==', ['get', 'code'], 'KAZ'], paint: { 'fill-pattern': S.HATCH_IMAGE } });
  });

  it('sizes sites as the SVG map does, rings where undisclosed', () => {
    const model = modelOf();
    const sites = S.sitesData(model.sites, 640);
    expect(sites.features.map((f) => f.properties)).toEqual(
      model.sites.map((m) => ({
        key: m.key,
        r: siteRadius(m.size, !m.sum, 640),
        ring: !m.sum,
        approximate: m.approximate,
      })),
    );
  });
});

describe('feature states: a filter toggle sends only what changed', () => {
  it('sets every country once at first, then only the ones whose colour or selection changed', () => {
    // No country is tiny at this zoom (dots are the next test's).
    const large = () => false;
    const all = S.countryStates(modelOf(), large);
    expect(S.stateChanges(new Map(), all)).toHaveLength(all.size);
    expect(S.stateChanges(all, all)).toEqual([]);
    const iran = S.countryStates(modelOf({ filters: { countries: ['IRN'] } }), large);
    // Iran becomes selected; every other country loses its colour (no engagement under the filter).
    const changed = Object.fromEntries(S.stateChanges(all, iran));
    expect(changed.IRN).toMatchObject({ selected: true, fill: all.get('IRN')!.fill });
    expect(changed.USA).toEqual({ fill: null, selected: false, shown: false });
    const in2025 = S.countryStates(modelOf({ filters: { years: [2025] } }), large);
    // 2025: the United States drops from 3 to 1 engagement and Iran to none; the others keep their class.
    expect(
      S.stateChanges(all, in2025)
        .map(([code]) => code)
        .sort(),
    ).toEqual(['IRN', 'USA']);
  });

  it('shows the dot of every listed country too small to see, coloured or not, and only those', () => {
    const tiny = (code: string) => code === 'EST' || code === 'IRN';
    const states = S.countryStates(modelOf({ filters: { countries: ['USA'] } }), tiny);
    expect(states.get('EST')).toMatchObject({ shown: true, fill: null });
    expect(states.get('USA')).toMatchObject({ shown: false, selected: true });
  });

  it('resets countries that leave the list', () => {
    const before = new Map([['FRA', { fill: '#000', selected: true, shown: true }]]);
    expect(S.stateChanges(before, new Map())).toEqual([['FRA', { fill: null, selected: false, shown: false }]]);
  });
});

describe('a theme switch', () => {
  it('changes paint properties only, and only those that differ', () => {
    const changes = S.paintChanges(S.themedLayers('KAZ', LIGHT), S.themedLayers('KAZ', DARK));
    const names = changes.map(([layer, name]) => `${layer}:${name}`);
    expect(names).toEqual(
      expect.arrayContaining([
        `${S.LAYERS.background}:background-color`,
        `${S.LAYERS.fill}:fill-color`,
        `${S.LAYERS.selected}:line-color`,
      ]),
    );
    expect(names).not.toContain(`${S.LAYERS.fill}:fill-opacity`);
    expect(S.paintChanges(S.themedLayers('KAZ', LIGHT), S.themedLayers('KAZ', LIGHT))).toEqual([]);
  });
});

describe('options and images', () => {
  it.each([
    { width: 512, zoom: 0 },
    { width: 1024, zoom: 1 },
    { width: 375, zoom: Math.log2(375 / 512) },
    { width: 0, zoom: Math.log2(640 / 512) },
  ])('shows one world across $width px', ({ width, zoom }) => {
    expect(S.homeView(width)).toEqual({ center: [11, 22], zoom, minZoom: zoom });
  });

  it('repaints once per change: no fades, no rotation, no attribution control, a translated name', () => {
    expect(S.mapOptions(800, 'Weltkarte')).toMatchObject({
      fadeDuration: 0,
      dragRotate: false,
      attributionControl: false,
      locale: { 'Map.Title': 'Weltkarte' },
    });
  });

  it('makes a striped tile for home', () => {
    const image = S.hatchImage(4, '#ff0000', '#0000ff', 1);
    expect([image.width, image.height, image.data.length]).toEqual([4, 4, 64]);
    expect([...image.data.slice(0, 4)]).toEqual([255, 0, 0, 255]);
    expect([...image.data.slice(4, 8)]).toEqual([0, 0, 255, 255]);
    expect(S.hexToRgba('#abc')).toEqual([170, 187, 204, 255]);
    expect(S.hexToRgba('rgb(1,2,3)')).toEqual([0, 0, 0, 255]);
  });
});

describe('tinyZoom: the zoom below which a country is a dot on the MapLibre map', () => {
  // Web Mercator at zoom z: the world is 512·2^z px wide; a spherical area A at latitude φ covers
  // A·(512·2^z / 2π)² / cos²φ px².
  const px = (area: number, lat: number, z: number) =>
    (area * ((512 * 2 ** z) / (2 * Math.PI)) ** 2) / Math.cos((lat * Math.PI) / 180) ** 2;
  it.each([
    { name: 'Luxembourg', area: 6.4e-5, lat: 49.8, lon: 0.8, latSpan: 0.6 },
    { name: 'Malta', area: 7.8e-6, lat: 35.9, lon: 0.3, latSpan: 0.2 },
    { name: 'Kazakhstan', area: 0.0668, lat: 48, lon: 40.7, latSpan: 14.8 },
  ])('$name is tiny exactly below its zoom by area or by side', ({ area, lat, lon, latSpan }) => {
    const z = S.tinyZoom(area, lat, lon, latSpan, 64, 6);
    // Just above it, the country is at least 64 px² and 6 px wide and high.
    const above = z + 0.01;
    expect(px(area, lat, above)).toBeGreaterThanOrEqual(64 * 0.99);
    expect((lon * 512 * 2 ** above) / 360).toBeGreaterThanOrEqual(6 * 0.99);
    // Just below it, one of the two rules makes it tiny.
    const below = z - 0.01;
    const small =
      px(area, lat, below) < 64 ||
      (lon * 512 * 2 ** below) / 360 < 6 ||
      (latSpan * 512 * 2 ** below) / 360 / Math.cos((lat * Math.PI) / 180) < 6;
    expect(small).toBe(true);
  });
});
