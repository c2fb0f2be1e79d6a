/**
 * The timeline's drawing at a width: the form the switch rule picks (model.ts `chooseForm`), the
 * legend flowed into lines over it, then the detailed or the compact positions. The live view and
 * the export call this with the same width and draw the same picture. Pure.
 */
import { pathRound } from 'd3-path';
import { px } from '../../lib/basics/pixels';
import type { EngagementType } from '../../lib/basics/vocabulary';
import type { I18n } from '../../lib/i18n/i18n';
import { COMPACT, compactGeometry, type CompactGeometry } from './compact';
import { detailedGeometry } from './detailed';
import type { DetailedGeometry } from './detailedPieces';
import { KINDS, type CounterpartKind } from './marks';
import { chooseForm, type TimelineModel } from './model';
import { flowLegend, type LegendFlow, type LegendItem as SharedLegendItem } from '../shared/legendLayout';

/** How a mark is filled: the kind of counterpart, or "planned" (dashed, hollow) whatever the kind. */
export type FillStyle = 'filled' | 'hollow' | 'dotted' | 'half' | 'tinted' | 'planned';

/**
 * Fill styles of the counterpart kinds. "planned" owns the dashed outline, so no kind uses it;
 * a planned mark shows its kind in its tooltip instead.
 */
export const KIND_STYLE: Record<CounterpartKind, FillStyle> = {
  state: 'filled',
  organization: 'hollow',
  company: 'dotted',
  mixed: 'half',
  none: 'tinted',
};

/** Draws a symbol of an area (px²) centred on 0,0 into a path. */
type SymbolType = (p: ReturnType<typeof pathRound>, size: number) => void;

// The shapes of d3-shape's symbols (ISC licence), drawn the same way into the same rounded path:
// importing d3-shape for them also kept its curve classes in the page's first chunk.
const { sqrt, sin, cos, PI } = Math;
const TAU = 2 * PI;
const STAR_KR = sin(PI / 10) / sin((7 * PI) / 10);
const [STAR_KX, STAR_KY] = [sin(TAU / 10) * STAR_KR, -cos(TAU / 10) * STAR_KR];
const SQRT3 = sqrt(3);
const symbolCircle: SymbolType = (c, size) => {
  const r = sqrt(size / PI);
  c.moveTo(r, 0);
  c.arc(0, 0, r, 0, TAU);
};
const symbolStar: SymbolType = (c, size) => {
  const r = sqrt(size * 0.8908130915292852);
  const [x, y] = [STAR_KX * r, STAR_KY * r];
  c.moveTo(0, -r);
  c.lineTo(x, y);
  for (let i = 1; i < 5; ++i) {
    const [co, si] = [cos((TAU * i) / 5), sin((TAU * i) / 5)];
    c.lineTo(si * r, -co * r);
    c.lineTo(co * x - si * y, si * x + co * y);
  }
  c.closePath();
};
/** Points in turn, closed. */
const polygon = (c: ReturnType<typeof pathRound>, points: [number, number][]) => {
  points.forEach(([x, y], i) => (i ? c.lineTo(x, y) : c.moveTo(x, y)));
  c.closePath();
};
const symbolDiamond2: SymbolType = (c, size) => {
  const r = sqrt(size) * 0.62625;
  polygon(c, [
    [0, -r],
    [r, 0],
    [0, r],
    [-r, 0],
  ]);
};
const symbolTriangle: SymbolType = (c, size) => {
  const y = -sqrt(size / (SQRT3 * 3));
  polygon(c, [
    [0, y * 2],
    [-SQRT3 * y, -y],
    [SQRT3 * y, -y],
  ]);
};
const symbolCross: SymbolType = (c, size) => {
  const r = sqrt(size / 5) / 2;
  // prettier-ignore
  const arms = [[-3, -1], [-1, -1], [-1, -3], [1, -3], [1, -1], [3, -1], [3, 1], [1, 1], [1, 3], [-1, 3], [-1, 1], [-3, 1]];
  polygon(
    c,
    arms.map(([x, y]) => [x! * r, y! * r]),
  );
};
const symbolSquare: SymbolType = (c, size) => {
  const w = sqrt(size);
  c.rect(-w / 2, -w / 2, w, w);
};

/** Type by shape as well as colour, so types stay apart in greyscale and for colour-blind readers. */
const SHAPES: Record<EngagementType, SymbolType> = {
  bilateral: symbolCircle,
  summit: symbolStar,
  // The square turned on its corner: d3's other diamond is too narrow to read at a mark's size.
  signing: symbolDiamond2,
  speech: symbolTriangle,
  call: symbolCross,
  roundtable: symbolSquare,
};

/**
 * d3-shape sizes symbols by area, which draws a circle a third narrower than a star of the same
 * area: the meetings, most marks, came out 8 px across. Each shape is sized instead by its extent
 * (the larger of its width and height): area = factor × extent², from each symbol's geometry in
 * d3-shape, so every mark spans the same pixels and its fill and outline stay readable. The star,
 * mostly points, is drawn a fifth wider so that it weighs about as much as the others.
 */
