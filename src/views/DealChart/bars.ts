/**
 * The bars of the deal chart, from a tally of the filtered deals (the typed arrays of tally.ts,
 * filled in one pass): each drawn company's segments and words, the "Others" bar and the sentence
 * that describes the bars (their legend: legend.ts). A bar is one company's money of one kind (values.ts): the
 * tally is kept per company and kind, so no bar adds a plan to a signed agreement. Only the bars
 * drawn are made into objects. Pure.
 */
import type { ValueSum } from '../../lib/data/values';
import { DEAL_BASES, MONEY_KINDS, type DealBasis, type MoneyKind } from '../../lib/basics/vocabulary';
import type { I18n } from '../../lib/i18n/i18n';
import { KINDS, sumOf, type Tally } from './tally';

/** Parts a bar's annotation names before "and N more" (the tooltip and the table have them all). */
const NAMED_PARTS = 4;

/** Cumulative last: the hatched part closes a bar, after the new commitments. */
export const BASIS_ORDER: readonly DealBasis[] = [
  ...DEAL_BASES.filter((b) => b !== 'cumulative-investment'),
  'cumulative-investment',
];

/** What decides a colour: a basis, or a session (its slot among the dataset's sessions, so it keeps its colour under any filter). */
export type ColourKey = { kind: 'basis'; basis: DealBasis } | { kind: 'session'; slot: number };

export interface Segment {
  colour: ColourKey;
  cumulative: boolean;
  planned: boolean;
  sum: ValueSum;
  /** "about $4.2B" */
  value: string;
  /** "a 2023 investment plan", "3 signed agreements", "2 deals of 2025". */
  part: string;
}

/** The words of a bar, given which segment values the picture could not print inside their segment. */
export interface RowWords {
  /** "2 deals: a 2023 investment plan and a 2025 signed agreement" */
  detail: string;
  /** "about $5.2B · 2 deals: …" */
  annotation: string;
  /** The accessible name: "Wabtec: about $5.2B · 2 deals: …". */
  label: string;
}

export interface BarRow {
  kind: 'company' | 'others';
  /** The kind of money the bar adds up (one only). */
  money: MoneyKind;
  /** Unique among the bars: kind and company ("plans:wabtec", "plans:" for that kind's Others). */
  key: string;
  /** Company id ('' for Others). */
  id: string;
  name: string;
  /** Set when the name is shown in another language than the page's. */
  nameLang?: string;
  sum: ValueSum;
  /** The total worded by the one rule: "about $5.2B". */
  value: string;
  /** Disclosed parts, in drawing order (none for Others, drawn as one neutral bar). */
  segments: Segment[];
  selected: boolean;
  /** Every deal of the company in the chart, disclosed or not, in dataset order (positions). */
  deals: Uint32Array;
  /** `valued[s]`: say segment s's value in the annotation; `cut`: the bar is drawn cut (Others only). */
  words(valued: readonly boolean[], cut?: boolean): RowWords;
}

/** Message select keys cannot hold "-": "investment-plan" → "investmentPlan". */
export const selectKey = (basis: DealBasis) => basis.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

const partsText = (parts: readonly string[], i18n: I18n) =>
  parts.length <= NAMED_PARTS
    ? i18n.list(parts)
    : i18n.t('deals.bar.partsMore', {
        list: parts.slice(0, NAMED_PARTS - 1).join(', '),
        count: parts.length - NAMED_PARTS + 1,
      });

