/**
 * The deal chart's words about single deals: the list of undisclosed deals and the data table
 * (a bar's tooltip is in tooltips.ts). Each takes the positions the model ordered and words only
 * the rows a reader can see (`limit`), so a list of 14,000 undisclosed deals costs what its first
 * page costs. Pure.
 */
import type { DatasetIndex } from '../../lib/data/query';
import type { Deal } from '../../lib/data/schema';
import type { I18n } from '../../lib/i18n/i18n';
import type { DealModel } from './model';

/** The language of a shown text, when it differs from the page's. */
export const langOf = (shown: { lang: string }, i18n: I18n) => (shown.lang !== i18n.lang ? shown.lang : undefined);

/** "80th session, 2025" */
export function sessionName(n: number, index: DatasetIndex, i18n: I18n): string {
  const year = index.sessions.get(n)?.year;
  return year === undefined ? i18n.session(n) : i18n.t('session.withYear', { n, year: String(year) });
}

export const statusOf = (deal: Deal) => deal.status ?? 'held';

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
