/**
 * What the deal chart's tooltips say: a bar's annotation, then its first deals (summary, basis,
 * session, status and value) and what a click does. Pure.
 */
import type { DatasetIndex } from '../../lib/data/query';
import type { I18n } from '../../lib/i18n/i18n';
import type { TooltipContent, TooltipLine } from '../shared/tooltip';
import type { BarRow } from './bars';
import { langOf, sessionName, statusOf } from './dealWords';

/** Deals a tooltip lists before pointing to the data table. */
const TOOLTIP_DEALS = 6;

export function tooltipOf(row: BarRow, index: DatasetIndex, i18n: I18n): TooltipContent {
  const lines: TooltipLine[] = [
    { text: row.words(row.segments.map(() => row.segments.length > 1)).annotation, tone: 'strong' },
  ];
  for (const i of row.deals.subarray(0, TOOLTIP_DEALS)) {
    const deal = index.data.deals[i]!;
    const summary = i18n.text(deal.summary, index.datasetLang);
    lines.push({ text: summary.text, lang: langOf(summary, i18n) });
    const meta = {
      basis: i18n.t(`basis.${deal.basis}`),
      session: sessionName(deal.session, index, i18n),
      status: statusOf(deal),
    };
    // A bar of one deal has said its value in the first line already.
    lines.push({
      text:
        row.deals.length === 1
          ? i18n.t('deals.undisclosed.meta', meta)
          : i18n.t('deals.tooltip.deal', { ...meta, value: i18n.value(deal.value) }),
      tone: 'muted',
    });
  }
  const more = row.deals.length - TOOLTIP_DEALS;
  if (more > 0) lines.push({ text: i18n.t('deals.tooltip.more', { count: more }), tone: 'muted' });
  if (row.kind === 'company')
    lines.push({ text: i18n.t(row.selected ? 'deals.tooltip.deselect' : 'deals.tooltip.select'), tone: 'muted' });
  return { title: row.name, titleLang: row.nameLang, lines };
}
