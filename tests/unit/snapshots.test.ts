// @vitest-environment node
/**
 * Every view as a downloaded file, against its committed snapshot in tests/snapshots/: one list of
 * cases, each rendered through the same path as `npm run export` and the download (renderViewSvg),
 * compared as tests/snapshot.ts says (a missing snapshot is written, a changed one written beside
 * it as `name.changed.svg`), checked for what every file of its view must say, and drawn to PNG
 * under test-results/snapshots/ for a person to look at. To add a case, add a line to CASES.
 */
import { describe, expect, it } from 'vitest';
import { synthDataset } from '../../scripts/synth/generate';
import { renderViewSvg } from '../../src/export/render';
import { DARK, LIGHT, type ThemeName } from '../../src/lib/basics/theme';
import type { DatasetIndex } from '../../src/lib/data/query';
import { delegationLine } from '../../src/lib/state/attribution';
import { bundledDataset, english, exportInput, fixture, indexOf, type InputOptions } from '../helpers';
import { compareSnapshot, png, textsOf, writeForALook } from '../snapshot';

const i18n = english();

/** The datasets of the cases, each indexed once. */
const DATASETS = {
  bundled: () => indexOf(bundledDataset()),
  'deals-small': () => indexOf(fixture('deals-small.json')),
  'query-small': () => indexOf(fixture('query-small.json')),
  'timeline-small': () => indexOf(fixture('timeline-small.json')),
  'worldmap-small': () => indexOf(fixture('worldmap-small.json')),
  synth600: () => indexOf(synthDataset({ engagements: 600, seed: 1 })),
  // Many countries and clustered sites: every class of the map's ramp, long lists.
  'synth600-seed3': () => indexOf(synthDataset({ engagements: 600, seed: 3 })),
  synth2000: () => indexOf(synthDataset({ engagements: 2000, seed: 1 })),
};
type DatasetName = keyof typeof DATASETS;
const indexes = new Map<DatasetName, DatasetIndex>();
const dataset = (name: DatasetName) => indexes.get(name) ?? indexes.set(name, DATASETS[name]()).get(name)!;

type View = 'deals' | 'map' | 'table' | 'timeline';

interface Case {
  /** The snapshot is tests/snapshots/<view>-<name>.svg. */
  name: string;
  view: View;
  dataset: DatasetName;
  theme: ThemeName;
  input?: Omit<InputOptions, 'theme'>;
  /** The timeline's compact form (one group per session), drawn for many engagements. */
  compact?: boolean;
}

const CASES: Case[] = [
  // The deal chart
  { view: 'deals', name: 'bundled-light', dataset: 'bundled', theme: 'light' },
  { view: 'deals', name: 'bundled-dark', dataset: 'bundled', theme: 'dark', input: { options: { cumulative: true } } },
  {
    view: 'deals',
    name: 'small-light',
    dataset: 'deals-small',
    theme: 'light',
    input: { options: { cumulative: true } },
  },
  {
    view: 'deals',
    name: 'small-375-dark',
    dataset: 'deals-small',
    theme: 'dark',
    input: { width: 375, options: { colourBy: 'session', cumulative: true } },
  },
  {
    view: 'deals',
    name: 'query-light',
    dataset: 'query-small',
    theme: 'light',
    input: { options: { cumulative: true, colourBy: 'session' } },
  },
  { view: 'deals', name: 'query-dark', dataset: 'query-small', theme: 'dark' },
  { view: 'deals', name: 'synth600-light', dataset: 'synth600', theme: 'light' },
  // The map
  { view: 'map', name: 'bundled-light', dataset: 'bundled', theme: 'light' },
  { view: 'map', name: 'bundled-dark', dataset: 'bundled', theme: 'dark' },
  { view: 'map', name: 'worldmap-small-light', dataset: 'worldmap-small', theme: 'light' },
  { view: 'map', name: 'worldmap-small-dark', dataset: 'worldmap-small', theme: 'dark' },
  { view: 'map', name: 'synth-light', dataset: 'synth600-seed3', theme: 'light' },
  { view: 'map', name: 'synth-dark', dataset: 'synth600-seed3', theme: 'dark' },
  {
    view: 'map',
    name: 'bundled-iran-light',
    dataset: 'bundled',
    theme: 'light',
    input: { filters: { countries: ['IRN'] }, options: { cumulative: true } },
  },
  // The table
  { view: 'table', name: 'kazakhstan-light', dataset: 'bundled', theme: 'light' },
  { view: 'table', name: 'kazakhstan-dark', dataset: 'bundled', theme: 'dark' },
  { view: 'table', name: 'query-small-light', dataset: 'query-small', theme: 'light' },
  { view: 'table', name: 'query-small-dark', dataset: 'query-small', theme: 'dark' },
  { view: 'table', name: 'timeline-small-light', dataset: 'timeline-small', theme: 'light' },
  { view: 'table', name: 'timeline-small-dark', dataset: 'timeline-small', theme: 'dark' },
  {
    view: 'table',
    name: 'kazakhstan-by-value-light',
    dataset: 'bundled',
    theme: 'light',
    input: { options: { sort: { key: 'value', descending: true } } },
  },
  // The timeline: detailed, and compact for 2,000 engagements; at 960 px and a phone's 375 px
  ...(['light', 'dark'] as const).flatMap((theme): Case[] => [
    { view: 'timeline', name: `bundled-${theme}`, dataset: 'bundled', theme },
    { view: 'timeline', name: `bundled-375-${theme}`, dataset: 'bundled', theme, input: { width: 375 } },
    { view: 'timeline', name: `small-${theme}`, dataset: 'timeline-small', theme },
    { view: 'timeline', name: `synth2000-${theme}`, dataset: 'synth2000', theme, compact: true },
    {
      view: 'timeline',
      name: `synth2000-375-${theme}`,
      dataset: 'synth2000',
      theme,
      input: { width: 375 },
      compact: true,
    },
  ]),
];

