/**
 * What the timeline's tooltips say: a session's counts by type, planned events and deals, or a
 * mark's who, what and when with its deals and sources. Apart from the model because Timeline
 * imports this module on the first hover or focus, so its code is not part of the page's first
 * load. Pure.
 */
import { actorLabel, type DatasetIndex } from '../../lib/data/query';
import { itemsOf } from '../../lib/data/datasetIndex';
import { topicLabel } from '../../lib/data/topics';
import { sumByKind } from '../../lib/data/values';
import { ENGAGEMENT_TYPES } from '../../lib/basics/vocabulary';
import type { I18n } from '../../lib/i18n/i18n';
import type { TooltipContent, TooltipLine } from '../shared/tooltip';
import type { Mark, SessionRow, TimelineModel } from './model';

/** A session's tooltip: its counts by type, planned events, deals, and what selecting it does. */
export function sessionTooltip(row: SessionRow, model: TimelineModel, i18n: I18n): TooltipContent {
  const lines: TooltipLine[] = [{ text: i18n.t('count.engagements', { count: row.counted }), tone: 'strong' }];
  ENGAGEMENT_TYPES.forEach((type, t) => {
    const count = row.held[t]! + (model.plannedCounted ? row.planned[t]! : 0);
    if (count) lines.push({ text: i18n.t(`timeline.typeCount.${type}`, { count }) });
  });
  if (row.plannedTotal) {
    const key = model.plannedCounted ? 'timeline.tooltip.plannedCounted' : 'timeline.tooltip.plannedNotCounted';
    lines.push({ text: i18n.t(key, { count: row.plannedTotal }) });
  }
  if (row.undated) lines.push({ text: i18n.t('timeline.tooltip.undated', { count: row.undated }), tone: 'muted' });
  lines.push({ text: i18n.t('count.deals', { count: row.deals }) });
  const hint = row.dimmed
    ? 'timeline.tooltip.dimmed'
    : row.selected
      ? 'timeline.tooltip.selected'
      : 'timeline.tooltip.select';
  lines.push({ text: i18n.t(hint), tone: 'muted' });
  return { title: i18n.t('session.withYear', { n: row.number, year: row.year }), lines };
}

const SUMMARY_CHARS = 180;

/** A mark's tooltip: with whom, what and when, planned or not, its deals and the publishers cited. */
export function markTooltip(mark: Mark, index: DatasetIndex, i18n: I18n): TooltipContent {
  const e = index.data.engagements[mark.pos]!;
  const type = i18n.t(`engagementType.${e.type}`);
  const who = e.participants.map((p) => actorLabel(p.actor, index, i18n.lang));
  const lines: TooltipLine[] = [
    { text: i18n.t('timeline.tooltip.when', { type, date: i18n.date(e.date) }), tone: 'muted' },
  ];
  // The fill says it in the drawing; the words say it here, for a reader who cannot tell fills apart.
  if (mark.kind !== 'none')
    lines.push({
      text: i18n.t('timeline.tooltip.kind', { kind: i18n.t(`timeline.kind.${mark.kind}`) }),
      tone: 'muted',
    });
  if (mark.planned) lines.push({ text: i18n.t('timeline.legend.planned'), tone: 'strong' });
  if (e.topics.length) {
    const topics = e.topics.map((t) => topicLabel(t, i18n.lang, index.datasetLang).text);
    lines.push({ text: i18n.t('timeline.tooltip.topics', { count: topics.length, list: i18n.list(topics) }) });
  }
  const summary = i18n.text(e.summary, index.datasetLang);
  const text =
    summary.text.length > SUMMARY_CHARS
      ? `${summary.text.slice(0, SUMMARY_CHARS).replace(/\s+\S*$/, '')}…`
      : summary.text;
  lines.push({ text, lang: summary.lang === i18n.lang ? undefined : summary.lang });
  const deals = Array.from(itemsOf(index.eDeals, mark.pos), (d) => index.data.deals[d]!);
  // One line per kind of money: a plan is never added to a signed agreement.
  for (const kind of sumByKind(deals)) lines.push({ text: i18n.kindTotal(kind) });
  const publishers = [...new Set(e.citations.map((c) => index.sources.get(c.source)?.publisher ?? c.source))];
  lines.push({
    text: i18n.t('timeline.tooltip.sources', { count: publishers.length, list: i18n.list(publishers) }),
    tone: 'muted',
  });
  return { title: who.length ? i18n.list(who) : type, lines };
}
