/**
 * The command-line export's work (scripts/export.ts parses the options), run through Vite (so the Svelte components and the message
 * files compile exactly as in the app): validate the dataset, check every filter value against
 * it, and write the same SVG, PNG, CSV (with its metadata) or JSON the page's download buttons write for that state.
 */
import { Resvg } from '@resvg/resvg-js';
import { parseDataset } from '../../src/lib/data/load';
import { filterDataset, filterOptions, indexDataset, publishersOf, type Filters } from '../../src/lib/data/query';
import { toJson, viewTable } from '../../src/lib/downloads/exportData';
import { csvFiles } from '../../src/lib/downloads/csvMetadata';
import { createI18n } from '../../src/lib/i18n/i18n';
import { loadLanguage } from '../../src/lib/i18n/loadLanguage';
import type { Language } from '../../src/lib/i18n/languages';
import { contextStatement } from '../../src/lib/state/context';
import type { ViewOptions } from '../../src/lib/state/options';
import { viewTitle, type ViewId } from '../../src/lib/catalog/viewCatalog';
import type { ExportInput } from '../../src/views/shared/types';
import { nodeFontCss, ttfFiles } from './fonts';
import { renderViewSvg } from '../../src/export/render';
import { loadViewExport } from '../../src/export/registry';
import { THEMES, type ThemeName } from '../../src/lib/basics/theme';
import { oneLine } from '../terminal';

export interface CliRequest {
  view: ViewId;
  format: 'svg' | 'png' | 'csv' | 'json';
  json: unknown;
  filters: Filters;
  options: ViewOptions;
  lang: Language;
  theme: ThemeName;
  width: number;
  /** The CSV's file name, which its metadata names ("deals-2025.csv"); the view's name when written to standard output. */
  csvName?: string;
}

export type CliResult =
  /** `metadata`: for CSV, its CSV on the Web description, to be written beside it as `<csv>-metadata.json`. */
  | { ok: true; output: string | Uint8Array; context: string; metadata?: string }
  | { ok: false; code: 1 | 2; message: string };

/** Every filter value must name something in the dataset, whichever the filter: a typo never gives an empty chart silently. */
export function unknownFilterValues(filters: Filters, options: ReturnType<typeof filterOptions>): string[] {
  const problems: string[] = [];
  const check = <T extends string | number>(flag: string, wanted: readonly T[], offered: readonly T[]) => {
    const missing = wanted.filter((v) => !offered.includes(v));
    if (missing.length) {
      const list = offered.length > 12 ? `${offered.slice(0, 12).join(', ')}, …` : offered.join(', ');
      problems.push(`--${flag} ${missing.join(',')}: not in this dataset (it has ${list || 'none'})`);
    }
  };
  check(
    'year',
    filters.years,
    options.years.map((o) => o.value),
  );
  check(
    'country',
    filters.countries,
    options.countries.map((o) => o.value),
  );
  check(
    'type',
    filters.actorTypes,
    options.actorTypes.map((o) => o.value),
  );
  check(
    'sector',
    filters.sectors,
    options.sectors.map((o) => o.value),
  );
  check(
    'company',
    filters.companies,
    options.companies.map((o) => o.value),
  );
  return problems;
}

export async function runExport(request: CliRequest): Promise<CliResult> {
  const loaded = parseDataset(request.json);
  if (!loaded.ok) {
    const lines = loaded.problems.map((p) => `  ${oneLine(p.path)}: ${oneLine(p.message)}`);
    return {
      ok: false,
      code: 1,
      message: `the dataset is not valid:\n${lines.join('\n')}\nFix these (npm run validate -- file.json lists them too), then export again.`,
    };
  }
  const index = indexDataset(loaded.data);
  const unknown = unknownFilterValues(request.filters, filterOptions(index));
  if (unknown.length) return { ok: false, code: 2, message: unknown.map(oneLine).join('\n') };

  const i18n = createI18n(await loadLanguage(request.lang));
  const filtered = filterDataset(index, request.filters);
  const input: ExportInput = {
    index,
    filtered,
    filters: request.filters,
    options: request.options,
    i18n,
    theme: THEMES[request.theme],
    width: request.width,
  };
  const context = contextStatement({
    filters: request.filters,
    options: request.options,
    index,
    i18n,
    view: request.view,
  });

  if (request.format === 'svg' || request.format === 'png') {
    // The PNG is that very SVG drawn (as the page draws its PNG from the SVG it offers), so both
    // carry the same words. resvg reads no @font-face: it draws the same font from its TTF files.
    const svg = await renderViewSvg(request.view, input, { fontCss: nodeFontCss() });
    if (request.format === 'svg') return { ok: true, context, output: svg };
    const png = new Resvg(svg, {
      font: { fontFiles: ttfFiles(), loadSystemFonts: false, defaultFontFamily: 'Noto Sans' },
      fitTo: { mode: 'zoom', value: 2 },
    })
      .render()
      .asPng();
    return { ok: true, context, output: png };
  }
  const { spec } = await loadViewExport(request.view);
  const shown = spec.records?.(input) ?? filtered;
  const table = viewTable(request.view, filtered, shown, index, i18n, request.options.planned);
  const title = viewTitle(request.view, i18n);
  if (request.format === 'csv') {
    const files = csvFiles(table, {
      csvName: request.csvName ?? `${request.view}.csv`,
      title,
      context,
      shown,
      index,
      i18n,
    });
    return { ok: true, context, output: files.csv.text, metadata: files.metadata.text };
  }
  const publishers = publishersOf(index, [...shown.engagements, ...shown.deals]);
  const output = toJson(table, {
    title,
    view: request.view,
    context,
    filters: request.filters,
    options: request.options,
    lang: i18n.lang,
    sources: publishers,
  });
  return { ok: true, context, output };
}
