// @vitest-environment node
// The map's static drawing through the same path as the CLI and the download (renderViewSvg), with
// its content asserted (its snapshots are in tests/unit/snapshots.test.ts); one light and two dark
// files are also rendered to PNG under test-results/ for a person to look at.
import { describe, expect, it } from 'vitest';
import { renderViewSvg } from '../../src/export/render';
import mapExport from '../../src/views/WorldMap/export';
import { LIGHT } from '../../src/lib/basics/theme';
import { bundledDataset, exportInput, fixture, indexOf } from '../helpers';
import { png, textsOf, writeForALook } from '../snapshot';

const DATASETS = {
  bundled: () => indexOf(bundledDataset()),
  'worldmap-small': () => indexOf(fixture('worldmap-small.json')),
};

const texts = textsOf;
const attr = (svg: string, name: string) => [...svg.matchAll(new RegExp(`${name}="([^"]*)"`, 'g'))].map((m) => m[1]!);
const look = (svg: string, name: string) => writeForALook(name, png(svg, { width: 1920 }));

describe('map export', () => {
  it('draws the bundled dataset as the page does: colours, home, legend, notes, sources and credit', async () => {
    const svg = await renderViewSvg('map', exportInput(DATASETS.bundled()));
    const words = texts(svg);
    expect(words).toEqual(
      expect.arrayContaining([
        '1',
        '6–10',
        'Home: Kazakhstan',
        'Deal sites, sized by disclosed value',
        'value undisclosed',
      ]),
    );
    expect(words).toContain('2 planned events not counted.');
    expect(words).toContain('6 deals have no site.');
    expect(words).toContain('Not on the map: United Nations (3), European Council (1), and FIFA (1).');
    expect(words.at(-1)).toBe(
      "Sources: Kazinform, Orda.kz · Kazakhstan's President at the UN General Assembly, 2023 and 2025. Basemap: Natural Earth via world-atlas.",
    );
    expect(svg).toContain('<pattern id="map-home-hatch"');
    expect(attr(svg, 'fill')).toContain('url(#map-home-hatch)');
    // The United States in the top class drawn, Iran in the first.
    expect(attr(svg, 'fill')).toEqual(expect.arrayContaining([LIGHT.map.classes.at(-1)!, LIGHT.map.classes[0]!]));
    // No selection, so no selection outline.
    expect(attr(svg, 'stroke')).not.toContain(LIGHT.map.selected);
    // Points closer than a pixel are dropped: a file small enough to review and to download.
    expect(svg.length).toBeLessThan(400_000);
    look(svg, 'map-bundled-light.png');
  }, 60_000);

  it('outlines a selected country and keeps its class; with cumulative investments, sizes a site by value', async () => {
    const svg = await renderViewSvg(
      'map',
      exportInput(DATASETS.bundled(), { filters: { countries: ['IRN'] }, options: { cumulative: true } }),
    );
    expect(attr(svg, 'stroke')).toContain(LIGHT.map.selected);
    expect(texts(svg)).toContain('Selected');
    expect(texts(svg)[1]).toMatch(/^Iran/);
    const dark = await renderViewSvg(
      'map',
      exportInput(DATASETS['worldmap-small'](), { theme: 'dark', options: { cumulative: true } }),
    );
    expect(texts(dark)).toEqual(expect.arrayContaining(['$4.2B', '$1B']));
    look(dark, 'map-worldmap-small-dark.png');
    const all = await renderViewSvg(
      'map',
      exportInput(DATASETS.bundled(), { theme: 'dark', options: { cumulative: true } }),
    );
    expect(texts(all)).toContain('$230M');
    look(all, 'map-bundled-dark.png');
  }, 60_000);

  it('says so over the map when nothing matches', async () => {
    const svg = await renderViewSvg(
      'map',
      exportInput(DATASETS['worldmap-small'](), { filters: { countries: ['FRA'] } }),
    );
    expect(texts(svg)).toContain('No engagements match these filters.');
  }, 60_000);

  it('has a height for the frame, notes, sources and the basemap credit, and needs prepare()', async () => {
    const extra = await mapExport.prepare!();
    const input = exportInput(DATASETS['worldmap-small'](), { width: 600 });
    const drawing = mapExport.draw(input, extra);
    expect(drawing.height).toBeGreaterThan(300);
    expect(drawing.props).toMatchObject({ static: true, width: 600 });
    expect(drawing.sources).toEqual(['Fixture Press']);
    expect(drawing.credit).toBe('Basemap: Natural Earth via world-atlas.');
    expect(drawing.notes).toEqual(['Not on the map: FIFA (1) and United Nations (1).']);
    expect(() => mapExport.draw(input, {})).toThrow(/prepare\(\)/);
  }, 60_000);
});
