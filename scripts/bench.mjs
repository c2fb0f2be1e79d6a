#!/usr/bin/env node
// `npm run bench`: how fast the dashboard loads, draws and filters, on the bundled dataset and on
// seeded synthetic ones, against the same views pre-rendered (static SVG, no JavaScript) and drawn
// by Vega-Lite from the same file. Debian's Chromium through playwright-core, on 127.0.0.1.
//
//   node scripts/bench.mjs [--sizes bundled,10000,100000] [--runs 10] [--no-build] [--smoke]
//                          [--toggles 1000] [--timeout 120] [--seed 1] [--no-vega] [--out FILE]
//                          [--markdown [FILE]] [--from RESULTS.json]
//
// Prints one markdown table and writes it, with every raw run, to test-results/bench.json.
// --markdown also writes the method and the run's tables as docs/performance.md (or FILE);
// --from renders a saved results file (an earlier --out) that way without measuring again.
// --smoke (for CI): bundled + 1,000 records, 2 runs, no Vega-Lite page; checks that every figure
// was obtained and never judges timings (exit 1 only on page errors or a figure not measured).
//
// What the figures mean (all from navigation start, in a fresh browser per run, 1280×900):
//  - load: the loading indicator (PROBE.loading) is gone. A page that never shows one came with
//    its data (the prerendered bundled dataset): then DOMContentLoaded, hydration done.
//  - first chart: the paint of the frame in which the first drawn chart appeared (probe.mjs).
//  - all views: the paint of the first frame in which every view of the page (PROBE.views: ours
//    has four, the comparison pages three, no table) was drawn at once, found the same way.
//  - dataset arrival: responseEnd of the dataset URL in Resource Timing; a fetch made by a worker
//    is not there, so it is taken from the network events instead (same clock, to ~1 ms).
//  - filter → paint: Event Timing duration of a real (trusted) click (input to the next paint,
//    the one that shows the control's new state).
//  - every view updated: from the same click's input to the paint of the frame in which the last
//    view on screen changed (a MutationObserver over each view, and draw calls on its canvases);
//    views off screen may follow later (scrolled to if they wait for it), reported apart with
//    whether they were aria-busy meanwhile; the longest task meanwhile; DOM nodes changed.
//  - heap: the page's main-thread JS heap after two forced GCs (workers not included).
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkWritable, FileProblem, writeFile } from './fileAccess.mjs';

// ---------------------------------------------------------------------------------------------
// What the benchmark looks for in the app. The DOM is being rewritten: keep every selector here.
// ---------------------------------------------------------------------------------------------

/** The probe (scripts/bench/probe.mjs), the same on every page measured. */
export const PROBE = {
  /** Present while the dataset loads; "loaded" is when it goes away. */
  loading: '[role="status"][aria-busy="true"]',
  /** Present while views are still following a filter (a large dataset's views follow one per frame). */
  busy: '[aria-busy="true"]',
  /** Where a chart may be: an svg or canvas inside a figure or [data-chart]. */
  charts: ':is(figure, [data-chart]) :is(svg, canvas)',
  /** Drawn marks: the first chart is the first candidate with one of non-zero size. */
  marks: 'rect, path, circle, ellipse, line, polyline, polygon',
  /** Smaller svgs are icons or legend swatches, not charts (the map legend's 14 px boxes). */
  minWidth: 100,
  minHeight: 40,
  /**
   * The four views, for "all views" and for watching what a click changes (probe.mjs, cfg.views).
   * A view is drawn when a drawing of at least minWidth × minHeight inside its box has marks of
   * non-zero size: the map 50 of them (country shapes; or a canvas that has been drawn on, as
   * MapLibre's once it has rendered), the charts one, the table one body row. The static page
   * uses the same boxes (figure[data-view]); the Vega-Lite page's are in scripts/bench/pages.mjs.
   */
  views: [
    { view: 'map', region: '[data-view="map"]', draws: 'svg, canvas', minMarks: 50 },
    { view: 'timeline', region: '[data-view="timeline"]', draws: 'svg, canvas' },
    { view: 'deals', region: '[data-view="deals"]', draws: 'svg, canvas' },
    { view: 'table', region: '[data-view="table"]', draws: 'table', marks: 'tbody tr' },
  ],
};

