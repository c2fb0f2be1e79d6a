/**
 * One attended session's drawing: its day groups as columns (wide) or rows (narrow), the marks
 * packed in them, and its labels on lanes. Pure.
 */
import { max, sum } from 'd3-array';
import type { Filtered } from '../../lib/data/query';
import { laneCount, placeLabels, textWidth } from './labels';
import { columnSpecs, fitColumns, GEOMETRY, packMarks, type ColumnSpec, type MarkLayout } from './marks';
import type { SessionSlot } from './sessions';
import { annotationsOf, sessionPart, sessionSummary, type AnnotationSpec } from './wording';
import type { GroupLayout, LabelLayout, SessionLayout, TimelineInput } from './layout';

/** Sizes in CSS pixels of the frame around the marks. */
export const FRAME = {
  /** Padding inside a session's card, around its drawing. */
  cardPad: 8,
  slotGap: 8,
  gapWidth: 84,
  foldedGapWidth: 104,
  excludedWidth: 116,
  minSessionWidth: 128,
  /** Below this width the timeline always stacks vertically. */
  verticalBelow: 560,
  axisHeight: 32,
  laneHeight: 17,
  annotationFont: 12,
  /** Widest label a session's natural width makes room for. */
  maxLabelWidth: 200,
} as const;

export interface Prepared {
  slot: SessionSlot;
  excluded: boolean;
  columns: ColumnSpec[];
  part: Filtered;
  annotations: AnnotationSpec[];
  natural: number;
}

export function prepare(slot: SessionSlot, input: TimelineInput): Prepared {
  const { index, filtered, years } = input;
  const excluded = years.length > 0 && !years.includes(slot.year);
  const part = sessionPart(filtered, slot.number);
  const annotations = excluded ? [] : annotationsOf(part, index);
  const annotated = new Set(annotations.flatMap((a) => (a.engagementId ? [a.engagementId] : [])));
  const all = index.data.engagements.filter((e) => e.session === slot.number);
  const columns = excluded ? [] : columnSpecs(all, part.engagements, slot.year, annotated);
  const content = sum(columns, (c) => c.natural) + Math.max(0, columns.length - 1) * GEOMETRY.colGap;
  // Room for the longest label too (up to a point), so a one-day session does not cut its labels short.
  const label = max(annotations, (a) => textWidth(a.text, FRAME.annotationFont, true)) ?? 0;
  const inner = Math.max(content, Math.min(label, FRAME.maxLabelWidth));
  const natural = excluded ? FRAME.excludedWidth : Math.max(FRAME.minSessionWidth, inner + 2 * FRAME.cardPad);
  return { slot, excluded, columns, part, annotations, natural };
}

const LABEL_OPTIONS = { fontSize: FRAME.annotationFont, bold: true, gap: 10, lead: 3 };

/** The annotations whose engagement is among `marks` (all of them when `orphans`: those with no drawn mark). */
function anchored(p: Prepared, marks: readonly MarkLayout[], orphans = false) {
  const markOf = (id: string | undefined) => (id === undefined ? undefined : marks.find((m) => m.engagements.some((e) => e.id === id)));
  return p.annotations.map((a) => ({ ...a, anchor: markOf(a.engagementId) })).filter((a) => (orphans ? !a.anchor : a.anchor));
}

/** Places labels on lanes from `top` down; returns them with the height they take. */
function labelLanes(specs: ReturnType<typeof anchored>, width: number, top: number): { labels: LabelLayout[]; height: number } {
  const placed = placeLabels(
    specs.map((s) => ({ id: s.id, text: s.text, keep: s.keep, anchorX: s.anchor?.x })),
    width,
    LABEL_OPTIONS,
  );
  const labels = placed.map((l, i) => ({
    ...l,
    top: top + l.lane * FRAME.laneHeight,
    y: top + l.lane * FRAME.laneHeight + FRAME.annotationFont,
    anchorY: specs[i]?.anchor?.y,
  }));
  return { labels, height: laneCount(placed) * FRAME.laneHeight };
}

