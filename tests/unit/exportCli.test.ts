// Runs the real `npm run export` command, one process per case (the SVG ones start Vite, a few
// seconds each): exit codes, messages, and that its SVG is the file the browser's "Download SVG"
// gives for the same state. jsdom (the default environment) plays the browser.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import bundled from '../../data/kazakhstan-unga.json';
import small from '../fixtures/deals-small.json';
import { prepareExport, viewSvg } from '../../src/export/browserExport';
import { parseCsv, toCsv, viewTable } from '../../src/lib/data/exportData';
import { parseDataset } from '../../src/lib/data/load';
import { filterDataset, indexDataset, NO_FILTERS, type DatasetIndex, type Filters } from '../../src/lib/data/query';

// A string, not new URL(): jsdom's URL is not the one node:url accepts.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const scratch = mkdtempSync(join(tmpdir(), 'export-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function exportCli(...args: string[]) {
  // INIT_CWD would be where an outer `npm run` started; the paths here are relative to the root.
  const { INIT_CWD: _, ...env } = process.env;
  const run = spawnSync(tsx, ['scripts/export.ts', ...args], { cwd: root, env, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function load(json: unknown): DatasetIndex {
  const result = parseDataset(json);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return indexDataset(result.data);
}

function parseSvg(svg: string): Document {
  return new DOMParser().parseFromString(svg, 'image/svg+xml');
}

/**
 * One spelling of an SVG document: parsed, then written with attributes sorted and escaped the
 * same way, since svelte/server and the DOM order and escape attributes differently.
 */
function canonical(svg: string): string {
  const doc = parseSvg(svg);
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  const out = new XMLSerializer();
  const walk = (node: Node): string => {
    if (node.nodeType === node.TEXT_NODE) return out.serializeToString(node);
    if (node.nodeType !== node.ELEMENT_NODE) return '';
    const el = node as Element;
    const attrs = [...el.attributes]
      .map((a) => `${a.name}=${JSON.stringify(a.value)}`)
      .sort()
      .join(' ');
    return `<${el.tagName}${attrs ? ' ' + attrs : ''}>${[...el.childNodes].map(walk).join('')}</${el.tagName}>`;
  };
  return walk(doc.documentElement);
}

describe('npm run export', { timeout: 60_000 }, () => {
  it('writes the deal chart as SVG, and it is the browser download for the same state', () => {
    const out = join(scratch, 'deals.svg');
    const run = exportCli('--view', 'deals', '--year', '2025', '--format', 'svg', '--out', out);
    expect(run.stderr).toContain(`export: wrote ${out}`);
    expect(run.status).toBe(0);
    const cli = readFileSync(out, 'utf8');
    const doc = parseSvg(cli);
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.tagName).toBe('svg');
    expect(doc.querySelector('title')?.textContent).toBe('Deal values by company, US dollars');
    expect(doc.documentElement.textContent).toContain('about $4.2B');

    const index = load(bundled);
    const browser = viewSvg('deals', index, filterDataset(index, { ...NO_FILTERS, years: [2025] }), 960);
    expect(canonical(cli)).toBe(canonical(browser));
    // Not just equal after clean-up: the canonical form is the chart, not an empty shell.
    expect(canonical(cli).match(/<rect /g)?.length).toBeGreaterThan(2);
  });

  it.each([
    { view: 'timeline' as const, args: ['--country', 'USA'], filters: { countries: ['USA'] }, width: 960, title: 'UNGA sessions: engagements by day' },
    { view: 'table' as const, args: ['--year', '2023'], filters: { years: [2023] }, width: 640, title: 'Engagements' },
    { view: 'map' as const, args: ['--year', '2025'], filters: { years: [2025] }, width: 700, title: 'Counterpart countries: engagements by country' },
  ])('writes the $view view as SVG equal to the browser download (on the bundled dataset)', async ({ view, args, filters, width, title }) => {
    const run = exportCli('--view', view, '--format', 'svg', '--width', String(width), ...args);
    expect(run.status).toBe(0);
    expect(parseSvg(run.stdout).querySelector('title')?.textContent).toBe(title);
    const index = load(bundled);
    const browser = viewSvg(view, index, filterDataset(index, { ...NO_FILTERS, ...filters }), width, await prepareExport(view));
    expect(canonical(run.stdout)).toBe(canonical(browser));
  });

  it('writes the timeline of a small fixture as SVG equal to the browser download', async () => {
    const fixture = 'tests/fixtures/timeline-small.json';
    const run = exportCli('--view', 'timeline', '--format', 'svg', '--data', fixture);
    expect(run.status).toBe(0);
    const index = load(JSON.parse(readFileSync(join(root, fixture), 'utf8')));
    expect(canonical(run.stdout)).toBe(canonical(viewSvg('timeline', index, filterDataset(index, NO_FILTERS), 960)));
  });

  it('writes the records of the deal chart as CSV, exactly viewTable() under the same filters', () => {
    const run = exportCli('--view', 'deals', '--format', 'csv', '--data', 'tests/fixtures/deals-small.json', '--year', '2025');
    expect(run.status).toBe(0);
    const index = load(small);
    const filters: Filters = { ...NO_FILTERS, years: [2025] };
    const table = viewTable('deals', filterDataset(index, filters), index);
    expect(run.stdout).toBe(toCsv(table));
    const rows = parseCsv(run.stdout);
    expect(rows.map((r) => r.id)).toEqual(table.rows.map((r) => r.id));
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.year))).toEqual(new Set(['2025']));
  });

  it('exits 1 on an invalid dataset, naming the file and the JSON path of each problem', () => {
    const run = exportCli('--view', 'deals', '--format', 'svg', '--data', 'tests/fixtures/broken.json');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('tests/fixtures/broken.json is not a valid dataset');
    expect(run.stderr).toMatch(/^ {2}deals\[1\]\.value\.usd: /m);
  });

  it('exits 2 with a usage line on an unknown option', () => {
    const run = exportCli('--view', 'deals', '--colour', 'red');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/export: .*'--colour'/);
    expect(run.stderr).toMatch(/^usage: npm run export -- --view /m);
  });

  it('exports the Engagements table as SVG with exactly the filtered rows', () => {
    const run = exportCli('--view', 'table', '--format', 'svg', '--country', 'UKR');
    expect(run.status).toBe(0);
    const doc = new DOMParser().parseFromString(run.stdout, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(run.stdout).toContain('Zelenskyy');
    expect(run.stdout).not.toContain('Raisi');
  });

  it('exits 2 naming the views when --view is unknown', () => {
    const run = exportCli('--view', 'chart', '--format', 'svg');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--view must be one of map, timeline, deals, table/);
    expect(run.stdout).toBe('');
  });
});
