// @vitest-environment node
/**
 * The timeline as a file: static SVG snapshots of the detailed form (the bundled data, a small
 * fixture, a phone's width) and the compact form (2,000 synthetic engagements), light and dark,
 * rendered through the same path as `npm run export`. Each is also drawn to PNG with resvg under
 * test-results/ for a person to look at.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { synthDataset } from '../../scripts/synth/generate';
import { ttfFiles } from '../../scripts/export/fonts';
import { renderViewSvg } from '../../src/export/render';
import type { ThemeName } from '../../src/lib/basics/theme';
import { bundledDataset, exportInput, fixture, indexOf, ROOT, type InputOptions } from '../helpers';

const DATASETS = {
  bundled: () => indexOf(bundledDataset()),
  small: () => indexOf(fixture('timeline-small.json')),
  synth2000: () => indexOf(synthDataset({ engagements: 2000, seed: 1 })),
};

function png(svg: string, name: string) {
  const out = path.join(ROOT, 'test-results');
  mkdirSync(out, { recursive: true });
  const image = new Resvg(svg, {
    font: { fontFiles: ttfFiles(), loadSystemFonts: false, defaultFontFamily: 'Noto Sans' },
  }).render();
  writeFileSync(path.join(out, `${name}.png`), image.asPng());
}

const count = (svg: string, pattern: RegExp) => (svg.match(pattern) ?? []).length;

describe.each([
  { name: 'bundled', dataset: 'bundled', width: 960, form: 'detailed' },
  { name: 'bundled-375', dataset: 'bundled', width: 375, form: 'detailed' },
  { name: 'small', dataset: 'small', width: 960, form: 'detailed' },
  { name: 'synth2000', dataset: 'synth2000', width: 960, form: 'compact' },
  { name: 'synth2000-375', dataset: 'synth2000', width: 375, form: 'compact' },
] as const)('timeline file of $name at $width px', ({ name, dataset, width, form }) => {
  const index = DATASETS[dataset]();
  it.each(['light', 'dark'] as ThemeName[])('%s: matches its snapshot and says what it draws', async (theme) => {
    const svg = await renderViewSvg('timeline', exportInput(index, { theme, width } satisfies InputOptions));
    await expect(svg).toMatchFileSnapshot(`../snapshots/timeline-${name}-${theme}.svg`);
    png(svg, `timeline-${name}-${theme}`);
    expect(svg).toMatch(/^<\?xml/);
    expect(svg).not.toMatch(/tabindex|role="button"|aria-pressed|onclick|class="ring"/);
    expect(svg).toMatch(
      /<svg [^>]*><title id="[^"]+">[^<]+ · [^<]+: UNGA sessions<\/title><desc id="[^"]+">[^<]+<\/desc>/,
    );
    if (form === 'detailed') {
      // One symbol per engagement, plus the legend's.
      expect(count(svg, /<path d="M/g)).toBeGreaterThanOrEqual(index.data.engagements.length);
      expect(svg).toMatch(/no recorded visit/);
    } else {
      // At most one group per session (and a handful for the frame, the legend and the axis).
      const sessions = index.data.sessions.length;
      expect(count(svg, /<g\b/g)).toBeLessThanOrEqual(sessions + 10);
      expect(svg).toMatch(/no recorded visit/);
    }
  });
});

describe('timeline file notes and sources', () => {
  it('says planned events are not counted, and cites the publishers of the drawn records', async () => {
    const svg = await renderViewSvg('timeline', exportInput(DATASETS.bundled(), { width: 960 }));
    expect(svg).toMatch(/2 planned events not counted/);
    expect(svg).toMatch(/Sources: Kazinform, Orda\.kz · Kazakhstan's President/);
  });

  it('counts them when the reader does, and says so', async () => {
    const svg = await renderViewSvg(
      'timeline',
      exportInput(DATASETS.bundled(), { width: 960, options: { planned: true } }),
    );
    expect(svg).toMatch(/2 planned events counted as if held/);
    expect(svg).not.toMatch(/not counted/);
  });

  it('cites only the publishers of what a year filter leaves drawn (dimmed sessions included)', async () => {
    const svg = await renderViewSvg(
      'timeline',
      exportInput(DATASETS.bundled(), { width: 960, filters: { countries: ['IRN'] } }),
    );
    expect(svg).toMatch(/Source: Kazinform · Kazakhstan's President/);
  });
});