function common(p: Prepared, width: number, input: TimelineInput) {
  return {
    kind: 'session' as const,
    slot: p.slot,
    width,
    excluded: p.excluded,
    selected: input.years.includes(p.slot.year),
    summary: p.excluded ? ['Not in the year filter'] : sessionSummary(p.part, input.index),
    innerWidth: width - 2 * FRAME.cardPad,
    count: p.part.engagements.length,
  };
}

const emptyBand = { height: 0, groups: [], marks: [], labels: [] };

/** Wide: days as columns; labels on lanes under a grid as tall as `gridBottom` (shared by all sessions). */
export function horizontalBand(p: Prepared, width: number, input: TimelineInput) {
  const band = common(p, width, input);
  const widths = fitColumns(p.columns, band.innerWidth);
  const groups: GroupLayout[] = [];
  const marks: MarkLayout[] = [];
  let x = 0;
  let rows = 0;
  p.columns.forEach((c, i) => {
    const w = widths[i] ?? 0;
    const region = { left: x + GEOMETRY.colPad, top: FRAME.axisHeight, width: w - 2 * GEOMETRY.colPad, align: 'center' as const };
    const packed = packMarks(c.list, region, c.group, p.slot.year, input.index);
    marks.push(...packed.marks);
    rows = Math.max(rows, packed.rows);
    groups.push({ group: c.group, x, y: FRAME.axisHeight, width: w, height: 0, labelX: x + w / 2, labelY: GEOMETRY.labelLine - 2 });
    x += w + GEOMETRY.colGap;
  });
  const ownBottom = FRAME.axisHeight + Math.max(1, rows) * GEOMETRY.cell;
  const finish = (gridBottom: number): SessionLayout => {
    if (p.excluded) return { ...band, ...emptyBand, innerWidth: 0 };
    const specs = [...anchored(p, marks), ...anchored(p, marks, true)];
    const top = gridBottom + (specs.length ? 12 : 0);
    const { labels, height } = labelLanes(specs, band.innerWidth, top);
    const sized = groups.map((g) => ({ ...g, height: gridBottom - g.y }));
    return { ...band, groups: sized, marks, labels, height: groups.length || labels.length ? top + height + 2 : 0 };
  };
  return { ownBottom: p.excluded ? 0 : ownBottom, finish };
}

/**
 * Narrow: days as rows, marks wrapping beside a label gutter; each row's labels sit right under
 * it, so leader lines stay short and never cross another day's marks.
 */
export function verticalBand(p: Prepared, width: number, input: TimelineInput): SessionLayout {
  const { cell, labelLine } = GEOMETRY;
  const band = common(p, width, input);
  if (p.excluded) return { ...band, ...emptyBand, innerWidth: 0 };
  const gutter = (max(p.columns, (c) => c.labelWidth) ?? 0) + 12;
  const groups: GroupLayout[] = [];
  const marks: MarkLayout[] = [];
  const labels: LabelLayout[] = [];
  let y = 0;
  for (const c of p.columns) {
    const region = { left: gutter, top: y + 2, width: Math.max(cell, band.innerWidth - gutter), align: 'start' as const };
    const packed = packMarks(c.list, region, c.group, p.slot.year, input.index);
    const marksHeight = Math.max(Math.max(1, packed.rows) * cell, c.group.lines.length * labelLine) + 4;
    const lanes = labelLanes(anchored(p, packed.marks), band.innerWidth, y + marksHeight + 2);
    const height = marksHeight + (lanes.height ? lanes.height + 6 : 0);
    marks.push(...packed.marks);
    labels.push(...lanes.labels);
    groups.push({ group: c.group, x: 0, y, width: band.innerWidth, height, labelX: 2, labelY: y + labelLine - 1 });
    y += height + 2;
  }
  const orphans = labelLanes(anchored(p, marks, true), band.innerWidth, y + (y ? 6 : 0));
  labels.push(...orphans.labels);
  const height = groups.length || labels.length ? y + (orphans.height ? orphans.height + 8 : 0) : 0;
  return { ...band, groups, marks, labels, height };
}
