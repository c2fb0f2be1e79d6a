/**
 * Build-time rendering of the dashboard for the bundled dataset in its default state (no
 * filters, English), so the first chart is in the HTML and paints as early as a static page;
 * the app then hydrates it. The map's static drawing (the one the downloads make) goes into the
 * map's box, and the table's first page (the live table rendered here, in its default state) into
 * the box its lazy code will fill, so the page is whole at first paint
 * (src/views/WorldMap/premap.ts, src/views/shared/prerendered.ts). Run by scripts/prerender.ts
 * through Vite's SSR loader, which inlines the table's stylesheet beside the page's.
 */
import { render } from 'svelte/server';
import App from './App.svelte';
import { parseDataset } from './lib/data/load';
import { indexDataset } from './lib/data/buildIndex';
import type { DatasetIndex } from './lib/data/datasetIndex';
import { filterDataset } from './lib/data/query';
import { createI18n, type LanguagePack } from './lib/i18n/i18n';
import { loadLanguage } from './lib/i18n/loadLanguage';
import { bootJson } from './lib/state/boot';
import { FilterState } from './lib/state/filters.svelte';
import { fromQuery, type ParsedQuery } from './lib/state/url';
import { resolveTheme, themeCss } from './lib/basics/theme';
import mapExport from './views/WorldMap/export';
import { mapHeight } from './views/WorldMap/geometry';
import { fillPremap, premapSvg, PREMAP_CONTEXT, PREMAP_WIDTHS } from './views/WorldMap/premap';
import EngagementTable from './views/EngagementTable/EngagementTable.svelte';
import { fillPrerendered, PRERENDER_CONTEXT, standInHtml } from './views/shared/prerendered';
import type { ViewActions } from './views/shared/types';

export interface Prerendered {
  /** The app's markup, for inside `<div id="app">`. */
  body: string;
  head: string;
  /** The boot JSON the page hydrates from. */
  boot: string;
  css: string;
}

export async function prerenderDashboard(json: unknown, defaultDataUrl: string): Promise<Prerendered> {
  const loaded = parseDataset(json);
  if (!loaded.ok) {
    throw new Error(
      `the bundled dataset is invalid, so it cannot be prerendered:\n${loaded.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`,
    );
  }
  const pack = await loadLanguage('en');
  const data = loaded.data;
  const index = indexDataset(data);
  const initial = fromQuery('');
  const { body, head } = render(App, {
    props: {
      initial,
      browserLang: 'en',
      defaultDataUrl,
      preloaded: { data, index, pack },
    },
    context: new Map([
      [PREMAP_CONTEXT, true],
      [PRERENDER_CONTEXT, true],
    ]),
  });
  // The page names only the dataset's countries: the boot data carries those names, not all 250.
  const needed = new Set([...index.countries, data.delegation.country]);
  const names = new Map([...pack.countryNames].filter(([code]) => needed.has(code)));
  return {
    body: fillPrerendered(
      fillPremap(body, await mapDrawing(index, initial, pack)),
      'table',
      table(index, initial, pack),
    ),
    head,
    boot: bootJson(data, { ...pack, countryNames: names }),
    css: themeCss(),
  };
}

/** The map's static drawings as the page first shows them: the app's state, theme and words at its start. */
async function mapDrawing(index: DatasetIndex, initial: ParsedQuery, pack: LanguagePack): Promise<string> {
  const state = new FilterState(initial.filters, initial.options, initial.lang);
  const i18n = createI18n(pack);
  const extra = await mapExport.prepare();
  const sizes = Object.keys(PREMAP_WIDTHS) as (keyof typeof PREMAP_WIDTHS)[];
  return sizes
    .map((size) => {
      const width = PREMAP_WIDTHS[size];
      const input = {
        index,
        filtered: filterDataset(index, state.filters),
        filters: state.filters,
        options: state.options,
        i18n,
        theme: resolveTheme(initial.theme, false),
        width,
      };
      const drawing = mapExport.draw(input, extra);
      // The page's legend and notes are HTML beside the box: the marks only.
      const props = { ...drawing.props, legend: undefined, message: undefined, hatchId: `premap-hatch-${size}` };
      const { body } = render(drawing.component, { props });
      return premapSvg(body, size, mapHeight(width), i18n.t('map.region'));
    })
    .join('');
}

/** Nothing to do: the prerendered table is HTML, replaced by the live one before anything is asked of it. */
const NO_ACTIONS: ViewActions = {
  toggleYear() {},
  toggleCountry() {},
  toggleActorType() {},
  toggleCompany() {},
  setOptions() {},
  sortBy() {},
  clearFilters() {},
};

/**
 * The table as the page first shows it: the live view in the app's starting state, rendered here
 * (its ids under their own prefix, so none is one of the page's).
 */
function table(index: DatasetIndex, initial: ParsedQuery, pack: LanguagePack): string {
  const state = new FilterState(initial.filters, initial.options, initial.lang);
  const props = {
    index,
    filtered: filterDataset(index, state.filters),
    filters: state.filters,
    options: state.options,
    i18n: createI18n(pack),
    theme: resolveTheme(initial.theme, false),
    actions: NO_ACTIONS,
  };
  return standInHtml(render(EngagementTable, { props, idPrefix: 'pre' }).body);
}
