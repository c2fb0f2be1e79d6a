import { describe, expect, it } from 'vitest';
import { hoverTargetOf, mapOptions, PICK_LAYERS, type PickedFeature } from '../../src/views/WorldMap/maplibre';
import { paletteFromTheme } from '../../src/views/WorldMap/palette';
import { DEFAULT_PALETTE, LAYERS } from '../../src/views/WorldMap/style';

describe('mapOptions', () => {
  it('lets page scrolling pass through, keeps north up, and starts one world wide', () => {
    const options = mapOptions(1024);
    expect(options).toMatchObject({
      cooperativeGestures: true,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      renderWorldCopies: true,
      attributionControl: false,
      zoom: 1,
      minZoom: 1,
      center: [11, 25],
    });
  });
});

describe('hoverTargetOf', () => {
  const f = (layer: string, properties: Record<string, unknown>): PickedFeature => ({ layer: { id: layer }, properties });
  const cases = [
    { name: 'the sea', feature: undefined, expected: null },
    { name: 'a country', feature: f(LAYERS.fill, { code: 'IRN', name: 'Iran' }), expected: { kind: 'country', code: 'IRN', name: 'Iran', x: 5, y: 6 } },
    { name: 'an area without a code', feature: f(LAYERS.fill, { code: '', name: 'Kosovo' }), expected: { kind: 'country', code: null, name: 'Kosovo', x: 5, y: 6 } },
    { name: 'a tiny-country dot', feature: f(LAYERS.markers, { code: 'SGP', name: 'Singapore' }), expected: { kind: 'country', code: 'SGP', name: 'Singapore', x: 5, y: 6 } },
    { name: 'a deal site', feature: f(LAYERS.sites, { key: 'Tengiz|53.4|46.1' }), expected: { kind: 'site', key: 'Tengiz|53.4|46.1', x: 5, y: 6 } },
  ];
  it.each(cases)('$name', ({ feature, expected }) => expect(hoverTargetOf(feature, 5, 6)).toEqual(expected));

  it('asks for sites before dots before countries, so the smaller mark on top wins', () => {
    expect(PICK_LAYERS).toEqual([LAYERS.sites, LAYERS.markers, LAYERS.fill]);
  });
});

describe('paletteFromTheme', () => {
  it('uses the defaults when the page sets no theme variables', () => {
    expect(paletteFromTheme(() => '')).toEqual(DEFAULT_PALETTE);
  });

  it('follows a dark theme', () => {
    const theme: Record<string, string> = { '--fg': ' #eeeeee', '--bg': '#111111', '--grid': '#333333' };
    const p = paletteFromTheme((name) => theme[name] ?? '');
    expect(p).toMatchObject({ outline: '#eeeeee', site: '#eeeeee', background: '#111111', border: '#111111', siteHalo: '#111111', land: '#333333' });
    expect(p.home).toBe(DEFAULT_PALETTE.home);
  });
});
