/**
 * Command-line export for automated reports, no browser needed:
 *   npm run export -- --view deals --year 2025 --format svg --out deals.svg
 * Options: --view map|timeline|deals|table, --format svg|csv|json, --out FILE (default: stdout),
 * --data FILE (default: the bundled dataset), --width PX (SVG only, default 960), and the
 * filters of the URL: --year, --country, --type, --sector, --company (comma-separated lists).
 * The SVG is rendered by the same Svelte component as the browser's "Download SVG" button.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseDataset } from '../src/lib/data/load';
import { filterDataset, indexDataset } from '../src/lib/data/query';
import { toCsv, toJson, viewTable } from '../src/lib/data/exportData';
import { EMBED_VIEWS, fromQuery, type EmbedView } from '../src/lib/state/url';

const ROOT = resolve(import.meta.dirname, '..');
const FORMATS = ['svg', 'csv', 'json'] as const;
const USAGE =
  'usage: npm run export -- --view map|timeline|deals|table --format svg|csv|json [--out FILE] [--data FILE] [--width PX]\n' +
  '                         [--year 2023,2025] [--country USA,IRN] [--type company] [--sector mining] [--company wabtec]';

function fail(message: string, code = 2): never {
  console.error(`export: ${message}`);
  if (code === 2) console.error(USAGE);
  process.exit(code);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      view: { type: 'string' },
      format: { type: 'string', default: 'svg' },
      out: { type: 'string' },
      data: { type: 'string' },
      width: { type: 'string' },
      year: { type: 'string' },
      country: { type: 'string' },
      type: { type: 'string' },
      sector: { type: 'string' },
      company: { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
    allowPositionals: false,
  }));
} catch (err) {
  fail(`${(err as Error).message.split('\n')[0]}`);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const view = values.view as EmbedView | undefined;
if (!view || !(EMBED_VIEWS as readonly string[]).includes(view)) fail(`--view must be one of ${EMBED_VIEWS.join(', ')}`);
const format = values.format as (typeof FORMATS)[number];
if (!(FORMATS as readonly string[]).includes(format)) fail(`--format must be one of ${FORMATS.join(', ')} (PNG needs a browser: use the Download PNG button)`);
const width = values.width === undefined ? 960 : Number(values.width);
if (!Number.isInteger(width) || width < 280 || width > 4000) fail('--width must be a whole number of pixels between 280 and 4000');

// The filters are written exactly like the URL parameters, and parsed by the same code.
const query = new URLSearchParams();
for (const name of ['year', 'country', 'type', 'sector', 'company'] as const) {
  if (values[name] !== undefined) query.set(name, values[name]);
}
const parsed = fromQuery(query.toString());
if (parsed.notices.length) fail(parsed.notices.join('\n'));

const dataPath = resolve(process.env.INIT_CWD ?? process.cwd(), values.data ?? resolve(ROOT, 'data/kazakhstan-unga.json'));
let json: unknown;
try {
  json = JSON.parse(readFileSync(dataPath, 'utf8'));
} catch (err) {
  fail(`cannot read ${dataPath} as JSON (${(err as Error).message}): check the path and the file`, 1);
}
const loaded = parseDataset(json);
if (!loaded.ok) {
  console.error(`export: ${dataPath} is not a valid dataset:`);
  for (const p of loaded.problems) console.error(`  ${p.path}: ${p.message}`);
  console.error('Fix these (npm run validate -- file.json lists them too), then export again.');
  process.exit(1);
}

let output: string;
if (format === 'svg') {
  // Vite compiles the Svelte components for the server, exactly as the app's build does.
  const { createServer } = await import('vite');
  const server = await createServer({
    root: ROOT,
    logLevel: 'error',
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const mod = await server.ssrLoadModule('/src/export/render.ts');
    output = await mod.renderViewSvg(view, loaded.data, parsed.filters, width);
  } catch (err) {
    await server.close();
    fail((err as Error).message, 1);
  }
  await server.close();
} else {
  const index = indexDataset(loaded.data);
  const table = viewTable(view, filterDataset(index, parsed.filters), index);
  output =
    format === 'csv'
      ? toCsv(table)
      : toJson(table, {
          title: loaded.data.title,
          view,
          filters: parsed.filters,
          sources: loaded.data.sources.map((s) => s.publisher),
        });
}

if (values.out) {
  const outPath = resolve(process.env.INIT_CWD ?? process.cwd(), values.out);
  writeFileSync(outPath, output);
  console.error(`export: wrote ${outPath}`);
} else process.stdout.write(output);
