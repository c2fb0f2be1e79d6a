/**
 * The deal chart's words about single deals: a bar's tooltip, the list of undisclosed deals and
 * the data table. Each takes the positions the model ordered and words only the rows a reader
 * can see (`limit`), so a list of 14,000 undisclosed deals costs what its first page costs. Pure.
 */
import type { DatasetIndex } from '../../lib/data/query';
import type { Deal } from '../../lib/data/schema';
import type { I18n } from '../../lib/i18n/i18n';
import type { TooltipContent, TooltipLine } from '../shared/tooltip';
import type { BarRow } from './bars';
import type { DealModel } from './model';

/** Deals a tooltip lists before pointing to the data table. */
const TOOLTIP_DEALS = 6;

const langOf = (shown: { lang: string }, i18n: I18n) => (shown.lang !== i18n.lang ? shown.lang : undefined);

/** "80th session, 2025" */
export function sessionName(n: number, index: DatasetIndex, i18n: I18n): string {
  const year = index.sessions.get(n)?.year;
  return year === undefined ? i18n.session(n) : i18n.t('session.withYear', { n, year: String(year) });
}

const statusOf = (deal: Deal) => deal.status ?? 'held';

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

/** What the chart's data table and its list of undisclosed deals are given: the words come from these. */
export interface DealWordsProps {
  model: DealModel;
  index: DatasetIndex;
  i18n: I18n;
}

export interface DealItem {
  /** The deal's id (a stable key). */
  id: string;
  companyId: string;
  company: string;
  companyLang?: string;
  summary: string;
  summaryLang?: string;
  /** "Also announced: over 300,000 SMEs" ('' when the source gives no other figure). */
  figures: string;
  /** "program · 78th session, 2023" */
  meta: string;
  value: string;
  session: string;
  basis: string;
  status: string;
}

function item(i: number, index: DatasetIndex, i18n: I18n): DealItem {
  const deal = index.data.deals[i]!;
  const company = index.actors.get(deal.company);
  const name = company ? i18n.text(company.name, index.datasetLang) : { text: deal.company, lang: i18n.lang };
  const summary = i18n.text(deal.summary, index.datasetLang);
  const figures = (deal.figures ?? []).map((f) =>
    i18n.t('deals.figure', { amount: i18n.figure(f.value, f.qualifier), label: f.label }),
  );
  const basis = i18n.t(`basis.${deal.basis}`);
  const session = sessionName(deal.session, index, i18n);
  return {
    id: deal.id,
    companyId: deal.company,
    company: name.text,
    companyLang: langOf(name, i18n),
    summary: summary.text,
    summaryLang: langOf(summary, i18n),
    figures: figures.length ? i18n.t('deals.alsoAnnounced', { figures: i18n.list(figures) }) : '',
    meta: i18n.t('deals.undisclosed.meta', { basis, session, status: statusOf(deal) }),
    value: i18n.value(deal.value),
    session,
    basis,
    status: i18n.t(`status.${statusOf(deal)}`),
  };
}

/** The first `limit` undisclosed deals of the chart, by company name. */
export function undisclosedItems(model: DealModel, index: DatasetIndex, i18n: I18n, limit: number): DealItem[] {
  return Array.from(model.undisclosed.subarray(0, limit), (i) => item(i, index, i18n));
}

/** The first `limit` rows of the data table: every deal in the chart, one per row, companies in bar order. */
export function tableRows(model: DealModel, index: DatasetIndex, i18n: I18n, limit: number): DealItem[] {
  return Array.from(model.ordered.subarray(0, limit), (i) => item(i, index, i18n));
}
