// The two comparison pages the benchmark builds for each dataset:
//  - static: the map, the timeline and the deal chart pre-rendered at build time with the
//    project's own SVG export (src/export/render.ts), inlined in one HTML file, no JavaScript;
//  - vega: the same three views drawn by Vega-Lite in the browser from the same dataset URL.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const NODE_MODULES = resolve(import.meta.dirname, '../../node_modules');
const VIEWS = [
  { view: 'map', title: 'Counterpart countries' },
  { view: 'timeline', title: 'UNGA sessions' },
  { view: 'deals', title: 'Deal values by company' },
];
export const PAGE_WIDTH = 960; // the views' export width; the page is shown in a 1280 px viewport

/**
 * The views of the comparison pages, for "all views" (probe.mjs, cfg.views). Neither page has the
 * Engagements table: their "all views" is these three.
 *  - static: each view's SVG in a <figure data-view="…">, as our page's boxes are found;
 *  - Vega-Lite: one SVG; vconcat draws its parts as groups named concat_<i>_group, in VIEWS'
 *    order. The map is drawn once 50 country shapes are (the basemap layer), as on our page.
 */
export const STATIC_VIEWS = VIEWS.map((v) => v.view);
export const VEGA_VIEWS = VIEWS.map(({ view }, i) => ({
  view,
  region: `[data-chart] svg g.concat_${i}_group`,
  ...(view === 'map' ? { minMarks: 50 } : {}),
}));

/** A dataset text in English: plain, or translations by language ({"en": …, "ru": …}). */
export const plainText = (t) => (typeof t === 'string' ? t : (t?.en ?? Object.values(t ?? {})[0] ?? ''));

const escapeHtml = (s) =>
  String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/**
 * A renderer of the static views. Vite compiles the Svelte export components for the server, as
 * `npm run export` does (scripts/export.ts). Call close() when done.
 */
