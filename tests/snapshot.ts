/**
 * What the snapshot test (tests/unit/snapshots.test.ts) and the tests of exported files share:
 * comparing a file with its committed snapshot, the words of an SVG, and drawing it to PNG.
 *
 * A snapshot is compared as Observable Plot's test/plot.js does:
 * - missing: it is written, and the test says so (outside CI; in CI, where CI=true, it fails);
 * - changed: the new output is written beside it as `name.changed.svg` (git-ignored) for a look,
 *   and the test fails. To accept it, move that file over the snapshot (or delete the snapshot and
 *   run the test again);
 * - equal: a `name.changed.svg` left by an earlier run is deleted.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { ttfFiles } from '../scripts/export/fonts';
import { ROOT } from './helpers';

export const SNAPSHOTS = path.join(ROOT, 'tests/snapshots');
const RESULTS = path.join(ROOT, 'test-results');

export type SnapshotResult = { status: 'equal' } | { status: 'written' | 'changed' | 'missing'; message: string };

/** Compares `actual` with tests/snapshots/<file>, writing the snapshot or its changed copy as above. */
export function compareSnapshot(file: string, actual: string): SnapshotResult {
  const expectedFile = path.join(SNAPSHOTS, file);
  const ext = path.extname(file);
  const changedFile = path.join(SNAPSHOTS, `${path.basename(file, ext)}.changed${ext}`);
  const ci = process.env.CI === 'true';
  if (!existsSync(expectedFile)) {
    if (ci) return { status: 'missing', message: `${file} is missing (not written in CI)` };
    writeFileSync(expectedFile, actual, 'utf8');
    return { status: 'written', message: `${file} was missing: written, check it and commit it` };
  }
  const expected = readFileSync(expectedFile, 'utf8');
  if (actual === expected) {
    if (!ci && existsSync(changedFile)) rmSync(changedFile);
    return { status: 'equal' };
  }
  writeFileSync(changedFile, actual, 'utf8');
  return {
    status: 'changed',
    message: `${file} changed: the new output is in ${path.relative(ROOT, changedFile)}`,
  };
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** The words of every <text>, in document order, with the entities decoded. */
export const textsOf = (svg: string) => [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => decode(m[1]!));

/**
 * The file drawn to PNG by resvg with the bundled font (which also proves it is well-formed XML:
 * resvg refuses malformed files). `width` scales it, e.g. 1920 for a sharper picture.
 */
export function png(svg: string, o: { width?: number } = {}): Buffer {
  return new Resvg(svg, {
    ...(o.width ? { fitTo: { mode: 'width' as const, value: o.width } } : {}),
    font: { fontFiles: ttfFiles(), loadSystemFonts: false, defaultFontFamily: 'Noto Sans' },
  })
    .render()
    .asPng();
}

/** Writes a picture under test-results/ (git-ignored) for a person to look at. */
export function writeForALook(relative: string, data: Buffer) {
  const file = path.join(RESULTS, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, data);
}