/**
 * The filter toggles clicked, one element per kind (Playwright locators). A kind whose element
 * is missing is reported "n/a" (and fails --smoke), so a DOM change shows up, not a hang.
 */
export const TOGGLES = [
  {
    kind: 'year',
    what: 'filter panel: the first session-year button (accessible name starts with a year)',
    locate: (page) =>
      page
        .getByRole('region', { name: 'Filters' })
        .getByRole('button', { name: /^\s*\d{4}\b/ })
        .first(),
  },
  {
    kind: 'country',
    what: 'filter panel: the first checkbox or button of the "Counterpart country" group',
    locate: (page) =>
      page
        .getByRole('group', { name: /^Counterpart country/ })
        .locator('input[type="checkbox"], button')
        .first(),
  },
  {
    kind: 'map',
    // Stand-in: MapLibre draws countries on a canvas (or an SVG fallback); the companion list
    // runs the same toggleCountry and needs no coordinates.
    what: "map: the first button of the map's companion country list (stand-in for a click on the map canvas)",
    locate: (page) =>
      page
        .getByRole('figure', { name: /^Counterpart countries/ })
        .getByRole('list', { name: /^Countries/ })
        .getByRole('button')
        .first(),
  },
  {
    kind: 'session',
    what: 'timeline: the first session button',
    locate: (page) =>
      page
        .getByRole('figure', { name: /^UNGA sessions/ })
        .getByRole('button', { name: /session/i })
        .first(),
  },
  {
    kind: 'bar',
    what: 'deal chart: the first bar (a role="button" inside its svg)',
    locate: (page) =>
      page
        .getByRole('figure', { name: /^Deal values by company/ })
        .locator('svg [role="button"]')
        .first(),
  },
];

// ---------------------------------------------------------------------------------------------

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const USAGE =
  'usage: npm run bench -- [--sizes bundled,10000,100000] [--runs 10] [--no-build] [--smoke]\n' +
  '                        [--toggles 1000] [--timeout 120] [--seed 1] [--no-vega] [--out FILE]\n' +
  '                        [--markdown [FILE]] [--from RESULTS.json]\n' +
  '  --markdown [FILE]    also write the method and this run as markdown (default docs/performance.md)\n' +
  '  --from RESULTS.json  write that markdown from a saved run (an earlier --out file) instead of measuring';
/** Where --markdown writes when given no file: the performance page of the docs. */
const MARKDOWN_DEFAULT = join(ROOT, 'docs', 'performance.md');
const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--js-flags=--expose-gc',
];