const AREA_PER_EXTENT: Record<EngagementType, number> = {
  // A circle of diameter e.
  bilateral: Math.PI / 4,
  // Star: outer radius √(area × 0.8908…), its width 2·sin 72° ≈ 1.902 radii; then 1.2² for its points.
  summit: (1.2 * 1.2) / (0.8908130915292852 * (2 * Math.sin((2 * Math.PI) / 5)) ** 2),
  // Turned square: corners at ±0.62625·√area.
  signing: 1 / (2 * 0.62625) ** 2,
  // Triangle: width 2√3·√(area / 3√3).
  speech: (3 * Math.sqrt(3)) / 12,
  // Cross: three arms of √(area / 5) each way.
  call: 5 / 9,
  roundtable: 1,
};

/** SVG path of a type's symbol centred on 0,0, `extent` px across at its widest (or tallest). */
export function symbolPath(type: EngagementType, extent: number): string {
  const path = pathRound(3);
  SHAPES[type](path, AREA_PER_EXTENT[type] * extent * extent);
  return path.toString();
}

/**
 * The left half of any symbol `extent` px across, which "several kinds" fills: one clip path serves
 * every mark. Generous above and below, as a triangle sits off its centre.
 */
export function halfClipRect(extent: number): { x: number; y: number; width: number; height: number } {
  return { x: -extent, y: -extent, width: extent, height: 2 * extent };
}

export type Swatch =
  | { kind: 'mark'; type: EngagementType; style: FillStyle; neutral: boolean }
  | { kind: 'bar'; type: EngagementType }
  | { kind: 'plannedBar' }
  | { kind: 'gap' }
  | { kind: 'selected' }
  | { kind: 'dimmed' };

export type LegendItem = SharedLegendItem<Swatch>;

export type TimelineGeometry = (DetailedGeometry | CompactGeometry) & {
  width: number;
  height: number;
  legend: LegendItem[];
};

/** Keys 14 px across in lines 20 px high; a heading keeps its first key beside it. */
const LEGEND: LegendFlow = { spacing: 14, headingSpacing: 7, row: 20, baseline: 4, round: px };
const SWATCH_SIZE = 14;

function legendEntries(
  model: TimelineModel,
  detailed: boolean,
  narrow: boolean,
  i18n: I18n,
): { swatch: Swatch | null; text: string }[] {
  const typeName = (type: EngagementType) => i18n.t(`engagementType.${type}`);
  const entries: { swatch: Swatch | null; text: string }[] = [];
  const dimmed = model.rows.some((r) => r.kind === 'session' && r.dimmed);
  if (detailed) {
    const kinds = new Set(model.marks?.filter((m) => !m.planned).map((m) => m.kind));
    entries.push({ swatch: null, text: i18n.t('timeline.legend.type') });
    for (const type of model.types)
      entries.push({ swatch: { kind: 'mark', type, style: 'filled', neutral: false }, text: typeName(type) });
    if (kinds.size) entries.push({ swatch: null, text: i18n.t('timeline.legend.kind') });
    for (const kind of KINDS.filter((k) => kinds.has(k))) {
      entries.push({
        swatch: { kind: 'mark', type: 'bilateral', style: KIND_STYLE[kind], neutral: true },
        text: i18n.t(`timeline.kind.${kind}`),
      });
    }
    if (model.anyPlanned)
      entries.push({
        swatch: { kind: 'mark', type: 'bilateral', style: 'planned', neutral: true },
        text: i18n.t('timeline.legend.planned'),
      });
  } else {
    for (const type of model.types) entries.push({ swatch: { kind: 'bar', type }, text: typeName(type) });
    if (model.anyPlanned) entries.push({ swatch: { kind: 'plannedBar' }, text: i18n.t('timeline.legend.planned') });
    // Narrow, gap rows say it in words.
    if (!narrow && model.rows.some((r) => r.kind === 'gap'))
      entries.push({ swatch: { kind: 'gap' }, text: i18n.t('timeline.legend.gap') });
    if (model.rows.some((r) => r.kind === 'session' && r.selected))
      entries.push({ swatch: { kind: 'selected' }, text: i18n.t('timeline.legend.selected') });
  }
  if (dimmed) entries.push({ swatch: { kind: 'dimmed' }, text: i18n.t('timeline.legend.dimmed') });
  return entries;
}

/** Entries flowed left to right into lines; a heading stays on the line of its first entry. */
export function legendLayout(
  entries: readonly { swatch: Swatch | null; text: string }[],
  width: number,
): { items: LegendItem[]; height: number } {
  const keys = entries.map((e) => ({ symbol: e.swatch, size: e.swatch ? SWATCH_SIZE : 0, label: e.text }));
  const { items, bottom } = flowLegend([keys], width, 0, LEGEND);
  return { items, height: bottom };
}

/** The whole drawing `width` px wide. */
export function timelineGeometry(model: TimelineModel, width: number, i18n: I18n): TimelineGeometry {
  const detailed = chooseForm(model.counts, width) === 'detailed' && model.marks !== null;
  const legend = legendLayout(legendEntries(model, detailed, width < COMPACT.narrow, i18n), width);
  const top = legend.height ? legend.height + 12 : 0;
  const body = detailed ? detailedGeometry(model, width, top, i18n) : compactGeometry(model, width, top, i18n);
  return { ...body, width, height: Math.ceil(body.bottom + 2), legend: legend.items };
}
