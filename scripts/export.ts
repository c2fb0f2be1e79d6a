/**
 * Command-line export for automated reports, no browser needed: the same files as the page's
 * download buttons, for the same state. `npm run export -- --help` lists every option.
 */
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fromQuery } from '../src/lib/state/url';
import { VIEW_IDS, type ViewId } from '../src/lib/catalog/viewCatalog';
import { DEFAULT_OPTIONS } from '../src/lib/state/options';
import { DEFAULT_EXPORT_WIDTH } from '../src/export/frame';
import { LANGUAGES, type Language } from '../src/lib/i18n/languages';
import type { CliRequest } from './export/run';
import { checkWritable, FileProblem, jsonErrorWhere, readText, writeFile } from './fileAccess.mjs';
import { oneLine, say, warn } from './terminal';

const ROOT = resolve(import.meta.dirname, '..');
const FORMATS = ['svg', 'png', 'csv', 'json'] as const;
const THEME_NAMES = ['light', 'dark'] as const;

export const HELP = `Export one view of a dataset as a file, exactly as the dashboard's download buttons do.

usage: npm run export -- --view <view> [options]

  ${`--view ${VIEW_IDS.join('|')}`.padEnd(33)} the view (required)
  --format svg|png|csv|json         the file type (default svg); png is drawn at twice the size
  --out FILE                        where to write (default: standard output); a CSV's description
                                    (CSV on the Web metadata) is written beside it, FILE-metadata.json
  --data FILE                       the dataset (default: data/kazakhstan-unga.json)
  --width PX                        picture width for svg and png, 280–4000 (default ${DEFAULT_EXPORT_WIDTH})
  --lang en|ru|kk                   the language of every word (default en)
  --theme light|dark                colours (default light)

Filters, written as in the URL (comma-separated; each value must exist in the dataset):
  --year 2023,2025   --country USA,IRN   --type state,company   --sector mining   --company wabtec
  (a comma inside a sector's name is written %2C, as in the URL: --sector "mining%2C metals")

View options, as in the URL:
  --colour-by basis|session   deal chart colours (default basis)
  --cumulative                include cumulative investments (deal chart, map)
  --show-all                  every company, no "Others" row (deal chart)
  --planned                   count planned events as if held (every view)
  --sort=KEY                  table order: when, type, who, what, value; a leading minus sorts descending (--sort=-value)
  --search TEXT               table search

Examples:
  npm run export -- --view deals --year 2025 --format svg --out deals-2025.svg
  npm run export -- --view deals --colour-by session --cumulative --format png --out deals.png
  npm run export -- --view table --country USA --format csv --out usa.csv --data other.json
  npm run export -- --view map --lang ru --theme dark --out map-ru.svg

The file states what it shows (filters and options) under its title; the same statement is
printed to standard error. A CSV is a plain table, its header row first (pandas.read_csv and R's
read.csv need no options); its title, context, sources and the meaning of each column are in
FILE-metadata.json (W3C CSV on the Web).`;

/** Exit 1 for a dataset that cannot be drawn, 2 for a wrong call (with a pointer to --help unless `hint` is false). */
function fail(message: string, code: 1 | 2 = 2, hint = code === 2): never {
  warn(`export: ${message}`);
  if (hint) warn('Run `npm run export -- --help` for every option, with examples.');
  process.exit(code);
}

/** A file that cannot be read or written is a wrong call, said on one line: no stack, no --help. */
function failOnFile<T>(access: () => T): T {
  try {
    return access();
  } catch (err) {
    if (err instanceof FileProblem) fail(err.message, 2, false);
    throw err;
  }
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
      lang: { type: 'string', default: 'en' },
      theme: { type: 'string', default: 'light' },
      year: { type: 'string' },
      country: { type: 'string' },
      type: { type: 'string' },
      sector: { type: 'string' },
      company: { type: 'string' },
      'colour-by': { type: 'string' },
      cumulative: { type: 'boolean' },
      'show-all': { type: 'boolean' },
      planned: { type: 'boolean' },
      sort: { type: 'string' },
      search: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  }));
} catch (err) {
  fail(`${(err as Error).message.split('\n')[0]}`);
}
if (values.help) {
  say(HELP);
  process.exit(0);
}

const view = values.view as ViewId | undefined;
if (!view || !(VIEW_IDS as readonly string[]).includes(view)) fail(`--view must be one of ${VIEW_IDS.join(', ')}`);
const format = values.format as CliRequest['format'];
if (!(FORMATS as readonly string[]).includes(format)) fail(`--format must be one of ${FORMATS.join(', ')}`);
const width = values.width === undefined ? DEFAULT_EXPORT_WIDTH : Number(values.width);
if (!Number.isInteger(width) || width < 280 || width > 4000)
  fail('--width must be a whole number of pixels between 280 and 4000');
