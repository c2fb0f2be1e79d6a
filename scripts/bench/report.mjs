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

/**
 * The issue's goals (issue 26), judged where they apply. By engagements: a dataset of up to
 * 10,000 is held to the 10,000 goal, up to 100,000 to the 100,000 one.
 */
export const GOALS = {
  /** Every view on screen updated after a click, median over all kinds of clicks (ms). */
  everyVisibleMs: (engagements) => (engagements <= 10_000 ? 50 : engagements <= 100_000 ? 100 : null),
  /** No task longer than this while a click is followed (ms). */
  longestTaskMs: 50,
  /** All views of the bundled dataset's page, as a share of the Vega-Lite page's all views. */
  allViewsOverVega: (name) => (name === 'bundled' ? 0.5 : null),
  /** All views after the file has arrived, at 100,000 engagements and more (ms). */
  arrivalToAllViewsMs: (engagements) => (engagements >= 100_000 ? 2500 : null),
};

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

/** Views looked for but not drawn in some run whose "all views" was never reached. */
function viewsMissing(runs) {
  const missing = new Set();
  for (const r of runs) {
    if (r.allViews != null || r.status === 'timeout') continue;
    for (const v of r.viewNames ?? []) if (r.views?.[v] == null) missing.add(v);
  }
  return [...missing];
}

/** When each view was first drawn (median per view), and which one came last most often. */
function viewsDrawn(runs) {
  const names = [...new Set(runs.flatMap((r) => Object.keys(r.views ?? {})))];
  const lasts = runs.map((r) => r.allViewsLast).filter(Boolean);
  const mostLast = lasts.sort((a, b) => lasts.filter((x) => x === b).length - lasts.filter((x) => x === a).length)[0];
  return {
    views: Object.fromEntries(names.map((v) => [v, stat(runs.map((r) => r.views?.[v] ?? null))])),
    last: mostLast ?? null,
  };
}

const sum = (list) => list.reduce((a, b) => a + b, 0);

/**
 * What the watched clicks of one kind did (the probe's B.disarm() per click): every view on
 * screen updated, every view including those off screen, how the views off screen followed, the
 * longest task, the nodes changed.
 */