const count = (svg: string, pattern: RegExp) => (svg.match(pattern) ?? []).length;
const attrs = (svg: string, name: string) => [...svg.matchAll(new RegExp(`${name}="([^"]*)"`, 'g'))].map((m) => m[1]!);

/** What every file of a view must say, whatever the case. */
const CHECKS: Record<View, (svg: string, index: DatasetIndex, c: Case) => void> = {
  deals(svg, index) {
    // Presentation attributes only: no classes, styles, roles, focus or handlers in a file.
    expect(svg).not.toMatch(/\s(class|style|tabindex|aria-pressed)=/);
    // The only role is the frame's role="img".
    expect(svg.match(/\srole="[^"]*"/g)).toEqual([' role="img"']);
    expect(svg).not.toMatch(/\son[a-z]+=|var\(--|&nbsp;/i);
    // Whose data first, wherever the file is pasted: the delegation, then the view.
    const text = textsOf(svg).join('\n').replace(/\n/g, ' ');
    expect(text.startsWith(`${delegationLine(index, i18n)}: Deal values by company`)).toBe(true);
    expect(svg).toMatch(/^<\?xml[^>]*>\n<svg [^>]*><title [^>]*>[^<]+<\/title><desc [^>]*>[^<]+<\/desc>/);
  },
  map(svg, index, c) {
    expect(svg).toMatch(/^<\?xml/);
    const words = textsOf(svg);
    expect(words[0]).toBe(`${delegationLine(index, i18n)}: Counterpart countries`);
    expect(words).toContain('Engagements per country under these filters');
    expect(words).toContain('No engagements');
    const palette = c.theme === 'light' ? LIGHT : DARK;
    expect(attrs(svg, 'fill')).toContain(palette.map.land);
    // No interactivity and no page CSS in a file.
    expect(svg).not.toMatch(/tabindex|role="button"|onclick|class="svelte-/);
  },
  table(svg, index, c) {
    const t = c.theme === 'dark' ? DARK : LIGHT;
    expect(svg).toContain(`fill="${t.bg}"`);
    expect(svg).not.toContain(c.theme === 'dark' ? `fill="${LIGHT.fg}"` : `fill="${DARK.fg}"`);
    const words = textsOf(svg);
    expect(words[0]).toBe(`${delegationLine(index, i18n)}: Engagements`);
    for (const heading of ['When', 'Type', 'Who', 'What', 'Value', 'Sources']) expect(words).toContain(heading);
    // Glyphs the bundled font lacks never appear: arrows and marks are drawn as shapes.
    expect(svg).not.toMatch(/[▲▼↕✕●★→]/);
  },
  timeline(svg, index, c) {
    expect(svg).toMatch(/^<\?xml/);
    expect(svg).not.toMatch(/tabindex|role="button"|aria-pressed|onclick|class="ring"/);
    expect(svg).toMatch(
      /<svg [^>]*><title id="[^"]+">[^<]+ · [^<]+: UNGA sessions<\/title><desc id="[^"]+">[^<]+<\/desc>/,
    );
    if (!c.compact) {
      // One symbol per engagement, plus the legend's.
      expect(count(svg, /<path d="M/g)).toBeGreaterThanOrEqual(index.data.engagements.length);
    } else {
      // At most one group per session (and a handful for the frame, the legend and the axis).
      expect(count(svg, /<g\b/g)).toBeLessThanOrEqual(index.data.sessions.length + 10);
    }
    expect(svg).toMatch(/no recorded visit/);
  },
};

describe('snapshots of the exported files', () => {
  it.for(CASES.map((c) => [`${c.view}-${c.name}.svg`, c] as const))(
    '%s',
    { timeout: 60_000 },
    async ([file, c], { annotate }) => {
      const index = dataset(c.dataset);
      const svg = await renderViewSvg(c.view, exportInput(index, { ...c.input, theme: c.theme }));
      const snapshot = compareSnapshot(file, svg);
      if (snapshot.status !== 'equal') {
        console.warn(`! ${snapshot.message}`);
        await annotate(snapshot.message, snapshot.status === 'written' ? 'notice' : 'warning');
      }
      // Drawn by resvg, which also proves it well-formed XML.
      const image = png(svg);
      expect(image.length).toBeGreaterThan(1000);
      writeForALook(`snapshots/${file.replace(/\.svg$/, '.png')}`, image);
      CHECKS[c.view](svg, index, c);
      // Last, so that a changed file still gets its picture and its checks.
      if (snapshot.status === 'changed' || snapshot.status === 'missing') expect.fail(snapshot.message);
    },
  );
});
