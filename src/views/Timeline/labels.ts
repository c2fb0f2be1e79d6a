/**
 * Text sizes and annotation placement for the timeline. The layout runs without a DOM (unit
 * tests, the command-line export), so widths are estimated from character classes of a
 * system-ui sans-serif, on the generous side: an estimate that is too wide only costs a little
 * space, one that is too narrow lets labels collide.
 */

const NARROW = /[ .,:;'’|!()[\]ijlIft·\-]/;
const WIDE = /[mwMW@%—]/;

/**
 * Estimated width in pixels of `text` set at `fontSize` px, calibrated on DejaVu Sans (the
 * widest common system-ui fallback, on Linux); `bold` for weights 600 and up.
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    if (NARROW.test(ch)) em += 0.33;
    else if (WIDE.test(ch)) em += 0.95;
    else if (/[A-Z$]/.test(ch)) em += 0.72;
    else if (/[0-9]/.test(ch)) em += 0.64;
    else em += 0.6;
  }
  return Math.ceil(em * fontSize * (bold ? 1.13 : 1));
}

/** `text` cut at a word boundary (or mid-word if it must) with "…" so that it fits `maxWidth`. */
export function truncate(text: string, maxWidth: number, fontSize: number, bold = false): string {
  if (textWidth(text, fontSize, bold) <= maxWidth) return text;
  const chars = [...text];
  let end = chars.length;
  while (end > 0 && textWidth(chars.slice(0, end).join('').trimEnd() + '…', fontSize, bold) > maxWidth) end -= 1;
  const cut = chars.slice(0, end).join('');
  const atSpace = cut.lastIndexOf(' ');
  const nice = atSpace > cut.length * 0.6 ? cut.slice(0, atSpace) : cut;
  return nice.trimEnd() ? `${nice.trimEnd()}…` : '';
}

/** `text` shortened to `maxWidth`, cutting the part before `keep` (a tail such as a deal's value) first. */
export function fitText(text: string, keep: string | undefined, maxWidth: number, fontSize: number, bold = false): string {
  if (!keep || !text.endsWith(keep) || textWidth(text, fontSize, bold) <= maxWidth) return truncate(text, maxWidth, fontSize, bold);
  const tail = keep.replace(/^[:\s]+/, '');
  const room = maxWidth - textWidth(keep, fontSize, bold);
  const head = room > 0 ? truncate(text.slice(0, -keep.length), room, fontSize, bold) : '';
  return head ? head + keep : truncate(tail, maxWidth, fontSize, bold);
}

/** `text` cut after about `maxChars` characters at a word boundary, for tooltips. */
export function shorten(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars);
  const atSpace = cut.lastIndexOf(' ');
  return `${(atSpace > maxChars * 0.6 ? cut.slice(0, atSpace) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

export interface LabelSpec {
  id: string;
  text: string;
  /** The end of `text` that shortening must spare, such as ": about $4.2B". */
  keep?: string;
  /** x of the mark the label points to; undefined for a label about the whole session. */
  anchorX?: number;
}

export interface PlacedLabel {
  id: string;
  /** The text as drawn: shortened with "…" if it was wider than the band. */
  text: string;
  /** Left edge of the label. */
  x: number;
  width: number;
  /** 0 for the first line under the marks, 1 for the next, and so on. */
  lane: number;
  anchorX?: number;
  /** True when no lane keeps this label's leader line clear of the other labels (crowded bands only). */
  crossing: boolean;
}

export interface LabelOptions {
  fontSize: number;
  bold: boolean;
  /** Smallest horizontal space between two labels on one lane. */
  gap: number;
  /** Space between a leader line and the start (or end) of its text. */
  lead: number;
}

export const LABEL_DEFAULTS: LabelOptions = { fontSize: 12, bold: true, gap: 10, lead: 3 };

interface Sized {
  spec: LabelSpec;
  text: string;
  x: number;
  w: number;
  order: number;
  lane: number;
  crossing: boolean;
}

const covers = (l: Sized, x: number | undefined) => x !== undefined && l.x - 1 <= x && x <= l.x + l.w + 1;

/** Whether `s` may sit on `lane` given the labels already placed: no text on text, no leader line through text. */
function fits(s: Sized, lane: number, placed: readonly Sized[], gap: number): boolean {
  return placed.every((p) => {
    if (p.lane === lane) return p.x + p.w + gap <= s.x || s.x + s.w + gap <= p.x;
    const [upper, lower] = p.lane < lane ? [p, s] : [s, p];
    return !covers(upper, lower.spec.anchorX);
  });
}

/**
 * Lays labels out on lanes under a band of `width` px so that no two overlap and no leader line
 * runs through another label. A label's text starts just right of its anchor, or ends just left
 * of it when there is no room on the right; when it fits on neither side it is shortened to the
 * roomier one (or, if that would cut most of it or most of the name before a kept value, pushed
 * inside the band whole).
 * A label whose text covers another's anchor must sit below that one, so labels are placed in
 * that order (a topological order; a cycle, labels reaching over each other's anchors, is broken
 * at the label covering the fewest), each on the first lane that fits.
 */
export function placeLabels(specs: readonly LabelSpec[], width: number, options: LabelOptions = LABEL_DEFAULTS): PlacedLabel[] {
  const { fontSize, bold, gap, lead } = options;
  const room = Math.max(0, width);
  const fit = (spec: LabelSpec, max: number) => {
    const text = fitText(spec.text, spec.keep, max, fontSize, bold);
    return { text, w: Math.min(textWidth(text, fontSize, bold), max) };
  };
  const sized: Sized[] = specs.map((spec, order) => {
    const base = { spec, order, lane: 0, crossing: false };
    const full = fit(spec, room);
    const a = spec.anchorX;
    if (a === undefined) return { ...base, ...full, x: 0 };
    const rightRoom = room - a - lead;
    const leftRoom = a - lead;
    if (full.w <= rightRoom) return { ...base, ...full, x: Math.max(0, a + lead) };
    if (full.w <= leftRoom) return { ...base, ...full, x: a - lead - full.w };
    const sideRoom = Math.max(rightRoom, leftRoom);
    if (sideRoom < 0.6 * full.w) return { ...base, ...full, x: Math.max(0, room - full.w) };
    const cut = fit(spec, sideRoom);
    // Cutting spares the value, so a short name can all but vanish ("Wa…: about $4.2B"): keep it whole then.
    const { keep } = spec;
    const name = (text: string) => (keep && text.endsWith(keep) ? text.slice(0, -keep.length).replace(/…$/, '') : text);
    if (keep && name(cut.text).length < 0.5 * name(full.text).length) return { ...base, ...full, x: Math.max(0, room - full.w) };
    return { ...base, ...cut, x: rightRoom >= leftRoom ? a + lead : a - lead - cut.w };
  });
  const pending = [...sized].sort((a, b) => (a.spec.anchorX ?? -Infinity) - (b.spec.anchorX ?? -Infinity) || a.order - b.order);
  const placed: Sized[] = [];
  while (pending.length) {
    // Next: the label whose text covers the fewest pending anchors (none, unless in a cycle).
    const blocking = pending.map((s) => pending.filter((o) => o !== s && covers(s, o.spec.anchorX)).length);
    const [s] = pending.splice(blocking.indexOf(Math.min(...blocking)), 1) as [Sized];
    const deepest = placed.reduce((n, p) => Math.max(n, p.lane), -1);
    let lane = 0;
    while (lane <= deepest && !fits(s, lane, placed, gap)) lane += 1;
    // A new lane at the bottom never puts text on text; in a cycle a leader line may still cross there.
    s.lane = lane;
    s.crossing = !fits(s, lane, placed, gap);
    placed.push(s);
  }
  return sized.map((s) => ({ id: s.spec.id, text: s.text, x: s.x, width: s.w, lane: s.lane, anchorX: s.spec.anchorX, crossing: s.crossing }));
}

/** Number of lanes a placement uses. */
export function laneCount(labels: readonly PlacedLabel[]): number {
  return labels.reduce((n, l) => Math.max(n, l.lane + 1), 0);
}