const lang = values.lang as Language;
if (!(LANGUAGES as readonly string[]).includes(lang)) fail(`--lang must be one of ${LANGUAGES.join(', ')}`);
const theme = values.theme as CliRequest['theme'];
if (!(THEME_NAMES as readonly string[]).includes(theme)) fail(`--theme must be one of ${THEME_NAMES.join(', ')}`);

// Filters and options are written exactly like the URL parameters, and parsed by the same code.
// Built by hand, not with URLSearchParams: it would encode the commas of "--year 2023,2025" as
// %2C, which fromQuery reads as part of one value (that is how a URL escapes a comma in a name).
const query: string[] = [];
// Each item is read as the URL would read it, so "%2C" stays a comma inside a sector's name.
const asInUrl = (item: string) => {
  try {
    return decodeURIComponent(item);
  } catch {
    return item;
  }
};
const param = (name: string, values: readonly string[]) =>
  query.push(`${name}=${values.map((v) => encodeURIComponent(asInUrl(v))).join(',')}`);
for (const name of ['year', 'country', 'type', 'sector', 'company', 'colour-by', 'sort'] as const) {
  if (values[name] !== undefined) param(name, values[name].split(','));
}
// The search is plain text, not written as in the URL: "100%" or "a%20b" are searched as typed.
if (values.search !== undefined) query.push(`q=${encodeURIComponent(values.search)}`);
for (const name of ['cumulative', 'show-all', 'planned'] as const) if (values[name]) param(name, ['yes']);
const parsed = fromQuery(query.join('&'));
if (parsed.notices.length) {
  // The notices are message keys; the command line words them in English, as the page would.
  const { createI18n } = await import('../src/lib/i18n/i18n');
  const { compileMessage } = await import('@lingui/message-utils/compileMessage');
  const en = (await import('../src/lib/i18n/messages/en/index')).default;
  const i18n = createI18n({ lang: 'en', messages: en, countryNames: new Map() }, { compiler: compileMessage });
  fail(parsed.notices.map((n) => i18n.t(n.key, n.values).replace(/\?([a-z-]+)=/g, '--$1 ')).join('\n'));
}

// npm runs scripts from the package root; INIT_CWD is where the user typed the command.
const cwd = process.env.INIT_CWD ?? process.cwd();
const dataPath = resolve(cwd, values.data ?? resolve(ROOT, 'data/kazakhstan-unga.json'));
const outPath = values.out === undefined ? undefined : resolve(cwd, values.out);
// A CSV's metadata goes beside it, under the name CSV on the Web processors look for.
const metadataPath = outPath && format === 'csv' ? `${outPath}-metadata.json` : undefined;
// Before the few seconds of rendering: a typo in --out fails at once.
if (outPath) failOnFile(() => checkWritable(outPath));
if (metadataPath) failOnFile(() => checkWritable(metadataPath));
const text = failOnFile(() => readText(dataPath));
let json: unknown;
try {
  json = JSON.parse(text);
} catch (err) {
  fail(
    `${dataPath} is not valid JSON (${jsonErrorWhere((err as Error).message, text)}): fix the syntax (npm run validate -- FILE says where too)`,
    1,
  );
}

// Vite compiles the Svelte components and the message files for the server, exactly as the app's build does.
const { createServer } = await import('vite');
const server = await createServer({
  root: ROOT,
  logLevel: 'error',
  server: { middlewareMode: true, hmr: false, ws: false },
  appType: 'custom',
  optimizeDeps: { noDiscovery: true, include: [] },
});
let result;
try {
  const { runExport } = (await server.ssrLoadModule('/scripts/export/run.ts')) as typeof import('./export/run');
  const csvName = outPath ? basename(outPath) : undefined;
  result = await runExport({
    view,
    format,
    json,
    filters: parsed.filters,
    options: { ...DEFAULT_OPTIONS, ...parsed.options },
    lang,
    theme,
    width,
    csvName,
  });
} catch (err) {
  await server.close();
  fail((err as Error).stack ?? (err as Error).message, 1);
}
await server.close();
if (!result.ok) fail(`${values.data ?? 'data/kazakhstan-unga.json'}: ${result.message}`, result.code);

warn(`export: ${view}, ${oneLine(result.context)}`);
if (outPath) {
  failOnFile(() => writeFile(outPath, result.output));
  warn(`export: wrote ${outPath}`);
  if (metadataPath && result.metadata !== undefined) {
    failOnFile(() => writeFile(metadataPath, result.metadata!));
    warn(`export: wrote ${metadataPath}`);
  }
} else {
  process.stdout.write(result.output);
  if (format === 'csv')
    warn(
      'export: the CSV went to standard output without its metadata; give --out FILE to write FILE-metadata.json beside it',
    );
}
