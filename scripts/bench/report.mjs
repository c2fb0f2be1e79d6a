// Turns the raw runs into figures (medians, worst cases), one markdown table, and the docs' page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export function median(values) {
  const v = values.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** Median, min and max of the runs that produced a number, and how many did not. */
export function stat(values) {
  const v = values.filter((x) => typeof x === 'number');
  return {
    median: median(v),
    min: v.length ? Math.min(...v) : null,
    max: v.length ? Math.max(...v) : null,
    n: v.length,
    missing: values.length - v.length,
  };
}

/**
 * Median and worst of toggle timings where some are only known to be under 16 ms (no Event
 * Timing entry): those sort first, and a median that lands on one reads "<16".
 */
export function toggleStat(samples) {
  if (!samples.length) return null;
  const key = (s) => s.ms ?? -1;
  const sorted = [...samples].sort((a, b) => key(a) - key(b));
  const mid = sorted.length >> 1;
  const value = (s) => (s.ms === undefined ? `<${s.below}` : s.ms);
  const [a, b] = [sorted[(sorted.length - 1) >> 1], sorted[mid]];
  // Odd length: a and b are the same sample. Even: their mean, or the upper one if either is unknown.
  const med = a.ms !== undefined && b.ms !== undefined ? (a.ms + b.ms) / 2 : value(b);
  return { median: med, worst: value(sorted[sorted.length - 1]), n: samples.length };
}

/** gzip size of the JavaScript a page requested before its first chart, read from the served files. */
export function firstLoadJs(resources, firstChart, fileOf) {
  const files = [];
  let raw = 0;
  let gzip = 0;
  for (const r of resources ?? []) {
    const path = new URL(r.name).pathname;
    if (!/\.m?js$/.test(path) || (firstChart !== null && r.start > firstChart)) continue;
    const file = fileOf(path);
    if (!file) continue;
    try {
      const body = readFileSync(file);
      raw += body.length;
      gzip += gzipSync(body).length;
      files.push(path);
    } catch {}
  }
  return { files, rawKB: raw / 1024, gzipKB: gzip / 1024 };
}

const ms = (x) => (x === null || x === undefined ? '–' : typeof x === 'string' ? x : `${Math.round(x)}`);
const mb = (x) => (x === null || x === undefined ? '–' : x.toFixed(1));

function timed(s, timeouts) {
  if (!s || s.n === 0) return timeouts ? 'timeout' : 'n/a';
  const base = ms(s.median);
  return s.missing ? `${base} (${s.missing} of ${s.n + s.missing} timed out/missing)` : base;
}

