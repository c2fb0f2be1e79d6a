// Runs the real `npm run export` command, one process per case (the SVG ones start Vite, a few
// seconds each): exit codes, messages, and that its SVG is the file the browser's "Download SVG"
// gives for the same state. jsdom (the default environment) plays the browser.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import { Resvg } from '@resvg/resvg-js';
import { viewSvg } from '../../src/export/browserExport';
import { parseDataset } from '../../src/lib/data/load';
import { bundledDataset, exportInput, fixture, indexOf, type InputOptions } from '../helpers';
import { expectOneLineFileError, ROOT, runTool } from '../cli';
import { csvwProblems, liveFormulasInCsv, liveFormulasInJson, readCsvStrictly } from '../csvw.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'export-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const exportCli = (...args: string[]) => runTool('scripts/export.ts', args);

/** The file without its embedded font (the CLI embeds it from disk; jsdom cannot fetch it). */
const withoutFont = (svg: string) => svg.replace(/<defs><style>@font-face[\s\S]*?<\/style><\/defs>/, '');

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

describe('npm run export', { timeout: 90_000 }, () => {
  const cases: {
    name: string;
    view: 'map' | 'timeline' | 'deals' | 'table';
    args: string[];
    data?: string;
    input: InputOptions;
  }[] = [
    { name: 'deal chart, 2025', view: 'deals', args: ['--year', '2025'], input: { filters: { years: [2025] } } },
    {
      name: 'deal chart coloured by session with cumulative investments, dark',
      view: 'deals',
      args: ['--colour-by', 'session', '--cumulative', '--theme', 'dark'],
      input: { options: { colourBy: 'session', cumulative: true }, theme: 'dark' },
    },
    {
      name: 'timeline of the United States',
      view: 'timeline',
      args: ['--country', 'USA'],
      input: { filters: { countries: ['USA'] } },
    },
    {
      name: 'table of 2023 sorted by value, 640 px',
      view: 'table',
      args: ['--year', '2023', '--sort=-value', '--width', '640'],
      input: { filters: { years: [2023] }, options: { sort: { key: 'value', descending: true } }, width: 640 },
    },
    {
      name: 'map of 2025 with planned events counted',
      view: 'map',
      args: ['--year', '2025', '--planned', '--width', '700'],
      input: { filters: { years: [2025] }, options: { planned: true }, width: 700 },
    },
    {
      name: 'timeline of a small fixture',
      view: 'timeline',
      args: [],
      data: 'tests/fixtures/timeline-small.json',
      input: {},
    },
  ];
  it.each(cases)(
    'writes the $name as the SVG the browser downloads for the same state',
    async ({ view, args, data, input }) => {
      const run = exportCli('--view', view, '--format', 'svg', ...(data ? ['--data', data] : []), ...args);
      expect(run.stderr).not.toMatch(/Error/);
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('@font-face');
      const index = indexOf(data ? fixture(data.replace('tests/fixtures/', '')) : bundledDataset());
      const browser = await viewSvg(view, exportInput(index, input));
      expect(canonical(withoutFont(run.stdout))).toBe(canonical(withoutFont(browser)));
      // Not just equal after clean-up: the canonical form is a drawing, not an empty shell.
      expect(canonical(run.stdout).match(/<(rect|path|text) /g)?.length).toBeGreaterThan(5);
    },
  );

  it('states the filters and options under the title and on standard error', () => {
    const run = exportCli('--view', 'deals', '--country', 'IRN', '--colour-by', 'session');
    expect(run.status).toBe(0);
    const texts = [...parseSvg(run.stdout).querySelectorAll('text')].map((t) => t.textContent);
    expect(texts[0]).toBe('Kazakhstan · Kassym-Jomart Tokayev: Deal values by company');
    expect(texts[1]).toBe('Iran · all sessions · coloured by session');
    expect(run.stderr).toContain('export: deals, Iran · all sessions · coloured by session');
  });

  it('writes a PNG without a browser, at twice the size: its SVG file, drawn', () => {
    const out = join(scratch, 'deals.png');
    const run = exportCli('--view', 'deals', '--format', 'png', '--out', out, '--width', '600');
    expect(run.status).toBe(0);
    const png = readFileSync(out);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1200);
    // The same file the SVG download holds (its <title>, <desc> and embedded font included), drawn as the page draws its PNG.
    const svg = exportCli('--view', 'deals', '--format', 'svg', '--width', '600').stdout;
    const drawn = new Resvg(svg, {
      font: {
        fontFiles: [400, 700].map((w) => join(ROOT, `scripts/fonts/noto-sans-${w}.ttf`)),
        loadSystemFonts: false,
        defaultFontFamily: 'Noto Sans',
      },
      fitTo: { mode: 'zoom', value: 2 },
    })
      .render()
      .asPng();
    expect(Buffer.compare(png, Buffer.from(drawn))).toBe(0);
  });

  it('writes the records of the deal chart as a plain CSV, exactly the 2025 deals, header row first', () => {
    const run = exportCli(
      '--view',
      'deals',
      '--format',
      'csv',
      '--data',
      'tests/fixtures/deals-small.json',
      '--year',
      '2025',
    );
    expect(run.status).toBe(0);
    const csv = readCsvStrictly(run.stdout);
    expect(csv.header[0]).toBe('id');
    const rows = csvParse(csv.text);
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.year))).toEqual(new Set(['2025']));
    const all = fixture('deals-small.json').deals.filter(
      (d) => d.session === 80 && d.basis !== 'cumulative-investment',
    );
    expect(rows.map((r) => r.id).sort()).toEqual(all.map((d) => d.id).sort());
    // Standard output holds the table alone; the metadata needs a file to sit beside.
    expect(run.stderr).toContain('give --out FILE to write FILE-metadata.json beside it');
  });

  it('with --out, writes the CSV and its CSV on the Web metadata beside it, which describes it', () => {
    const out = join(scratch, 'deals-2025.csv');
    const run = exportCli('--view', 'deals', '--format', 'csv', '--year', '2025', '--out', out);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`wrote ${out}-metadata.json`);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = readCsvStrictly(bytes);
    const meta = JSON.parse(readFileSync(`${out}-metadata.json`, 'utf8'));
    expect(csvwProblems(meta, { csvName: 'deals-2025.csv', header: csv.header, rows: csv.rows })).toEqual([]);
    expect(meta).toMatchObject({
      url: 'deals-2025.csv',
      'dc:title': 'Deal values by company',
      'dc:description': '2025',
    });
    expect(meta['dc:source'].map((s: Record<string, string>) => s['dc:publisher'])).toEqual(['Orda.kz']);
    expect(csv.rows.map((r) => r[0]).sort()).toEqual(
      bundledDataset()
        .deals.filter((d) => d.session === 80 && d.basis !== 'cumulative-investment')
        .map((d) => d.id)
        .sort(),
    );
  });

  it('a hostile publisher stays inert in both files the command line writes', () => {
    const data = fixture('hostile.json');
    data.sources.push({ id: 'reuters', publisher: 'Reuters,=2+5', title: '=t', url: 'https://example.org/r' });
    data.deals[0]!.citations.push({ source: 'reuters', quote: '+q' });
    const file = join(scratch, 'hostile-reuters.json');
    writeFileSync(file, JSON.stringify(data));
    const out = join(scratch, 'hostile.csv');
    const run = exportCli('--view', 'table', '--format', 'csv', '--data', file, '--out', out);
    expect(run.status).toBe(0);
    const csv = readCsvStrictly(readFileSync(out));
    const meta = JSON.parse(readFileSync(`${out}-metadata.json`, 'utf8'));
    expect(liveFormulasInCsv(csv)).toEqual([]);
    expect(liveFormulasInJson(meta)).toEqual([]);
    expect(csvwProblems(meta, { csvName: 'hostile.csv', header: csv.header, rows: csv.rows })).toEqual([]);
    expect(meta['dc:source'].map((s: Record<string, string>) => s['dc:publisher'])).toContain('Reuters,=2+5');
    expect(csv.rows.flat()).toContain("'-2+3 Publisher ]]>; Reuters,=2+5");
  });

  it('writes JSON that says what it holds', () => {
    const run = exportCli('--view', 'table', '--format', 'json', '--search', 'Ebrahim');
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.context).toBe('all sessions · search “Ebrahim”');
    expect(json.rows).toHaveLength(1);
    expect(json.rows[0].participants).toContain('Raisi');
  });

  it.each([
    { flag: '--year', value: '2019' },
    { flag: '--country', value: 'FRA' },
    { flag: '--company', value: 'nope' },
    { flag: '--sector', value: 'fishing' },
  ])('fails the same way for an unknown $flag value', ({ flag, value }) => {
    const run = exportCli('--view', 'deals', flag, value);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${flag} ${value}: not in this dataset (it has `);
    expect(run.stdout).toBe('');
  });

  it('fails on a malformed filter value with the same advice as the URL notice', () => {
    const run = exportCli('--view', 'deals', '--country', 'XXX');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/Ignored country "XXX": use ISO 3166-1 alpha-3 codes/);
  });

  it('exits 1 on an invalid dataset, naming the JSON path of each problem', () => {
    const run = exportCli('--view', 'deals', '--format', 'svg', '--data', 'tests/fixtures/broken.json');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('tests/fixtures/broken.json: the dataset is not valid');
    expect(run.stderr).toMatch(/^ {2}deals\[1\]\.value\.usd: /m);
  });

  it('exits 2 and points to --help on an unknown option', () => {
    const run = exportCli('--view', 'deals', '--colour', 'red');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/export: .*'--colour'/);
    expect(run.stderr).toContain('npm run export -- --help');
  });

  it('lists every option with an example in --help', () => {
    const run = exportCli('--help');
    expect(run.status).toBe(0);
    for (const flag of [
      '--view',
      '--format',
      '--out',
      '--data',
      '--width',
      '--lang',
      '--theme',
      '--year',
      '--country',
      '--type',
      '--sector',
      '--company',
      '--colour-by',
      '--cumulative',
      '--show-all',
      '--planned',
      '--sort',
      '--search',
    ]) {
      expect(run.stdout).toContain(flag);
    }
    expect(run.stdout).toMatch(/Examples:\n\s+npm run export -- --view deals/);
  });

  describe('a dataset whose text would break XML', () => {
    // hostile.json (`]]>`, `<!--`, `&` in titles, names and the publisher), plus characters XML 1.0
    // cannot carry at all: C0 controls, U+FFFE, U+FFFF, lone surrogates.
    const raw = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/hostile.json'), 'utf8'));
    raw.title += ' \u0001\u000b\ufffe';
    raw.sources[0].publisher += ' \u0008\uffff\ud800';
    raw.actors[1].name += ' \u001f\udc00';
    const file = join(scratch, 'hostile-controls.json');
    writeFileSync(file, JSON.stringify(raw));
    const loaded = parseDataset(raw);
    const notXml10 =
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

    it.each(['map', 'timeline', 'deals', 'table'] as const)(
      'writes the %s as well-formed XML, the file the browser downloads',
      async (view) => {
        if (!loaded.ok) throw new Error('the hostile fixture must stay a valid dataset');
        const run = exportCli('--view', view, '--data', file);
        expect(run.status).toBe(0);
        // jsdom's XML parser is strict: a `]]>` in text or a control gives a <parsererror> (wellFormedXml.test.ts shows it).
        const doc = parseSvg(run.stdout);
        expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
        expect(run.stdout).not.toMatch(notXml10);
        // The text survives, escaped: the publisher is in every view's source line.
        expect(doc.documentElement.textContent).toContain('-2+3 Publisher ]]>');
        const browser = await viewSvg(view, exportInput(indexOf(loaded.data)));
        expect(browser).not.toMatch(notXml10);
        expect(canonical(withoutFont(run.stdout))).toBe(canonical(withoutFont(browser)));
      },
    );
  });

  it('takes comma-separated filters, as its usage and the URL write them', () => {
    const run = exportCli('--view', 'table', '--format', 'json', '--year', '2023,2025', '--country', 'USA,IRN');
    expect(run.stderr).not.toMatch(/Ignored|not in this dataset/);
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.filters.years).toEqual([2023, 2025]);
    expect(json.filters.countries).toEqual(['IRN', 'USA']);
    expect(json.context).toBe('2023 and 2025 · Iran and United States');
    expect(new Set(json.rows.map((r: { year: number }) => r.year))).toEqual(new Set([2023, 2025]));
  });

  it('takes a sector whose name holds a comma written %2C, as the URL writes it, beside another', () => {
    const data = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/minimal.json'), 'utf8'));
    data.deals[0].sector = 'mining, metals';
    const file = join(scratch, 'comma-sector.json');
    writeFileSync(file, JSON.stringify(data));
    const other = data.deals[1].sector;
    const run = exportCli(
      '--view',
      'deals',
      '--format',
      'json',
      '--data',
      file,
      '--sector',
      `mining%2C metals,${other}`,
    );
    expect(run.stderr).not.toMatch(/Ignored|not in this dataset/);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).filters.sectors).toEqual(['mining, metals', other].sort());
  });

  it('reads a dataset that starts with a byte-order mark', () => {
    const file = join(scratch, 'bom.json');
    writeFileSync(file, `\ufeff${readFileSync(join(ROOT, 'tests/fixtures/minimal.json'), 'utf8')}`);
    const run = exportCli('--view', 'table', '--format', 'json', '--data', file);
    expect(run.stderr).not.toMatch(/Unexpected token|not valid JSON/);
    expect(run.status).toBe(0);
    // The table lists the 3 engagements and 2 deals of minimal.json.
    expect(JSON.parse(run.stdout).rows).toHaveLength(5);
  });

  it.each([
    {
      name: '--out in a missing folder',
      args: ['--out', 'no-such-folder/deals.svg'],
      file: join(ROOT, 'no-such-folder/deals.svg'),
    },
    {
      name: '--out under a file',
      args: ['--out', 'package.json/deals.svg'],
      file: join(ROOT, 'package.json/deals.svg'),
    },
    { name: '--out naming a folder', args: ['--out', 'tests'], file: join(ROOT, 'tests') },
    {
      name: 'a missing --data file',
      args: ['--data', 'tests/fixtures/no-such.json'],
      file: join(ROOT, 'tests/fixtures/no-such.json'),
    },
  ])('says on one line, before rendering, that it cannot use $name', ({ args, file }) => {
    const run = exportCli('--view', 'deals', ...args);
    expectOneLineFileError(run, file);
    expect(run.stdout).toBe('');
  });

  it('exits 2 naming the views when --view is unknown', () => {
    const run = exportCli('--view', 'chart', '--format', 'svg');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--view must be one of map, timeline, deals, table/);
    expect(run.stdout).toBe('');
  });
});
