/**
 * The deal chart as a static picture: the page's own drawing with the reader's options (colour,
 * cumulative, show all, planned), the total sentence above it, and under it what the page says in
 * HTML: the undisclosed deals as one sentence (as many companies as fit in a few lines, the rest
 * counted), why cumulative and planned deals are or are not counted, and the publishers cited.
 */
import { publishersOf, type DatasetIndex } from '../../lib/data/query';
import type { I18n } from '../../lib/i18n/i18n';
import { fitList } from '../../lib/basics/textMeasure';
import type { ExportInput, ViewExport } from '../shared/types';
import DealChartDrawing from './DealChartDrawing.svelte';
import { dealLayout } from './geometry';
import { dealModel, type DealModel } from './model';

/** The frame's note size, and the lines the undisclosed sentence may take before "and N more". */
const NOTE_SIZE = 12;
const NOTE_LINES = 4;

/** "Citigroup (financing, 78th session)", "GE Healthcare (2 deals: project, 78th session)": one entry per company. */
export function undisclosedEntries(model: DealModel, index: DatasetIndex, i18n: I18n): string[] {
  const entries: string[] = [];
  let k = 0;
  const positions = model.undisclosed;
  // The positions come grouped by company.
  while (k < positions.length) {
    const company = index.dCompany[positions[k]!]!;
    const parts: string[] = [];
    let count = 0;
    for (; k < positions.length && index.dCompany[positions[k]!] === company; k++, count++) {
      const deal = index.data.deals[positions[k]!]!;
      const part = i18n.t('deals.note.part', {
        basis: i18n.t(`basis.${deal.basis}`),
        session: i18n.session(deal.session),
      });
      if (!parts.includes(part)) parts.push(part);
    }
    const name = i18n.text(index.data.actors[company]!.name, index.datasetLang).text;
    const list = parts.join('; ');
    entries.push(
      count > parts.length
        ? i18n.t('deals.note.entryMany', { company: name, count, parts: list })
        : i18n.t('deals.note.entry', { company: name, parts: list }),
    );
  }
  return entries;
}

/** The undisclosed deals as one sentence that fits `width` in a few lines. */
export function undisclosedNote(entries: readonly string[], i18n: I18n, width: number): string {
  const text = (k: number) =>
    k === entries.length
      ? i18n.t('deals.note.undisclosed', { list: i18n.list(entries) })
      : k === 0
        ? i18n.t('deals.note.undisclosedCompanies', { count: entries.length })
        : i18n.t('deals.note.undisclosedMore', {
            list: entries.slice(0, k).join(', '),
            count: i18n.count(entries.length - k),
          });
  return fitList(entries.length, text, width, NOTE_SIZE, NOTE_LINES).join(' ');
}

export function dealNotes(model: DealModel, index: DatasetIndex, i18n: I18n, width: number): string[] {
  const notes: string[] = [];
  if (model.undisclosed.length) notes.push(undisclosedNote(undisclosedEntries(model, index, i18n), i18n, width));
  const { counts } = model;
  if (counts.cumulativeLeftOut) notes.push(i18n.t('deals.note.cumulative', { count: counts.cumulativeLeftOut }));
  else if (counts.cumulativeIncluded) notes.push(i18n.t('deals.note.cumulativeIncluded'));
  if (counts.plannedLeftOut) notes.push(i18n.t('deals.note.planned', { count: counts.plannedLeftOut }));
  else if (counts.plannedCounted) notes.push(i18n.t('deals.note.plannedIncluded'));
  return notes;
}

/** Publishers cited by the deals drawn or listed, in the dataset's order of sources. */
export function dealSources(model: DealModel, index: DatasetIndex): string[] {
  return publishersOf(
    index,
    Array.from(model.ordered, (i) => index.data.deals[i]!),
  );
}

export default {
  draw(input: ExportInput) {
    const model = dealModel(input);
    const layout = dealLayout(model, input.width, { heading: model.total || model.message || '' });
    return {
      component: DealChartDrawing,
      props: { layout, theme: input.theme, static: true },
      height: layout.height,
      // The page's figure is described by its bars; with none, its message says why.
      description: model.description || model.message || '',
      notes: dealNotes(model, input.index, input.i18n, input.width),
      sources: dealSources(model, input.index),
    };
  },
  // The downloads hold the deals the chart shows, in its data table's order (cumulative and
  // planned deals only when the reader included them).
  records(input: ExportInput) {
    const model = dealModel(input);
    return { engagements: [], deals: Array.from(model.ordered, (i) => input.index.data.deals[i]!) };
  },
} satisfies ViewExport;