export function summarizeWatches(watches) {
  const w = watches.filter((x) => x?.clicked);
  const offscreen = w.flatMap((x) =>
    Object.entries(x.views)
      .filter(([, v]) => v.present && !v.visible)
      .map(([view, v]) => ({
        view,
        ...v,
        afterVisible: v.lastChange !== null && v.lastChange > (x.everyVisible ?? 0),
      })),
  );
  // A view that followed after those on screen: was it aria-busy in every frame until it did?
  const late = offscreen.filter((v) => v.afterVisible || (v.lastChange === null && v.pendingFrames > 0));
  const busy = (v) =>
    v.pendingFrames === 0 ? 'n/a' : v.busyFrames >= v.pendingFrames ? 'all' : v.busyFrames ? 'some' : 'none';
  const viewNames = [...new Set(w.flatMap((x) => Object.keys(x.views)))];
  const nodeKinds = ['attributes', 'characterData', 'added', 'removed'];
  return {
    n: w.length,
    everyVisible: stat(w.map((x) => x.everyVisible)),
    everyView: stat(w.map((x) => x.everyView)),
    visibleViews: Object.fromEntries(viewNames.map((v) => [v, w.filter((x) => x.views[v]?.visible).length])),
    offscreen: {
      /** View-clicks off screen, and of those the ones that followed after the views on screen. */
      views: offscreen.length,
      late: late.length,
      /** Of the late ones: how many the bench had to scroll to before they followed. */
      afterScroll: late.filter((v) => v.scrolledAt !== null && v.lastChange !== null && v.lastChange >= v.scrolledAt)
        .length,
      /** Of the late ones: how many never changed at all (the filter did not touch them, or they did not follow). */
      neverChanged: offscreen.filter((v) => v.lastChange === null).length,
      followed: stat(late.map((v) => v.lastChange)),
      busy: {
        all: late.filter((v) => busy(v) === 'all').length,
        some: late.filter((v) => busy(v) === 'some').length,
        none: late.filter((v) => busy(v) === 'none').length,
      },
      busyWhere: [...new Set(late.flatMap((v) => v.busyWhere ?? []))],
    },
    longestTask: stat(w.map((x) => x.longestTask)),
    longestTaskAll: stat(w.map((x) => x.longestTaskAll)),
    tasksOver50: sum(w.map((x) => x.tasksOver50 ?? 0)),
    nodes: {
      total: median(w.map((x) => sum(viewNames.map((v) => x.views[v]?.nodes.total ?? 0)))),
      max: w.length ? Math.max(...w.map((x) => sum(viewNames.map((v) => x.views[v]?.nodes.total ?? 0)))) : null,
      views: Object.fromEntries(viewNames.map((v) => [v, median(w.map((x) => x.views[v]?.nodes.total ?? 0))])),
      other: median(w.map((x) => x.other?.total ?? 0)),
      kinds: Object.fromEntries(
        nodeKinds.map((k) => [k, median(w.map((x) => sum(viewNames.map((v) => x.views[v]?.nodes[k] ?? 0))))]),
      ),
    },
  };
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
  Object.assign(out.ours, allViewsOf(ours));
  out.ours.toggles = {};
  const allWatches = [];
  for (const kind of toggleKinds) {
    const per = ours.map((r) => r.toggles?.[kind]).filter(Boolean);
    const statuses = [...new Set(per.map((t) => t.status))];
    const watches = per.flatMap((t) => t.watch ?? []);
    allWatches.push(...watches);
    out.ours.toggles[kind] = {
      status: per.length === 0 ? out.ours.status : (statuses.find((s) => s !== 'ok') ?? 'ok'),
      eventTiming: toggleStat(per.flatMap((t) => t.eventTiming)),
      // Results written before the click watch: the script click's "until nothing is busy".
      ...(per.some((t) => t.script) ? { script: toggleStat(per.flatMap((t) => t.script ?? [])) } : {}),
      ...(watches.length ? summarizeWatches(watches) : {}),
    };
  }
  // Over all kinds of clicks, against the goals.
  if (allWatches.length) {
    const all = summarizeWatches(allWatches);
    const goalMs = GOALS.everyVisibleMs(dataset.engagements);
    const longest = all.longestTask.max;
    out.ours.clicks = {
      n: all.n,
      everyVisible: all.everyVisible,
      everyView: all.everyView,
      goalMs,
      pass: goalMs === null || all.everyVisible.median === null ? null : all.everyVisible.median <= goalMs,
      longestTask: longest,
      longestTaskAll: all.longestTaskAll.max,
      taskGoalMs: GOALS.longestTaskMs,
      taskPass: longest === null ? null : longest <= GOALS.longestTaskMs,
      offscreen: all.offscreen,
      nodes: all.nodes,
    };
  } else out.ours.clicks = null;
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
      ...allViewsOf(runs),
      timeouts: runs.filter((r) => r.status !== 'ok').length,
      errors: [...new Set(runs.flatMap((r) => r.errors ?? []))],
      firstLoadJs: raw[`${which}FirstLoadJs`] ?? null,
    };
  }
  const ratio = (a, b) => (a !== null && b ? a / b : null);
  out.ratios = {
    oursOverStatic: ratio(out.ours.firstChart.median, out.static?.firstChart.median),
    oursOverVega: ratio(out.ours.firstChart.median, out.vega?.firstChart.median),
    allViewsOursOverStatic: ratio(out.ours.allViews?.median ?? null, out.static?.allViews?.median),
    allViewsOursOverVega: ratio(out.ours.allViews?.median ?? null, out.vega?.allViews?.median),
  };
  const goal = GOALS.allViewsOverVega(dataset.name);
  const arrivalGoal = GOALS.arrivalToAllViewsMs(dataset.engagements);
  out.goals = {
    allViewsOverVega: goal,
    allViewsOverVegaPass:
      goal === null || out.ratios.allViewsOursOverVega === null ? null : out.ratios.allViewsOursOverVega <= goal,
    arrivalToAllViewsMs: arrivalGoal,
    arrivalToAllViewsPass:
      arrivalGoal === null || out.ours.arrivalToAllViews?.median == null
        ? null
        : out.ours.arrivalToAllViews.median <= arrivalGoal,
  };
  out.toggleLoop = raw.toggleLoop ?? null;
  out.staticError = raw.staticError ?? null;
  return out;
}

