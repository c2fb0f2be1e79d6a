/**
 * The deal chart as a static picture for reports: the interactive chart's own drawing (drawing.ts)
 * at the export width with the default settings, plus what the page says around the chart in HTML
 * and a standalone file must say in SVG text: the legend laid out in rows, the undisclosed deals
 * as a few wrapped lines, the subtitle and the source line. Pure, so the browser download and the
 * command-line export get the same numbers.
 */
import type { DatasetIndex, Filtered } from '../../lib/data/query';
import { ordinal } from '../../lib/data/format';
import { fitList, wrapText } from '../../export/svgText';
import { dealDrawing, type DealDrawing } from './drawing';
import { textWidth, truncate } from './geometry';
import { BASIS_LABELS, type ChartOptions, type DealModel } from './layout';
import { hatchFills } from './palette';

export const CHART_TITLE = 'Deal values by company, US dollars';

/** SvgFrame's side padding: the chart is drawn inside it. */
export const FRAME_PAD = 16;
export const LEGEND_FONT = 12;
export const SWATCH = 12;
const LEGEND_ROW = 20;
const LEGEND_GAP = 18;
export const NOTE_FONT = 12;
export const NOTE_LINE = 16;
/** Past this many lines the undisclosed list ends with "and N more": a report needs the gist. */
export const MAX_NOTE_LINES = 4;

/**
 * Dataset text with no-break spaces made plain. The browser serialises U+00A0 as "&nbsp;", an
 * HTML entity that XML does not know, and the downloaded file would not open anywhere.
 */
export const plainSpaces = (text: string) => text.replaceAll('\u00a0', ' ');

/** Coordinates rounded to 0.1 px: the file stays readable and diffs stay small. */
export const px = (n: number) => Math.round(n * 10) / 10;

export interface LegendMark {
  x: number;
  /** Top of the swatch. */
  y: number;
  label: string;
  fill: string;
  cumulative: boolean;
}

/** Legend entries flowed left to right into rows no wider than `width`. */
export function legendMarks(model: DealModel, fill: (key: string) => string, width: number): { marks: LegendMark[]; height: number } {
  const marks: LegendMark[] = [];
  let x = 0;
  let y = 0;
  for (const e of model.legend) {
    const label = truncate(e.label, width - SWATCH - 5, LEGEND_FONT);
    const w = SWATCH + 5 + textWidth(label, LEGEND_FONT);
    if (x > 0 && x + w > width) {
      x = 0;
      y += LEGEND_ROW;
    }
    marks.push({ x, y, label, fill: fill(e.colourKey), cumulative: e.cumulative });
    x += w + LEGEND_GAP;
  }
  return { marks, height: marks.length ? y + LEGEND_ROW : 0 };
}

/** "Citigroup (financing, 78th session)", one per company; "GE Healthcare (2 deals: project, 78th session)". */
export function undisclosedEntries(model: DealModel): string[] {
  const deals = new Map(model.included.map((d) => [d.id, d]));
  const byCompany = new Map<string, { name: string; parts: string[]; count: number }>();
  for (const u of model.undisclosed) {
    const deal = deals.get(u.dealId);
    // The session's number alone: the years are in the subtitle or the dataset.
    const part = deal ? `${BASIS_LABELS[deal.basis]}, ${ordinal(deal.session)} session` : `${u.basis}, ${u.session}`;
    const entry = byCompany.get(u.companyId) ?? { name: u.company, parts: [], count: 0 };
    if (!entry.parts.includes(part)) entry.parts.push(part);
    entry.count += 1;
    byCompany.set(u.companyId, entry);
  }
  return [...byCompany.values()].map(({ name, parts, count }) =>
    count > parts.length ? `${name} (${count} deals: ${parts.join('; ')})` : `${name} (${parts.join('; ')})`,
  );
}

/**
 * "Undisclosed: Citigroup (financing, 78th session), …" wrapped to `width`; when that takes more
 * than `maxLines`, as many entries as fit and "and N more, listed in the CSV export".
 */