function options() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        sizes: { type: 'string', default: 'bundled,10000,100000' },
        runs: { type: 'string', default: '10' },
        'no-build': { type: 'boolean', default: false },
        smoke: { type: 'boolean', default: false },
        toggles: { type: 'string', default: '0' },
        timeout: { type: 'string', default: '120' },
        seed: { type: 'string', default: '1' },
        'no-vega': { type: 'boolean', default: false },
        out: { type: 'string', default: join(ROOT, 'test-results', 'bench.json') },
        markdown: { type: 'string' },
        from: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      args: withMarkdownValue(process.argv.slice(2).filter((a) => a !== '--')),
      strict: true,
    }));
  } catch (err) {
    console.error(`bench: ${err.message.split('\n')[0]}\n${USAGE}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const whole = (name, min) => {
    const n = Number(values[name]);
    if (!Number.isInteger(n) || n < min) {
      console.error(`bench: --${name} must be a whole number of at least ${min}\n${USAGE}`);
      process.exit(2);
    }
    return n;
  };
  const smoke = values.smoke;
  const sizes = (smoke ? 'bundled,1000' : values.sizes)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const s of sizes) {
    if (s !== 'bundled' && !/^\d+$/.test(s)) {
      console.error(`bench: --sizes takes "bundled" and numbers of engagements, such as bundled,10000; not "${s}"`);
      process.exit(2);
    }
  }
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const from = values.from === undefined ? null : resolve(cwd, values.from);
  const markdownPath = values.markdown ?? (from ? '' : undefined);
  return {
    from,
    markdown: markdownPath === undefined ? null : writableOut(resolve(cwd, markdownPath || MARKDOWN_DEFAULT)),
    sizes,
    runs: smoke ? 2 : whole('runs', 1),
    build: !values['no-build'],
    smoke,
    vega: !smoke && !values['no-vega'],
    toggleLoop: whole('toggles', 0),
    timeoutMs: whole('timeout', 5) * 1000,
    seed: whole('seed', 0),
    out: writableOut(resolve(process.env.INIT_CWD ?? process.cwd(), values.out)),
  };
}

/**
 * `--markdown` may come without a file: parseArgs wants a value for a string option, so the
 * default's marker ('') is put in when the next argument is another option or there is none.
 */
function withMarkdownValue(args) {
  const out = [];
  args.forEach((a, i) => {
    out.push(a);
    if (a === '--markdown' && (i + 1 === args.length || args[i + 1].startsWith('-'))) out.push('');
  });
  return out;
}

/** The --out file, its folder created; checked now, not after minutes of measuring. */
function writableOut(out) {
  try {
    mkdirSync(dirname(out), { recursive: true });
  } catch {
    // checkWritable says why, in the words the other tools use.
  }
  try {
    checkWritable(out);
  } catch (err) {
    failOnFile(err);
  }
  return out;
}

/** A file that cannot be written, on one line with exit code 2; anything else is a bug. */
function failOnFile(err) {
  if (!(err instanceof FileProblem)) throw err;
  console.error(`bench: ${err.message}`);
  process.exit(2);
}

/** The project's own build (`npm run build`: vite build, plus whatever it adds, such as prerendering). */
function build() {
  const started = Date.now();
  const r = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) {
    console.error(
      `${r.stdout}\n${r.stderr}\nbench: the build failed (above); fix it or pass --no-build to measure the existing dist/`,
    );
    process.exit(1);
  }
  console.log(`bench: built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** The datasets measured: file served, URL path, the parsed data, counts. */
async function prepareDatasets(opts, dataDir) {
  const { tsImport } = await import('tsx/esm/api');
  const { synthDataset } = await tsImport('./synth/generate.ts', import.meta.url);
  const out = [];
  for (const size of opts.sizes) {
    if (size === 'bundled') {
      // The app fetches its bundled copy from dist/assets; the Vega-Lite page reads that same URL.
      const asset = readdirSync(join(DIST, 'assets')).find((f) => /^kazakhstan-unga.*\.json$/.test(f));
      const text = readFileSync(join(ROOT, 'data', 'kazakhstan-unga.json'), 'utf8');
      const path = asset ? `/assets/${asset}` : '/bench-data/bundled.json';
      if (!asset) writeFileSync(join(dataDir, 'bundled.json'), text);
      out.push({ name: 'bundled', label: 'bundled', path, data: JSON.parse(text), bytes: Buffer.byteLength(text) });
    } else {
      const n = Number(size);
      const data = synthDataset({ engagements: n, seed: opts.seed });
      const text = JSON.stringify(data);
      const file = `synth-${n}-s${opts.seed}.json`;
      writeFileSync(join(dataDir, file), text);
      out.push({
        name: `synth-${n}`,
        label: n.toLocaleString('en-US'),
        path: `/bench-data/${file}`,
        data,
        bytes: Buffer.byteLength(text),
      });
    }
  }
  for (const d of out) {
    d.engagements = d.data.engagements.length;
    d.deals = d.data.deals.length;
  }
  return out;
}

function chromiumVersion() {
  const r = spawnSync(process.env.CHROMIUM_PATH || '/usr/bin/chromium', ['--version'], { encoding: 'utf8' });
  return (r.stdout || '').trim() || 'Chromium (version unknown)';
}

/** The markdown page (method and tables) for a run's results, written where --markdown says. */
async function writeMarkdown(path, results) {
  const { performanceDoc } = await import('./bench/report.mjs');
  try {
    writeFile(path, performanceDoc(results));
  } catch (err) {
    failOnFile(err);
  }
  console.log(`bench: wrote ${path}`);
}

/** --from: a saved results file (what --out wrote), rendered without measuring. */
function readResults(file) {
  let results;
  try {
    results = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (err) {
    console.error(
      `bench: cannot read ${file} (${err.code ?? err.message}): give the JSON file an earlier run wrote (--out)`,
    );
    process.exit(2);
  }
  if (!results?.meta || !Array.isArray(results.datasets)) {
    console.error(
      `bench: ${file} is not a results file of this benchmark (no "meta" and "datasets"): give what --out wrote`,
    );
    process.exit(2);
  }
  return results;
}

async function main() {
  const opts = options();
  if (opts.from) {
    await writeMarkdown(opts.markdown, readResults(opts.from));
    return;
  }
  const { chromium } = await import('playwright-core');
  const { startServer } = await import('./bench/server.mjs');
  const { staticRenderer, vegaPage, VEGA_FILES, STATIC_VIEWS, VEGA_VIEWS } = await import('./bench/pages.mjs');
  const { runApp, runComparison, runToggleLoop } = await import('./bench/measure.mjs');
  const { summarize, markdown, firstLoadJs } = await import('./bench/report.mjs');

  if (opts.build) build();
  if (!existsSync(join(DIST, 'index.html'))) {
    console.error('bench: dist/index.html is missing: run "npm run build" or drop --no-build');
    process.exit(1);
  }
  const tmp = mkdtempSync(join(tmpdir(), 'unga-bench-'));
  const dirs = { data: join(tmp, 'data'), pages: join(tmp, 'pages'), vendor: join(tmp, 'vendor') };
  for (const d of Object.values(dirs)) mkdirSync(d);
  const datasets = await prepareDatasets(opts, dirs.data);
  for (const d of datasets)
    console.log(
      `bench: dataset ${d.label}: ${d.engagements} engagements, ${d.deals} deals, ${(d.bytes / 1e6).toFixed(2)} MB`,
    );

  // Comparison pages, made here from the same data. A failure of the project's SVG export is
  // reported (and fails --smoke) but does not stop the app's own measurements.
  const started = Date.now();
  const staticErrors = new Map();
  try {
    const renderer = await staticRenderer(ROOT);
    try {
      for (const d of datasets) {
        try {
          const html = await renderer.page(d.data);
          writeFileSync(join(dirs.pages, `static-${d.name}.html`), html);
          d.staticBytes = Buffer.byteLength(html);
        } catch (err) {
          staticErrors.set(d.name, String(err?.message ?? err).split('\n')[0]);
        }
      }
    } finally {
      await renderer.close();
    }
  } catch (err) {
    for (const d of datasets) staticErrors.set(d.name, String(err?.message ?? err).split('\n')[0]);
  }
  for (const [name, message] of staticErrors)
    console.log(
      `bench: static page for ${name} not rendered: ${message} (adapt the renderViewSvg call in scripts/bench/pages.mjs)`,
    );
  console.log(`bench: static pages rendered in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (opts.vega) for (const [name, file] of Object.entries(VEGA_FILES)) copyFileSync(file, join(dirs.vendor, name));

  const server = await startServer(DIST, {
    '/bench-data/': dirs.data,
    '/bench-pages/': dirs.pages,
    '/bench-vendor/': dirs.vendor,
  });
  const { origin } = server;
  if (opts.vega) {
    for (const d of datasets) {
      const html = vegaPage({
        title: d.data.title,
        dataUrl: `${origin}${d.path}`,
        topoUrl: `${origin}/bench-vendor/countries-50m.json`,
        home: d.data.delegation.country,
        vendor: '/bench-vendor',
      });
      writeFileSync(join(dirs.pages, `vega-${d.name}.html`), html);
    }
  }
  const fileOf = (path) => {
    if (path.startsWith('/bench-vendor/')) return join(dirs.vendor, path.slice('/bench-vendor/'.length));
    if (path.startsWith('/bench-')) return null;
    return join(DIST, path);
  };

  // A browser per page run: a fresh profile each time, and a stuck page ends with its browser.
  const launch = () =>
    chromium.launch({
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      headless: true,
      args: CHROMIUM_ARGS,
    });
  const meta = {
    date: new Date().toISOString(),
    cpu: cpus()[0]?.model?.trim() ?? 'unknown CPU',
    cores: cpus().length,
    chromium: chromiumVersion(),
    node: process.version,
    runs: opts.runs,
    // Watched clicks of each kind per run (even: the filters end as they started).
    perKind: opts.smoke ? 2 : 4,
    timeoutS: opts.timeoutMs / 1000,
    smoke: opts.smoke,
    selectors: {
      probe: PROBE,
      toggles: TOGGLES.map((t) => ({ kind: t.kind, what: t.what, locate: t.locate.toString() })),
    },
  };
  const summaries = [];
  const rawAll = {};
  try {
    for (const d of datasets) {
      const raw = (rawAll[d.name] = { ours: [] });
      const appUrl =
        d.name === 'bundled' ? `${origin}/` : `${origin}/?data=${encodeURIComponent(`${origin}${d.path}`)}`;
      for (let i = 0; i < opts.runs; i++) {
        const r = await runApp(launch, {
          url: appUrl,
          datasetPath: d.path,
          probe: PROBE,
          toggles: TOGGLES,
          perKind: meta.perKind,
          timeoutMs: opts.timeoutMs,
        });
        raw.ours.push(r);
        console.log(`bench: ${d.label} ours run ${i + 1}/${opts.runs}: ${describeRun(r)}`);
        // A dataset the app cannot load in time: more runs would only wait again.
        if (r.status === 'timeout' && r.load == null) {
          console.log(
            `bench: ${d.label}: the app did not load within ${opts.timeoutMs / 1000} s; skipping its other runs`,
          );
          break;
        }
      }
      const first = raw.ours.find((r) => r.firstChart !== null && r.resources);
      if (first) raw.oursFirstLoadJs = firstLoadJs(first.resources, first.firstChart, fileOf);
      for (const r of raw.ours) delete r.resources;

      if (staticErrors.has(d.name)) raw.staticError = staticErrors.get(d.name);
      for (const [which, enabled] of [
        ['static', !staticErrors.has(d.name)],
        ['vega', opts.vega],
      ]) {
        if (!enabled) continue;
        raw[which] = [];
        for (let i = 0; i < opts.runs; i++) {
          const url = `${origin}/bench-pages/${which}-${d.name}.html`;
          const r = await runComparison(launch, {
            url,
            datasetPath: which === 'vega' ? d.path : null,
            probe: {
              ...PROBE,
              views: which === 'vega' ? VEGA_VIEWS : PROBE.views.filter((v) => STATIC_VIEWS.includes(v.view)),
            },
            timeoutMs: opts.timeoutMs,
          });
          raw[which].push(r);
          console.log(
            `bench: ${d.label} ${which} run ${i + 1}/${opts.runs}: ${r.status === 'ok' ? `first chart ${fmt(r.firstChart)} ms, all views ${fmt(r.allViews)} ms` : r.status}${r.errors.length ? `, errors: ${r.errors.join(' | ')}` : ''}`,
          );
          if (r.status === 'timeout' && r.firstChart == null) break;
        }
        const firstOk = raw[which].find((r) => r.firstChart !== null && r.resources);
        if (firstOk) raw[`${which}FirstLoadJs`] = firstLoadJs(firstOk.resources, firstOk.firstChart, fileOf);
        for (const r of raw[which]) delete r.resources;
      }

      if (opts.toggleLoop > 0) {
        raw.toggleLoop = await runToggleLoop(launch, {
          url: appUrl,
          probe: PROBE,
          toggle: TOGGLES[0],
          count: opts.toggleLoop,
          timeoutMs: opts.timeoutMs * 5,
        });
        console.log(
          `bench: ${d.label} year toggled ${raw.toggleLoop.done}×: heap ${fmt(raw.toggleLoop.heapBefore, 1)} → ${fmt(raw.toggleLoop.heapAfter, 1)} MB (${raw.toggleLoop.status})`,
        );
      }
      const { data, ...dataset } = d;
      summaries.push(
        summarize(
          dataset,
          raw,
          TOGGLES.map((t) => t.kind),
        ),
      );
    }
  } finally {
    await server.close();
    rmSync(tmp, { recursive: true, force: true });
  }

  const table = markdown(meta, summaries, TOGGLES);
  console.log(`\n${table}\n`);
  try {
    writeFile(opts.out, `${JSON.stringify({ meta, table, datasets: summaries, raw: rawAll }, null, 2)}\n`);
  } catch (err) {
    failOnFile(err);
  }
  console.log(`bench: wrote ${opts.out}`);
  if (opts.markdown) await writeMarkdown(opts.markdown, { meta, table, datasets: summaries });

  const problems = smokeProblems(summaries);
  if (opts.smoke) {
    if (problems.length) {
      console.log(`bench --smoke: FAILED\n  ${problems.join('\n  ')}`);
      console.log(
        '(timings are never judged; a figure that could not be measured or a page error is. Selectors: PROBE and TOGGLES at the top of scripts/bench.mjs)',
      );
      process.exitCode = 1;
    } else console.log('bench --smoke: every figure was measured; no page errors');
  } else if (problems.length) console.log(`bench: not measured or with errors:\n  ${problems.join('\n  ')}`);
}

const fmt = (x, digits = 0) => (typeof x === 'number' ? x.toFixed(digits) : '–');

function describeRun(r) {
  if (r.status !== 'ok' && r.load == null)
    return `${r.status}${r.errors?.length ? `, errors: ${r.errors.join(' | ')}` : ''}`;
  const toggles = Object.entries(r.toggles ?? {})
    .map(
      ([k, t]) =>
        `${k} ${t.status === 'ok' ? t.eventTiming.map((x, i) => `${x.ms ?? '<16'}→${fmt(t.watch?.[i]?.everyVisible)}`).join('/') : t.status}`,
    )
    .join(', ');
  return (
    `load ${fmt(r.load)} ms, first chart ${fmt(r.firstChart)} ms, all views ${fmt(r.allViews)} ms` +
    `${r.allViewsLast ? ` (last: ${r.allViewsLast})` : ''}, heap ${fmt(r.heapAfterLoad, 1)} → ${fmt(r.heapAfterToggles, 1)} MB; ` +
    `clicks (Event Timing → every view on screen, ms): ${toggles || '–'}${r.status !== 'ok' ? ` [${r.status}]` : ''}${r.errors?.length ? `; errors: ${r.errors.join(' | ')}` : ''}`
  );
}

/** What --smoke fails on: page errors, and any figure not obtained at all. */
function smokeProblems(summaries) {
  const out = [];
  for (const s of summaries) {
    const at = `${s.label}:`;
    for (const e of s.ours.errors) out.push(`${at} page error in the app: ${e}`);
    if (s.ours.status === 'timeout') {
      out.push(`${at} the app did not load within the page timeout: nothing of it was measured`);
      continue;
    }
    if (s.ours.load.n === 0) out.push(`${at} load not measured (${s.ours.status}); check PROBE.loading`);
    // Only the bundled dataset may come inside the page; one given by ?data= must be fetched.
    if (s.name !== 'bundled' && s.ours.loadBasis)
      out.push(`${at} no loading indicator seen while ?data= loaded: check PROBE.loading`);
    if (s.ours.firstChart.n === 0)
      out.push(`${at} first chart not found in the app; check PROBE.charts / marks / min size`);
    if (s.ours.arrivalToChart.n === 0) out.push(`${at} dataset arrival not found in Resource Timing (${s.path})`);
    if (s.ours.allViews.n === 0)
      out.push(
        `${at} all views never drawn in the app (missing: ${s.ours.viewsMissing.join(', ') || '?'}); check PROBE.views`,
      );
    for (const [kind, t] of Object.entries(s.ours.toggles)) {
      if (!t.eventTiming || !t.everyVisible?.n || t.status !== 'ok')
        out.push(`${at} toggle "${kind}" not measured (${t.status}); check its locator in TOGGLES`);
      else if (!t.nodes?.total) out.push(`${at} toggle "${kind}": no view changed; check PROBE.views`);
    }
    if (s.ours.longtasksLoad === null) out.push(`${at} long tasks not read`);
    if (s.ours.heapAfterLoad === null || s.ours.heapAfterToggles === null) out.push(`${at} JS heap not read`);
    if (!s.ours.firstLoadJs || s.ours.firstLoadJs.files.length === 0) out.push(`${at} first-load JavaScript not found`);
    for (const which of ['static', 'vega']) {
      if (!s[which]) continue;
      for (const e of s[which].errors) out.push(`${at} page error in the ${which} page: ${e}`);
      if (s[which].firstChart.n === 0) out.push(`${at} first chart not found in the ${which} page`);
      if (s[which].allViews?.n === 0)
        out.push(`${at} all views never drawn in the ${which} page (missing: ${s[which].viewsMissing.join(', ')})`);
    }
    if (s.staticError)
      out.push(
        `${at} static page not rendered: ${s.staticError} (adapt the renderViewSvg call in scripts/bench/pages.mjs)`,
      );
    if (s.toggleLoop && s.toggleLoop.heapAfter == null)
      out.push(`${at} the toggle loop did not finish (${s.toggleLoop.status})`);
  }
  return out;
}

await main();