/** Everything for one dataset, from its raw runs. */
export function summarize(dataset, raw, toggleKinds) {
  const ours = raw.ours ?? [];
  const okRuns = ours.filter((r) => r.status === 'ok' || r.load !== null);
  const out = { ...dataset, ours: {}, static: null, vega: null };
  out.ours.status = ours.length && okRuns.length === 0 ? (ours[0]?.status ?? 'timeout') : 'ok';
  out.ours.load = stat(ours.map((r) => r.load));
  // "DOMContentLoaded" when the page showed no loading indicator (its data came in the page).
  out.ours.loadBasis = ours.find((r) => r.loadBasis)?.loadBasis ?? null;
  out.ours.firstChart = stat(ours.map((r) => r.firstChart));
  out.ours.firstChartInfo = ours.find((r) => r.firstChartInfo)?.firstChartInfo ?? null;
  out.ours.arrivalToChart = stat(
    ours.map((r) => (r.firstChart !== null && r.arrival != null ? r.firstChart - r.arrival : null)),
  );
  out.ours.toggles = {};
  for (const kind of toggleKinds) {
    const per = ours.map((r) => r.toggles?.[kind]).filter(Boolean);
    const statuses = [...new Set(per.map((t) => t.status))];
    out.ours.toggles[kind] = {
      status: per.length === 0 ? out.ours.status : (statuses.find((s) => s !== 'ok') ?? 'ok'),
      eventTiming: toggleStat(per.flatMap((t) => t.eventTiming)),
      script: toggleStat(per.flatMap((t) => t.script)),
    };
  }
  const tasks = (key) => {
    const list = ours.map((r) => r[key]).filter(Boolean);
    return list.length
      ? { count: median(list.map((t) => t.count)), longest: Math.max(...list.map((t) => t.longest)) }
      : null;
  };
  out.ours.longtasksLoad = tasks('longtasksLoad');
  out.ours.longtasksToggles = tasks('longtasksToggles');
  out.ours.heapAfterLoad = median(ours.map((r) => r.heapAfterLoad));
  out.ours.heapAfterToggles = median(ours.map((r) => r.heapAfterToggles));
  out.ours.firstLoadJs = raw.oursFirstLoadJs ?? null;
  out.ours.errors = [...new Set(ours.flatMap((r) => r.errors ?? []))];
  for (const which of ['static', 'vega']) {
    const runs = raw[which];
    if (!runs) continue;
    out[which] = {
      firstChart: stat(runs.map((r) => r.firstChart)),
      firstChartInfo: runs.find((r) => r.firstChartInfo)?.firstChartInfo ?? null,
      arrivalToChart: stat(
        runs.map((r) => (r.firstChart !== null && r.arrival != null ? r.firstChart - r.arrival : null)),
      ),
      timeouts: runs.filter((r) => r.status !== 'ok').length,
      errors: [...new Set(runs.flatMap((r) => r.errors ?? []))],
      firstLoadJs: raw[`${which}FirstLoadJs`] ?? null,
    };
  }
  const ratio = (a, b) => (a !== null && b ? a / b : null);
  out.ratios = {
    oursOverStatic: ratio(out.ours.firstChart.median, out.static?.firstChart.median),
    oursOverVega: ratio(out.ours.firstChart.median, out.vega?.firstChart.median),
  };
  out.toggleLoop = raw.toggleLoop ?? null;
  out.staticError = raw.staticError ?? null;
  return out;
}