export function undisclosedLines(entries: readonly string[], width: number, maxLines = MAX_NOTE_LINES): string[] {
  if (!entries.length) return [];
  const text = (k: number) => {
    const more = entries.length - k;
    return k === 0
        ? `Undisclosed: deals of ${entries.length} ${entries.length === 1 ? 'company' : 'companies'}, listed in the CSV export.`
        : more
          ? `Undisclosed: ${entries.slice(0, k).join(', ')} and ${more} more, listed in the CSV export.`
          : `Undisclosed: ${entries.join(', ')}.`;
  };
  return fitList(entries.length, text, width, NOTE_FONT, maxLines);
}

function listWords(items: readonly (string | number)[]): string {
  const words = items.map(String);
  return words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/**
 * "Year 2025. " when the shown records cover fewer years than the dataset's records do (a year
 * filter, usually); nothing when every year is there. Derived from the records, since the export
 * receives the filtered records, not the filters.
 */
export function yearsNote(filtered: Filtered, index: DatasetIndex): string {
  const yearsOf = (records: readonly { session: number }[]) =>
    new Set(records.flatMap((r) => index.sessions.get(r.session)?.year ?? []));
  const all = yearsOf([...index.data.deals, ...index.data.engagements]);
  const shown = [...yearsOf([...filtered.deals, ...filtered.engagements])].sort((a, b) => a - b);
  if (!shown.length || shown.length >= all.size) return '';
  return `${shown.length === 1 ? 'Year' : 'Years'} ${listWords(shown)}. `;
}

/** "Sources: Kazinform, Orda.kz." from the publishers cited by the deals shown, in the dataset's order. */
export function sourceLine(model: DealModel, index: DatasetIndex): string {
  const cited = new Set(model.included.flatMap((d) => d.citations.map((c) => c.source)));
  const publishers = [...new Set(index.data.sources.filter((s) => cited.has(s.id)).map((s) => s.publisher))];
  const sources = publishers.length
    ? `${publishers.length === 1 ? 'Source' : 'Sources'}: ${publishers.join(', ')}.`
    : `Data: ${index.data.title}.`;
  const note = model.undisclosed.length ? ' Deals whose value the sources do not give are listed by name, not drawn as zero.' : '';
  return sources + note;
}

export interface DealExportLayout {
  drawing: DealDrawing;
  /** Where the chart area starts horizontally (the frame's padding). */
  x: number;
  title: string;
  subtitle: string;
  source: string;
  legend: LegendMark[];
  /** Colours that need a hatch pattern, in pattern-id order. */
  hatch: string[];
  barsY: number;
  /** Said instead of bars when there are none to draw. */
  message: string;
  notesY: number;
  notes: string[];
  /** Height of everything between the frame's header and its source line. */
  chartHeight: number;
}

function emptyMessage(filtered: Filtered, model: DealModel): string {
  // With no deals at all the subtitle (the total sentence) already says so.
  if (model.bars.length || !filtered.deals.length) return '';
  if (model.included.length) return 'None of these deals has a disclosed value, so there are no bars to draw.';
  return 'Only cumulative investments match these filters, and they are not counted here.';
}

export function exportLayout(
  index: DatasetIndex,
  filtered: Filtered,
  options: ChartOptions & { width: number },
): DealExportLayout {
  const inner = Math.max(40, options.width - 2 * FRAME_PAD);
  const drawing = dealDrawing(filtered.deals, index, { ...options, width: inner, expanded: false });
  const { model, geometry } = drawing;
  const legend = legendMarks(model, drawing.fill, inner);
  const message = emptyMessage(filtered, model);
  const barsY = legend.height ? legend.height + 6 : 0;
  const barsHeight = model.bars.length ? geometry.height : message ? 24 : 0;
  const notes = undisclosedLines(undisclosedEntries(model), inner);
  const notesY = barsY + barsHeight + (notes.length ? 12 : 0);
  return {
    drawing,
    x: FRAME_PAD,
    title: CHART_TITLE,
    subtitle: yearsNote(filtered, index) + drawing.total,
    source: plainSpaces(sourceLine(model, index)),
    legend: legend.marks,
    hatch: hatchFills([...geometry.rows.flatMap((r) => r.segments), ...legend.marks]),
    barsY,
    message,
    notesY,
    notes: notes.map(plainSpaces),
    chartHeight: Math.ceil(notesY + notes.length * NOTE_LINE),
  };
}