export async function staticRenderer(root) {
  const { createServer } = await import('vite');
  const vite = await createServer({
    root,
    logLevel: 'error',
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  // The app's own font, once for the page (served from dist/fonts/), where the app has one.
  const fontFaces = existsSync(join(root, 'public', 'fonts', 'noto-sans-400.woff2'))
    ? [400, 700]
        .map(
          (w) =>
            `@font-face{font-family:'Noto Sans';font-weight:${w};src:url(/fonts/noto-sans-${w}.woff2) format('woff2')}`,
        )
        .join('\n')
    : '';
  try {
    const renderView = await viewRenderer(vite);
    return {
      /** One HTML page with every view as inline SVG. */
      async page(data) {
        const figures = [];
        for (const { view, title } of VIEWS) {
          const svg = (await renderView(view, data))
            .replace(/^<\?xml[^>]*>\s*/, '')
            // The font once for the page (fontFaces), not base64 in every drawing.
            .replace(/@font-face\s*\{[^}]*\}/g, '');
          figures.push(`<figure data-view="${view}">\n<figcaption>${escapeHtml(title)}</figcaption>\n${svg}</figure>`);
        }
        return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(plainText(data.title))} (static)</title>
<style>
${fontFaces}
body{margin:0 auto;max-width:1280px;padding:0 20px;font-family:'Noto Sans',system-ui,sans-serif}figure{margin:1.5rem 0}figcaption{font-weight:600;margin-bottom:.4rem}svg{max-width:100%;height:auto}
</style>
</head><body><h1>${escapeHtml(plainText(data.title))}</h1>
${figures.join('\n')}
</body></html>
`;
      },
      close: () => vite.close(),
    };
  } catch (err) {
    await vite.close();
    throw err;
  }
}

/**
 * THE one place that calls the project's SVG export: `(view, data) => svg file text`, with no
 * filters, default view options, English, light theme, PAGE_WIDTH. Adapt here when it changes.
 */
async function viewRenderer(vite) {
  const cli = await vite.ssrLoadModule('/scripts/export/run.ts').catch(() => null);
  if (cli?.runExport) {
    // Since the i18n rewrite: the command line's own entry point (validates, then renders).
    const { DEFAULT_OPTIONS } = await vite.ssrLoadModule('/src/lib/state/options.ts');
    const { NO_FILTERS } = await vite.ssrLoadModule('/src/lib/data/query.ts');
    return async (view, data) => {
      const r = await cli.runExport({
        view,
        format: 'svg',
        json: data,
        filters: NO_FILTERS,
        options: DEFAULT_OPTIONS,
        lang: 'en',
        theme: 'light',
        width: PAGE_WIDTH,
      });
      if (!r.ok) throw new Error(r.message);
      return String(r.output);
    };
  }
  // Up to commit ae95af7: renderViewSvg(view, data, filters, width).
  const render = await vite.ssrLoadModule('/src/export/render.ts');
  const url = await vite.ssrLoadModule('/src/lib/state/url.ts');
  const noFilters = url.fromQuery('').filters;
  return (view, data) => render.renderViewSvg(view, data, noFilters, PAGE_WIDTH);
}

/** world-atlas names features by ISO numeric code ("398"); datasets use alpha-3 ("KAZ"). */
function alpha3ToNumericTable() {
  const countries = require('i18n-iso-countries');
  return Object.keys(countries.getAlpha3Codes()).map((a3) => ({ a3, id: countries.alpha3ToNumeric(a3) }));
}

/**
 * The three views as one Vega-Lite spec (vconcat), all reading `dataUrl` (and the basemap at
 * `topoUrl`). One spec so that the views share their data sources: the file is fetched once per
 * part read (engagements, actors, deals), not once per view and lookup.
 */
export function vegaSpec({ dataUrl, topoUrl, home }) {
  // Named: Vega-Lite merges url sources that differ only in format.property (6.4), so that a
  // lookup into "actors" would read the engagements. Sources with different names never merge.
  const part = (property) => ({ name: property, url: dataUrl, format: { type: 'json', property } });
  const countries = { name: 'countries', url: topoUrl, format: { type: 'topojson', feature: 'countries' } };
  const map = {
    title: 'Counterpart countries',
    width: PAGE_WIDTH,
    height: 480,
    projection: { type: 'equalEarth' },
    layer: [
      { data: countries, mark: { type: 'geoshape', fill: '#e8e8e8', stroke: '#fff', strokeWidth: 0.5 } },
      {
        data: part('engagements'),
        transform: [
          { flatten: ['participants'], as: ['participant'] },
          { calculate: 'datum.participant.actor', as: 'actor' },
          // Counterpart country: the participant's own country, else that of the body it speaks for.
          {
            lookup: 'actor',
            from: { data: part('actors'), key: 'id', fields: ['country', 'affiliation'] },
            as: ['ownCountry', 'affiliation'],
          },
          {
            lookup: 'affiliation',
            from: { data: part('actors'), key: 'id', fields: ['country'] },
            as: ['bodyCountry'],
          },
          { calculate: 'datum.ownCountry || datum.bodyCountry', as: 'country' },
          { filter: `datum.country && datum.country !== ${JSON.stringify(home)}` },
          { aggregate: [{ op: 'distinct', field: 'id', as: 'engagements' }], groupby: ['country'] },
          { lookup: 'country', from: { data: { values: alpha3ToNumericTable() }, key: 'a3', fields: ['id'] } },
          { lookup: 'id', from: { data: countries, key: 'id' }, as: 'geo' },
        ],
        mark: { type: 'geoshape', stroke: '#fff', strokeWidth: 0.5 },
        encoding: {
          shape: { field: 'geo', type: 'geojson' },
          color: { field: 'engagements', type: 'quantitative', scale: { scheme: 'blues' }, title: 'Engagements' },
          tooltip: [{ field: 'country' }, { field: 'engagements', type: 'quantitative' }],
        },
      },
    ],
  };
  const sessions = {
    title: 'UNGA sessions',
    width: PAGE_WIDTH,
    height: 220,
    data: part('engagements'),
    transform: [{ calculate: '1945 + datum.session', as: 'year' }],
    mark: 'bar',
    encoding: {
      x: { field: 'year', type: 'ordinal', title: 'Session year' },
      y: { aggregate: 'count', type: 'quantitative', title: 'Engagements' },
      tooltip: [{ field: 'year' }, { aggregate: 'count', type: 'quantitative' }],
    },
  };
  const deals = {
    title: 'Deal values by company',
    width: PAGE_WIDTH - 200,
    data: part('deals'),
    transform: [
      // As the dashboard's default: disclosed values only, cumulative investments left out.
      { filter: "datum.value != null && datum.basis !== 'cumulative-investment'" },
      { calculate: 'datum.value.usd', as: 'usd' },
      { aggregate: [{ op: 'sum', field: 'usd', as: 'total' }], groupby: ['company'] },
      { window: [{ op: 'row_number', as: 'rank' }], sort: [{ field: 'total', order: 'descending' }] },
      { filter: 'datum.rank <= 20' },
      { lookup: 'company', from: { data: part('actors'), key: 'id', fields: ['name'] } },
      // Names may be translations by language: the English one.
      { calculate: 'isString(datum.name) ? datum.name : (datum.name && datum.name.en) || datum.company', as: 'name' },
    ],
    mark: 'bar',
    encoding: {
      y: { field: 'name', type: 'nominal', sort: '-x', title: null },
      x: { field: 'total', type: 'quantitative', title: 'Disclosed value (USD)', axis: { format: '$.2s' } },
      tooltip: [{ field: 'name' }, { field: 'total', type: 'quantitative', format: '$,.0f' }],
    },
  };
  return { $schema: 'https://vega.github.io/schema/vega-lite/v6.json', vconcat: [map, sessions, deals], spacing: 40 };
}

/** The Vega-Lite page: vega, vega-lite and vega-embed served from node_modules, SVG renderer. */
export function vegaPage({ title, dataUrl, topoUrl, home, vendor }) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(plainText(title))} (Vega-Lite)</title>
<style>body{margin:0 auto;max-width:1280px;padding:0 20px;font-family:system-ui,sans-serif}figure{margin:1.5rem 0}figcaption{font-weight:600;margin-bottom:.4rem}</style>
<script src="${vendor}/vega.min.js"></script>
<script src="${vendor}/vega-lite.min.js"></script>
<script src="${vendor}/vega-embed.min.js"></script>
</head><body><h1>${escapeHtml(plainText(title))}</h1>
<figure data-chart aria-label="Counterpart countries, UNGA sessions, deal values by company"><div id="views"></div></figure>
<script>
vegaEmbed('#views', ${JSON.stringify(vegaSpec({ dataUrl, topoUrl, home }))}, { renderer: 'svg', actions: false })
  .catch((err) => console.error('vega-embed failed: ' + err));
</script>
</body></html>
`;
}

/** Files the Vega-Lite page loads (their packages do not export these paths: read them directly). */
export const VEGA_FILES = {
  'vega.min.js': join(NODE_MODULES, 'vega/build/vega.min.js'),
  'vega-lite.min.js': join(NODE_MODULES, 'vega-lite/build/vega-lite.min.js'),
  'vega-embed.min.js': join(NODE_MODULES, 'vega-embed/build/vega-embed.min.js'),
  'countries-50m.json': join(NODE_MODULES, 'world-atlas/countries-50m.json'),
};
