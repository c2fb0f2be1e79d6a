/**
 * Whose data a published view shows, worded once for every place a view leaves the dashboard (the
 * SVG/PNG download, the embed's heading, the printed page): the delegation (its country and
 * leader, from the dataset, in the reader's language) before the view's title, the context
 * statement under it, and a source line naming the publishers and the dataset's title. A chart
 * pasted into a report on another region still says it is about this delegation. Pure.
 */
import type { DatasetIndex } from '../data/query';
import type { I18n } from '../i18n/i18n';
import { viewTitle, type ViewId } from '../catalog/viewCatalog';

/** "Kazakhstan · Kassym-Jomart Tokayev": the delegation's country and leader in the reader's language. */
export function delegationLine(index: DatasetIndex, i18n: I18n): string {
  const { country, leader } = index.data.delegation;
  return i18n.t('export.delegation', {
    country: i18n.country(country),
    leader: i18n.text(leader, index.datasetLang).text,
  });
}

/** "Kazakhstan · Kassym-Jomart Tokayev: Deal values by company". */
export function attributedTitle(index: DatasetIndex, i18n: I18n, view: ViewId): string {
  return i18n.t('export.attributedTitle', { delegation: delegationLine(index, i18n), view: viewTitle(view, i18n) });
}

/** The dataset's title, in the reader's language where it has one, without a closing full stop (the line adds its own). */
function datasetTitle(index: DatasetIndex, i18n: I18n): string {
  return i18n
    .text(index.data.title, index.datasetLang)
    .text.trim()
    .replace(/[.。]+$/, '');
}

/** "Sources: Kazinform, Orda.kz · <the dataset's title>.", or "Data: <title>." when nothing drawn cites a source. */
export function sourceLine(index: DatasetIndex, i18n: I18n, publishers: readonly string[]): string {
  const title = datasetTitle(index, i18n);
  return publishers.length
    ? i18n.t('export.sourceLine', { count: publishers.length, list: publishers.join(', '), title })
    : i18n.t('export.data', { title });
}

/**
 * The one heading of an embed, and its iframe's title: "Kazakhstan · Kassym-Jomart Tokayev: Deal
 * values by company · 2025". `view` is the view's title, `context` its context statement.
 */
export function publishedHeading(index: DatasetIndex, i18n: I18n, view: string, context: string): string {
  return i18n.t('embed.title', {
    view: i18n.t('export.attributedTitle', { delegation: delegationLine(index, i18n), view }),
    context,
  });
}
