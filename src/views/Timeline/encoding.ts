/**
 * How a timeline mark encodes an engagement: its type by shape AND colour (Okabe–Ito, so the
 * colours stay apart under the common colour-vision deficiencies, and the shape still tells them
 * apart in greyscale), and the kind of body met by the fill style. Pure: no Svelte, no DOM.
 */
import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle } from 'd3-shape';
import type { SymbolType } from 'd3-shape';
import type { DatasetIndex } from '../../lib/data/query';
import { ENGAGEMENT_TYPES, type Actor, type Engagement, type EngagementType } from '../../lib/data/schema';

export interface TypeStyle {
  /** "Bilateral meeting": the name used in legends, tooltips and accessible names. */
  label: string;
  fill: string;
  /**
   * Outline colour. Okabe–Ito's orange, sky blue and pink are below 3:1 against white, so
   * their outlines (all a hollow mark has) are darker shades of the same hue.
   */
  ink: string;
  symbol: SymbolType;
}

export const TYPE_STYLES: Record<EngagementType, TypeStyle> = {
  bilateral: { label: 'Bilateral meeting', fill: '#0072b2', ink: '#0072b2', symbol: symbolCircle },
  summit: { label: 'Summit', fill: '#d55e00', ink: '#d55e00', symbol: symbolStar },
  signing: { label: 'Signing', fill: '#009e73', ink: '#007a59', symbol: symbolDiamond },
  speech: { label: 'Speech', fill: '#cc79a7', ink: '#a3507f', symbol: symbolTriangle },
  call: { label: 'Call', fill: '#e69f00', ink: '#a36f00', symbol: symbolCross },
  roundtable: { label: 'Roundtable', fill: '#56b4e9', ink: '#1d78ad', symbol: symbolSquare },
};

/** SVG path of a type's symbol centred on 0,0; `area` in square pixels as d3-shape counts it. */
export function symbolPath(type: EngagementType, area: number): string {
  return symbol(TYPE_STYLES[type].symbol, area)() ?? '';
}

/**
 * The left half of a symbol's box, which the "several kinds" style fills: the same for every
 * symbol of one `area`, so a drawing of many marks can share one <clipPath> of it.
 */
export function halfClipRect(area: number): { x: number; y: number; width: number; height: number } {
  const half = Math.sqrt(area);
  return { x: -half, y: -half, width: half, height: 2 * half };
}

/** The kind of body the participants of an engagement stand for. */
export type CounterpartKind = 'state' | 'organization' | 'company' | 'mixed' | 'none';

export const KIND_ORDER: readonly CounterpartKind[] = ['state', 'organization', 'company', 'mixed', 'none'];

export const KIND_LABELS: Record<CounterpartKind, string> = {
  state: 'state',
  organization: 'organization',
  company: 'company',
  mixed: 'several kinds',
  none: 'no counterpart',
};

/** Fill styles, named for what the legend draws. */
export const KIND_STYLES: Record<CounterpartKind, 'filled' | 'hollow' | 'dotted' | 'half' | 'dashed'> = {
  state: 'filled',
  organization: 'hollow',
  company: 'dotted',
  mixed: 'half',
  none: 'dashed',
};

/**
 * The body an actor stands for: the first non-person in its affiliation chain (a CEO stands for
 * the company, a president for the state). A person with a country but no body is taken to speak
 * for that state. The delegation's own state is home, not a counterpart; a person with neither a
 * body nor a country stands for no body at all.
 */
function bodyKind(actorId: string, index: DatasetIndex): Exclude<CounterpartKind, 'mixed' | 'none'> | undefined {
  const home = index.data.delegation.country;
  const seen = new Set<Actor>();
  let actor = index.actors.get(actorId);
  let country: string | undefined;
  while (actor && !seen.has(actor)) {
    seen.add(actor);
    country ??= actor.country;
    if (actor.type !== 'person') {
      if (actor.type === 'state' && actor.country === home) return undefined;
      return actor.type;
    }
    actor = actor.affiliation ? index.actors.get(actor.affiliation) : undefined;
  }
  return country && country !== home ? 'state' : undefined;
}

/** State, organization or company when every participant stands for that kind; "mixed" otherwise. */
export function counterpartKind(e: Engagement, index: DatasetIndex): CounterpartKind {
  const kinds = new Set(e.participants.map((p) => bodyKind(p.actor, index)).filter((k) => k !== undefined));
  if (kinds.size === 0) return 'none';
  if (kinds.size > 1) return 'mixed';
  return [...kinds][0]!;
}

export interface Legend {
  types: { type: EngagementType; label: string }[];
  kinds: { kind: CounterpartKind; label: string }[];
}

/**
 * The legend lists what the whole dataset holds (not just the filtered part), so it stays put
 * while filters change; types in schema order, kinds in KIND_ORDER.
 */
export function legendOf(index: DatasetIndex): Legend {
  const types = new Set(index.data.engagements.map((e) => e.type));
  const kinds = new Set(index.data.engagements.map((e) => counterpartKind(e, index)));
  return {
    types: ENGAGEMENT_TYPES.filter((t) => types.has(t)).map((type) => ({ type, label: TYPE_STYLES[type].label })),
    kinds: KIND_ORDER.filter((k) => kinds.has(k)).map((kind) => ({ kind, label: KIND_LABELS[kind] })),
  };
}
