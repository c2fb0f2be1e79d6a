// @vitest-environment node
// The timeline as a downloaded file: its notes and sources, rendered through the same path as
// `npm run export`. Its snapshots are in tests/unit/snapshots.test.ts.
import { describe, expect, it } from 'vitest';
import { renderViewSvg } from '../../src/export/render';
import { bundledDataset, exportInput, indexOf } from '../helpers';

const DATASETS = {
  bundled: () => indexOf(bundledDataset()),
};

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