/** "All views" of a page's runs: its time, each view's, what was missing, after the file's arrival. */
function allViewsOf(runs) {
  const drawn = viewsDrawn(runs);
  return {
    allViews: stat(runs.map((r) => r.allViews ?? null)),
    allViewsLast: drawn.last,
    viewsDrawn: drawn.views,
    viewsMissing: viewsMissing(runs),
    arrivalToAllViews: stat(runs.map((r) => (r.allViews != null && r.arrival != null ? r.allViews - r.arrival : null))),
  };
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
  row('all views, ours (ms)', (s) => timedOrMissing(s.ours, s.ours.status === 'timeout'));
  row('all views, static page (ms)', (s) =>
    s.static ? timedOrMissing(s.static, s.static.timeouts) : s.staticError ? 'not rendered' : '–',
  );
  row('all views, Vega-Lite (ms)', (s) => (s.vega ? timedOrMissing(s.vega, s.vega.timeouts) : '–'));
  row('ratio ours ÷ static, all views', (s) => ratioCell(s.ratios?.allViewsOursOverStatic));
  row('ratio ours ÷ Vega-Lite, all views (goal ≤ 0.5 on the bundled dataset)', (s) =>
    ratioCell(s.ratios?.allViewsOursOverVega, s.goals?.allViewsOverVega, s.goals?.allViewsOverVegaPass),
  );
  row('each view first drawn, ours: median (ms); the last one', (s) => viewsCell(s.ours));
  row('dataset arrival → first chart, ours (ms)', (s) => timed(s.ours.arrivalToChart, s.ours.status === 'timeout'));
  row('dataset arrival → first chart, Vega-Lite (ms)', (s) =>
    s.vega ? timed(s.vega.arrivalToChart, s.vega.timeouts) : '–',
  );
  row('dataset arrival → all views, ours (ms; goal ≤ 2,500 at 100,000)', (s) =>
    // Results written before "all views" have none.
    !s.ours.arrivalToAllViews
      ? '–'
      : goalCell(
          timed(s.ours.arrivalToAllViews, s.ours.status === 'timeout'),
          s.goals?.arrivalToAllViewsMs,
          s.goals?.arrivalToAllViewsPass,
        ),
  );
  row('dataset arrival → all views, Vega-Lite (ms)', (s) =>
    s.vega?.arrivalToAllViews ? timed(s.vega.arrivalToAllViews, s.vega.timeouts) : '–',
  );
  for (const t of toggles) {
    row(`filter → paint, ${t.kind}: Event Timing median / worst (ms)`, (s) =>
      toggleCell(s.ours.toggles[t.kind], 'eventTiming'),
    );
  }
  row(
    'every view on screen updated after a click, all kinds: median / max (ms; goal ≤ 50 at 10,000, ≤ 100 at 100,000)',
    (s) =>
      s.ours.clicks
        ? goalCell(
            `${ms(s.ours.clicks.everyVisible.median)} / ${ms(s.ours.clicks.everyVisible.max)}`,
            s.ours.clicks.goalMs,
            s.ours.clicks.pass,
          )
        : '–',
  );
  row('every view, off screen ones too, all kinds: median / max (ms)', (s) =>
    s.ours.clicks ? `${ms(s.ours.clicks.everyView.median)} / ${ms(s.ours.clicks.everyView.max)}` : '–',
  );
  row('longest task until every view on screen updated (ms; goal ≤ 50)', (s) =>
    s.ours.clicks ? goalCell(ms(s.ours.clicks.longestTask), s.ours.clicks.taskGoalMs, s.ours.clicks.taskPass) : '–',
  );
  row('DOM nodes changed per click, all kinds: median (max)', (s) =>
    s.ours.clicks ? `${ms(s.ours.clicks.nodes.total)} (${ms(s.ours.clicks.nodes.max)})` : '–',
  );
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
      `${meta.perKind} clicks of each kind per run; page timeout ${meta.timeoutS} s.`,
    '',
    `| | ${cols.join(' | ')} |`,
    `| --- | ${cols.map(() => '---:').join(' | ')} |`,
  ];
  return [[...head, ...rows].join('\n'), ...summaries.map((s) => clicksTable(s, toggles))].filter(Boolean).join('\n\n');
}