export function companyRow(t: Tally, slot: number): BarRow {
  const { index, i18n, usd, bits, disclosed, undisclosed, grain } = t;
  const a = Math.floor(slot / KINDS);
  const money = MONEY_KINDS[slot % KINDS]!;
  const byBasis = t.colourBy === 'basis';
  const positions = t.dealsOf(slot);
  const parts = new Map<
    number,
    {
      colour: ColourKey;
      cumulative: boolean;
      planned: boolean;
      usd: number;
      n: number;
      bits: number;
      grain: number;
      first: number;
    }
  >();
  for (const i of positions) {
    const v = index.dUsd[i]!;
    if (Number.isNaN(v)) continue;
    const cumulative = index.dCumulative[i] === 1;
    const planned = index.dPlanned[i] === 1;
    const basis = index.data.deals[i]!.basis;
    const slot = index.dSessionSlot[i]!;
    // Planned parts after held ones; within each, basis order or session order (cumulative after its session).
    const key = (planned ? 1e6 : 0) + (byBasis ? BASIS_ORDER.indexOf(basis) : slot * 2 + (cumulative ? 1 : 0));
    let p = parts.get(key);
    if (!p) {
      const colour: ColourKey = byBasis ? { kind: 'basis', basis } : { kind: 'session', slot };
      parts.set(key, (p = { colour, cumulative, planned, usd: 0, n: 0, bits: 0, grain: 0, first: i }));
    }
    p.usd += v;
    p.n++;
    p.bits |= 1 << index.dQualifier[i]!;
    p.grain = Math.max(p.grain, index.dGrain[i]!);
  }
  const segments = [...parts.entries()]
    .sort((x, y) => x[0] - y[0])
    .map(([, p]): Segment => {
      const sum = sumOf(p.usd, p.n, p.bits, p.grain);
      const basis = index.data.deals[p.first]!.basis;
      let part =
        p.n === 1
          ? i18n.t('deals.part.deal', { basis: selectKey(basis), year: String(index.dYear[p.first]) })
          : byBasis
            ? i18n.t('deals.part.basis', { basis: selectKey(basis), count: p.n })
            : i18n.t(p.cumulative ? 'deals.part.sessionCumulative' : 'deals.part.session', {
                count: p.n,
                year: String(index.dYear[p.first]),
              });
      if (p.planned) part = i18n.t('deals.part.planned', { part });
      return { colour: p.colour, cumulative: p.cumulative, planned: p.planned, sum, value: i18n.sum(sum), part };
    });
  const sum = sumOf(usd[slot]!, disclosed[slot]!, bits[slot]!, grain[slot]!);
  const value = i18n.sum(sum);
  const shown = t.nameOf(a);
  // Plural messages cost tens of microseconds each: a bar words each mask once (layout, tooltip, aria).
  const worded = new Map<string, RowWords>();
  const words = (valued: readonly boolean[]): RowWords => {
    const key = valued.map(Number).join('');
    const known = worded.get(key);
    if (known) return known;
    const named = segments.map((s, k) =>
      valued[k] ? i18n.t('deals.part.valued', { part: s.part, value: s.value }) : s.part,
    );
    // One part needs no count before it: "a 2025 project", "2 deals of 2023".
    const detail =
      segments.length === 1
        ? i18n.t('deals.bar.detailSingle', { part: segments[0]!.part, undisclosed: undisclosed[slot]! })
        : i18n.t('deals.bar.detail', {
            count: disclosed[slot]!,
            parts: partsText(named, i18n),
            undisclosed: undisclosed[slot]!,
          });
    const annotation = i18n.t('deals.bar.annotation', { total: value, detail });
    const out = { detail, annotation, label: i18n.t('deals.bar.label', { company: shown.text, annotation }) };
    worded.set(key, out);
    return out;
  };
  const id = index.data.actors[a]!.id;
  return {
    kind: 'company',
    money,
    key: `${money}:${id}`,
    id,
    name: shown.text,
    nameLang: shown.lang !== i18n.lang ? shown.lang : undefined,
    sum,
    value,
    segments,
    selected: t.selected.has(id),
    deals: Uint32Array.from(positions),
    words,
  };
}

/** The companies of one kind past the top ones, as one bar (`rest`: their slots). */
export function othersRow(t: Tally, rest: readonly number[]): BarRow {
  const { i18n, usd, bits, disclosed, grain } = t;
  let total = 0;
  let n = 0;
  let b = 0;
  let g = 0;
  for (const slot of rest) {
    total += usd[slot]!;
    n += disclosed[slot]!;
    b |= bits[slot]!;
    g = Math.max(g, grain[slot]!);
  }
  const money = MONEY_KINDS[rest[0]! % KINDS]!;
  const sum = sumOf(total, n, b, g);
  const value = i18n.sum(sum);
  const name = i18n.t('deals.others.name', { count: rest.length });
  return {
    kind: 'others',
    money,
    key: `${money}:`,
    id: '',
    name,
    sum,
    value,
    segments: [],
    selected: false,
    deals: new Uint32Array(0),
    words: (_valued, cut = false) => {
      const detail = i18n.t(cut ? 'deals.others.detailCut' : 'deals.others.detail', { count: n });
      const annotation = i18n.t('deals.bar.annotation', { total: value, detail });
      return { detail, annotation, label: i18n.t('deals.bar.label', { company: name, annotation }) };
    },
  };
}

/** One sentence for screen readers: the groups of bars, each kind with its largest and smallest bar drawn. */
export function describeBars(
  groups: readonly { kind: MoneyKind; rows: readonly BarRow[] }[],
  companies: number,
  i18n: I18n,
): string {
  const parts: string[] = [];
  for (const g of groups) {
    const drawn = g.rows.filter((r) => r.kind === 'company');
    const first = drawn[0];
    const last = drawn[drawn.length - 1];
    if (!first || !last) continue;
    const values = { kind: i18n.t(`kind.${g.kind}`), first: first.name, firstValue: first.value };
    parts.push(
      first === last
        ? i18n.t('deals.descriptionGroup', values)
        : i18n.t('deals.descriptionGroupRange', { ...values, last: last.name, lastValue: last.value }),
    );
  }
  return parts.length ? i18n.t('deals.descriptionKinds', { count: companies, groups: parts.join(' ') }) : '';
}
