/**
 * Day groups as columns (wide screens) or rows (narrow screens), and the marks packed inside
 * them. A group that would need more than GEOMETRY.maxRows rows of marks becomes one
 * count-labelled mark per engagement type, so a day with hundreds of meetings stays inside its
 * band. Pure.
 */
import { max, sum } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { formatCount } from '../../lib/data/format';
import type { DatasetIndex } from '../../lib/data/query';
import { ENGAGEMENT_TYPES, type Engagement, type EngagementType } from '../../lib/data/schema';
import { counterpartKind, type CounterpartKind } from './encoding';
import { textWidth } from './labels';
import { dayGroupOf, dayGroups, type DayGroup } from './sessions';
import { markName } from './wording';

/** Sizes in CSS pixels. */
export const GEOMETRY = {
  /** Distance between mark centres. */
  cell: 18,
  /** Symbol area in px² (d3-shape's measure): about 10 px across. */
  markArea: 90,
  maxRows: 8,
  /** A column's natural width holds at most this many marks side by side. */
  maxColumnMarks: 6,
  labelFont: 11,
  labelLine: 13,
  colPad: 4,
  colGap: 4,
} as const;

export interface ColumnSpec {
  group: DayGroup;
  /** Engagements of the group in the whole dataset: sizes stay put while filters change. */
  total: number;
  /** The filtered engagements of the group, by type so alike marks sit together. */
  list: Engagement[];
  labelWidth: number;
  /** Width that holds the label and the marks in at most maxRows rows. */
  natural: number;
}

const typeRank = (t: EngagementType) => ENGAGEMENT_TYPES.indexOf(t);

/**
 * Day groups of a session with their filtered engagements. `last`: engagements that carry an
 * annotation go at the end of their group, so they land in its bottom row and their leader
 * lines run down without crossing other marks.
 */
export function columnSpecs(
  all: readonly Engagement[],
  part: readonly Engagement[],
  year: number,
  last: ReadonlySet<string> = new Set(),
): ColumnSpec[] {
  const { cell, maxRows, maxColumnMarks, labelFont, colPad } = GEOMETRY;
  const rank = (e: Engagement) => (last.has(e.id) ? ENGAGEMENT_TYPES.length : 0) + typeRank(e.type);
  return dayGroups(all, year).map((group) => {
    const inGroup = (e: Engagement) => dayGroupOf(e.date, year).key === group.key;
    const total = all.filter(inGroup).length;
    const list = part.filter(inGroup).sort((a, b) => rank(a) - rank(b));
    const labelWidth = max(group.lines, (l) => textWidth(l, labelFont)) ?? 0;
    const perRow = Math.min(Math.ceil(total / maxRows), maxColumnMarks);
    const aggregate = total > maxRows * maxColumnMarks ? cell + textWidth(formatCount(total), labelFont, true) + 4 : 0;
    return { group, total, list, labelWidth, natural: Math.max(labelWidth + 6, perRow * cell, aggregate, cell) + 2 * colPad };
  });
}

export interface MarkLayout {
  /** Engagement id, or "group:type" for a count-labelled aggregate. */
  id: string;
  engagements: Engagement[];
  type: EngagementType;
  kind: CounterpartKind;
  x: number;
  y: number;
  /** "200" next to an aggregate mark. */
  count?: string;
  group: string;
  /** Accessible name: who, what, when. */
  name: string;
}

export interface Region {
  left: number;
  top: number;
  width: number;
  align: 'center' | 'start';
}

/**
 * Marks of one group packed row by row into `region`; returns them with the rows used. Falls
 * back to one mark per type with its count when more than maxRows rows would be needed.
 */
export function packMarks(
  list: readonly Engagement[],
  region: Region,
  group: DayGroup,
  year: number,
  index: DatasetIndex,
): { marks: MarkLayout[]; rows: number } {
  const { cell, maxRows, labelFont } = GEOMETRY;
  const perRow = Math.max(1, Math.floor(region.width / cell));
  const start = (blockWidth: number) => (region.align === 'center' ? region.left + Math.max(0, (region.width - blockWidth) / 2) : region.left);
  if (Math.ceil(list.length / perRow) <= maxRows) {
    const x0 = start(Math.min(list.length, perRow) * cell);
    const marks = list.map((e, i) => ({
      id: e.id,
      engagements: [e],
      type: e.type,
      kind: counterpartKind(e, index),
      x: x0 + (i % perRow) * cell + cell / 2,
      y: region.top + Math.floor(i / perRow) * cell + cell / 2,
      group: group.key,
      name: markName([e], year, index),
    }));
    return { marks, rows: Math.ceil(list.length / perRow) };
  }
  // One mark per type, in order of first appearance: types holding an annotated engagement come last.
  const latest = new Map(list.map((e, i) => [e.type, i]));
  const types = [...latest.keys()].sort((a, b) => latest.get(a)! - latest.get(b)!);
  const byType = types.map((t) => list.filter((e) => e.type === t));
  const widest = max(byType, (l) => textWidth(formatCount(l.length), labelFont, true)) ?? 0;
  const x0 = start(Math.min(region.width, cell + 3 + widest));
  const marks = byType.map((l, i) => {
    const kinds = new Set(l.map((e) => counterpartKind(e, index)));
    const first = l[0]!;
    return {
      id: `${group.key}:${first.type}`,
      engagements: l,
      type: first.type,
      kind: kinds.size === 1 ? [...kinds][0]! : 'mixed',
      x: x0 + cell / 2,
      y: region.top + i * cell + cell / 2,
      count: formatCount(l.length),
      group: group.key,
      name: markName(l, year, index),
    };
  });
  return { marks, rows: byType.length };
}

/** Column widths for `width` px: natural widths, stretched (or squeezed) in proportion. */
export function fitColumns(columns: readonly ColumnSpec[], width: number): number[] {
  const gaps = Math.max(0, columns.length - 1) * GEOMETRY.colGap;
  const natural = sum(columns, (c) => c.natural);
  if (!natural) return columns.map(() => 0);
  const px = scaleLinear().domain([0, natural]).range([0, Math.max(0, width - gaps)]);
  return columns.map((c) => px(c.natural));
}
