/**
 * The deal chart's legend: the colours the drawn bars use (by basis, or by session), then the
 * hatching of cumulative investments and the dashed outline of planned deals when a bar has them.
 * Pure.
 */
import type { DatasetIndex } from '../../lib/data/query';
import type { DealBasis } from '../../lib/basics/vocabulary';
import type { I18n } from '../../lib/i18n/i18n';
import { BASIS_ORDER, type BarRow, type ColourKey } from './bars';

export interface LegendEntry {
  /** null: a neutral swatch (hatching or a dashed outline is what it explains). */
  colour: ColourKey | null;
  cumulative: boolean;
  planned: boolean;
  label: string;
}

export function legendOf(rows: readonly BarRow[], byBasis: boolean, index: DatasetIndex, i18n: I18n): LegendEntry[] {
  const bases = new Set<DealBasis>();
  const slots = new Set<number>();
  let cumulative = false;
  let planned = false;
  for (const row of rows) {
    for (const s of row.segments) {
      if (s.colour.kind === 'basis') bases.add(s.colour.basis);
      else slots.add(s.colour.slot);
      cumulative ||= s.cumulative;
      planned ||= s.planned;
    }
  }
  const entries: LegendEntry[] = [];
  const cumulativeLabel = i18n.t('deals.legend.cumulative');
  if (byBasis) {
    for (const basis of BASIS_ORDER) {
      if (!bases.has(basis)) continue;
      const isCumulative = basis === 'cumulative-investment';
      entries.push({
        colour: { kind: 'basis', basis },
        cumulative: isCumulative,
        planned: false,
        label: isCumulative ? cumulativeLabel : i18n.t(`basis.${basis}`),
      });
    }
  } else {
    for (const slot of [...slots].sort((a, b) => a - b)) {
      const n = index.sessionNumbers[slot]!;
      entries.push({
        colour: { kind: 'session', slot },
        cumulative: false,
        planned: false,
        label: i18n.t('session.withYear', { n, year: String(index.sessions.get(n)?.year ?? '') }),
      });
    }
    if (cumulative) entries.push({ colour: null, cumulative: true, planned: false, label: cumulativeLabel });
  }
  if (planned) entries.push({ colour: null, cumulative: false, planned: true, label: i18n.t('deals.legend.planned') });
  return entries;
}