/** Per kind of click, for one dataset: what each click changed and when. */
function clicksTable(s, toggles) {
  const kinds = toggles.map((t) => t.kind).filter((k) => s.ours.toggles?.[k]);
  if (!kinds.length) return '';
  const views = [...new Set(kinds.flatMap((k) => Object.keys(s.ours.toggles[k].nodes?.views ?? {})))];
  const lines = [
    `Clicks on ${s.label}: from the input to the paint (ms, median / max); views on screen at the click; ` +
      `DOM nodes changed (median per click${views.length ? `: ${views.join(' / ')} / rest of the page` : ''}).`,
    '',
    '| click | filter → paint (Event Timing) | every view on screen updated | on screen | views off screen | longest task | nodes changed |',
    '| --- | ---: | ---: | --- | --- | ---: | ---: |',
  ];
  for (const kind of kinds) {
    const t = s.ours.toggles[kind];
    const every = t.everyVisible?.n
      ? `${ms(t.everyVisible.median)} / ${ms(t.everyVisible.max)}`
      : t.script
        ? `${ms(t.script.median)} / ${ms(t.script.worst)} (until nothing busy)`
        : t.status === 'ok'
          ? '–'
          : t.status;
    const onScreen = t.visibleViews
      ? Object.entries(t.visibleViews)
          .filter(([, n]) => n * 2 >= t.n)
          .map(([v]) => v)
          .join(', ') || 'none'
      : '–';
    const nodes = t.nodes
      ? `${ms(t.nodes.total)} (${[...views.map((v) => ms(t.nodes.views[v])), ms(t.nodes.other)].join(' / ')})`
      : '–';
    const tasks = t.longestTask ? `${ms(t.longestTask.median)} / ${ms(t.longestTask.max)}` : '–';
    lines.push(
      `| ${kind} | ${toggleCell(t, 'eventTiming')} | ${every} | ${onScreen} | ${offscreenCell(t.offscreen)} | ${tasks} | ${nodes} |`,
    );
  }
  return lines.join('\n');
}

/** How the views off screen at a click followed it. */
function offscreenCell(o) {
  if (!o) return '–';
  if (!o.views) return 'none off screen';
  if (!o.late) return `with those on screen (${o.views})`;
  const busy = [
    o.busy.all && `aria-busy throughout ${o.busy.all}`,
    o.busy.some && `partly ${o.busy.some}`,
    o.busy.none && `not busy ${o.busy.none}`,
  ]
    .filter(Boolean)
    .join(', ');
  // Where: on the view's own box (or inside it), or on a box around it (all the views').
  const where = (o.busyWhere ?? []).map((w) => (w === 'self' ? 'on the view' : 'on a box around it')).join(' or ');
  return (
    `${o.late} of ${o.views} later: ${ms(o.followed.median)} / ${ms(o.followed.max)}` +
    `${o.afterScroll ? `, ${o.afterScroll} once scrolled to` : ''}${busy ? `; ${busy}` : ''}${where ? ` (${where})` : ''}`
  );
}

/** A figure with its goal: "41 (≤ 50: pass)". */
function goalCell(text, goal, pass) {
  if (goal === null || goal === undefined) return text;
  return `${text} (≤ ${goal.toLocaleString('en-US')}: ${pass === null || pass === undefined ? 'not measured' : pass ? 'pass' : 'FAIL'})`;
}

const ratioCell = (r, goal, pass) => (r ? goalCell(r.toFixed(2), goal, pass) : '–');

/** All views of a page, or which views it never drew. */
function timedOrMissing(page, timeouts) {
  if (!page.allViews) return '–';
  const missing = page.viewsMissing?.length ? ` (not drawn: ${page.viewsMissing.join(', ')})` : '';
  return `${timed(page.allViews, timeouts)}${missing}`;
}

function viewsCell(page) {
  const v = page.viewsDrawn;
  if (!v || !Object.keys(v).length) return '–';
  const each = Object.entries(v).map(([name, st]) => `${name} ${ms(st.median)}`);
  return `${each.join(', ')}; last: ${page.allViewsLast ?? '–'}`;
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