/** One markdown table: a row per figure, a column per dataset. */
export function markdown(meta, summaries, toggles) {
  const cols = summaries.map((s) => s.label);
  const rows = [];
  const row = (name, cell) => rows.push(`| ${name} | ${summaries.map((s) => cell(s)).join(' | ')} |`);
  row('records (engagements / deals), file', (s) => `${s.engagements} / ${s.deals}, ${(s.bytes / 1e6).toFixed(2)} MB`);
  row(
    'load: navigation → dataset loaded (ms)',
    (s) =>
      `${timed(s.ours.load, s.ours.status === 'timeout')}${s.ours.loadBasis ? ` (${s.ours.loadBasis}: no loading indicator, data in the page)` : ''}`,
  );
  row('first chart, ours (ms)', (s) => timed(s.ours.firstChart, s.ours.status === 'timeout'));
  row('first chart, static page (ms)', (s) =>
    s.static ? timed(s.static.firstChart, s.static.timeouts) : s.staticError ? 'not rendered' : '–',
  );
  row('static page HTML (MB)', (s) => (s.staticBytes ? (s.staticBytes / 1e6).toFixed(2) : '–'));
  row('first chart, Vega-Lite (ms)', (s) => (s.vega ? timed(s.vega.firstChart, s.vega.timeouts) : '–'));
  row('ratio ours ÷ static', (s) => (s.ratios.oursOverStatic ? s.ratios.oursOverStatic.toFixed(2) : '–'));
  row('ratio ours ÷ Vega-Lite', (s) => (s.ratios.oursOverVega ? s.ratios.oursOverVega.toFixed(2) : '–'));
  row('dataset arrival → first chart, ours (ms)', (s) => timed(s.ours.arrivalToChart, s.ours.status === 'timeout'));
  row('dataset arrival → first chart, Vega-Lite (ms)', (s) =>
    s.vega ? timed(s.vega.arrivalToChart, s.vega.timeouts) : '–',
  );
  for (const t of toggles) {
    row(`filter → paint, ${t.kind}: Event Timing median / worst (ms)`, (s) =>
      toggleCell(s.ours.toggles[t.kind], 'eventTiming'),
    );
    row(`filter → every view updated, ${t.kind}: in-page median / worst (ms)`, (s) =>
      toggleCell(s.ours.toggles[t.kind], 'script'),
    );
  }
  const tasks = (t) => (t ? `${ms(t.count)} (longest ${ms(t.longest)} ms)` : '–');
  row('long tasks during load: count (longest)', (s) => tasks(s.ours.longtasksLoad));
  row('long tasks during toggles: count (longest)', (s) => tasks(s.ours.longtasksToggles));
  row('JS heap after load (MB)', (s) => mb(s.ours.heapAfterLoad));
  row('JS heap after toggles (MB)', (s) => mb(s.ours.heapAfterToggles));
  row('first-load JS, ours (gzip KB)', (s) =>
    s.ours.firstLoadJs ? `${Math.round(s.ours.firstLoadJs.gzipKB)} (${s.ours.firstLoadJs.files.length} files)` : '–',
  );
  if (summaries.some((s) => s.vega?.firstLoadJs))
    row('first-load JS, Vega-Lite page (gzip KB)', (s) =>
      s.vega?.firstLoadJs ? `${Math.round(s.vega.firstLoadJs.gzipKB)}` : '–',
    );
  if (summaries.some((s) => s.toggleLoop)) {
    row('year toggled N times: heap before → after (MB)', (s) => {
      const l = s.toggleLoop;
      if (!l) return '–';
      if (l.heapBefore == null) return l.status;
      return `${l.done}×: ${mb(l.heapBefore)} → ${mb(l.heapAfter)}${l.status !== 'ok' ? ` (${l.status})` : ''}`;
    });
  }
  row('first chart found (ours)', (s) => s.ours.firstChartInfo ?? '–');
  const head = [
    `Benchmark, ${meta.date}: ${meta.cpu} (${meta.cores} cores), ${meta.chromium}, Node ${meta.node}; ${meta.runs} runs per page, ` +
      `${meta.perKind} toggles of each kind per run and method; page timeout ${meta.timeoutS} s.`,
    '',
    `| | ${cols.join(' | ')} |`,
    `| --- | ${cols.map(() => '---:').join(' | ')} |`,
  ];
  return [...head, ...rows].join('\n');
}

function toggleCell(t, method) {
  if (!t) return 'n/a';
  const s = t[method];
  if (!s) return t.status === 'ok' ? 'n/a' : t.status;
  const note = t.status !== 'ok' ? ` (${t.status}, n=${s.n})` : '';
  return `${ms(s.median)} / ${ms(s.worst)}${note}`;
}

/** The method, written once in scripts/bench/method.md; the page adds the run after it. */
const METHOD = join(import.meta.dirname, 'method.md');

/**
 * docs/performance.md for a run's results (what --out saves: `meta` and the `datasets`' summaries):
 * the method, then that run's table. An earlier run is history: it belongs in CHANGELOG.md.
 */
export function performanceDoc({ meta, datasets }) {
  const toggles = meta.selectors?.toggles ?? Object.keys(datasets[0]?.ours?.toggles ?? {}).map((kind) => ({ kind }));
  const method = readFileSync(METHOD, 'utf8').trim();
  return [
    '<!-- Written by `npm run bench -- --markdown` (scripts/bench.mjs); the method comes from scripts/bench/method.md. Regenerate it rather than edit it. -->',
    '',
    method,
    '',
    '## Latest run',
    '',
    markdown(meta, datasets, toggles),
    '',
  ].join('\n');
}
