/**
 * Geometry of the Timeline view. Wide: sessions side by side in time order, each session's
 * days as columns (equal-width steps in date order, not a continuous time axis: a session's
 * records cluster in one week, and stray dates months away would squeeze that week to a sliver).
 * Narrow, or when the sessions do not fit side by side: sessions stacked top to bottom, days as
 * rows. Gaps (sessions without a record) take a narrow cell; excluded sessions keep a compact
 * cell so they can be clicked back on. Pure: no Svelte, no DOM, inputs never mutated.
 */
import { max, sum } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import type { DatasetIndex, Filtered } from '../../lib/data/query';
import { FRAME, horizontalBand, prepare, verticalBand } from './bands';
import type { PlacedLabel } from './labels';
import type { MarkLayout } from './marks';
import { sessionSlots, type DayGroup, type GapSlot, type SessionSlot } from './sessions';
import { describeTimeline } from './wording';

export { GEOMETRY, type MarkLayout } from './marks';
export { FRAME } from './bands';

export interface TimelineInput {
  index: DatasetIndex;
  filtered: Filtered;
  /** The year filter: sessions of other years are drawn dimmed, without marks. */
  years: readonly number[];
  /** Available width in px. */
  width: number;
  /**
   * Stack vertically below this width (default FRAME.verticalBelow). The SVG export lowers it by
   * its frame's padding, so the threshold applies to the picture's width as to the page's.
   */
  verticalBelow?: number;
}

export interface GroupLayout {
  group: DayGroup;
  /** Background box of the column (wide) or row (narrow). */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the label lines start; text-anchor is middle (wide) or start (narrow). */
  labelX: number;
  labelY: number;
}

export interface LabelLayout extends PlacedLabel {
  /** Baseline of the text. */
  y: number;
  /** Top of the label's lane, where its leader line ends. */
  top: number;
  /** Centre of the mark the label points to. */
  anchorY?: number;
}

export interface SessionLayout {
  kind: 'session';
  slot: SessionSlot;
  /** Card width (wide) or full width (narrow). */
  width: number;
  excluded: boolean;
  selected: boolean;
  summary: string[];
  /** Drawing size inside the card; height 0 when there is nothing to draw. */
  innerWidth: number;
  height: number;
  groups: GroupLayout[];
  marks: MarkLayout[];
  labels: LabelLayout[];
  /** Engagements drawn (filtered), whether as single or aggregate marks. */
  count: number;
}

export interface GapLayout {
  kind: 'gap';
  slot: GapSlot;
  width: number;
}

export interface TimelineLayout {
  orientation: 'horizontal' | 'vertical';
  width: number;
  slots: (SessionLayout | GapLayout)[];
  description: string;
  /** No engagement passes the filters. */
  empty: boolean;
}

export function timelineLayout(input: TimelineInput): TimelineLayout {
  const width = input.width > 0 ? input.width : 640;
  const slots = sessionSlots(input.index);
  const prepared = new Map(slots.flatMap((s) => (s.kind === 'session' ? [[s.number, prepare(s, input)] as const] : [])));
  const naturalOf = (s: (typeof slots)[number]) =>
    s.kind === 'gap' ? (s.count > 1 ? FRAME.foldedGapWidth : FRAME.gapWidth) : prepared.get(s.number)!.natural;
  const total = sum(slots, naturalOf) + Math.max(0, slots.length - 1) * FRAME.slotGap;
  const horizontal = width >= (input.verticalBelow ?? FRAME.verticalBelow) && total <= width;
  const description = describeTimeline(slots, input.filtered);
  const empty = input.filtered.engagements.length === 0;

  if (!horizontal) {
    const out = slots.map((s) => (s.kind === 'gap' ? ({ kind: 'gap', slot: s, width } as const) : verticalBand(prepared.get(s.number)!, width, input)));
    return { orientation: 'vertical', width, slots: out, description, empty };
  }
  // Spare width goes to the sessions that draw marks, in proportion to what they need.
  const growers = slots.filter((s) => s.kind === 'session' && !prepared.get(s.number)!.excluded);
  const growBase = sum(growers, naturalOf);
  const grow = scaleLinear().domain([0, growBase || 1]).range([0, (growBase || 1) + width - total]);
  const widthOf = (s: (typeof slots)[number]) => (growers.includes(s) ? grow(naturalOf(s)) : naturalOf(s));
  const placed = slots.map((s) =>
    s.kind === 'gap' ? ({ kind: 'gap', slot: s, width: widthOf(s) } as const) : horizontalBand(prepared.get(s.number)!, widthOf(s), input),
  );
  // One grid height for every session, so the day labels and the first row of marks line up.
  const gridBottom = max(placed, (b) => ('ownBottom' in b ? b.ownBottom : 0)) ?? 0;
  const out = placed.map((b) => ('finish' in b ? b.finish(gridBottom) : b));
  return { orientation: 'horizontal', width, slots: out, description, empty };
}
