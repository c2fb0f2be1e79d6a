/**
 * The map's colour classes: engagement counts per country binned into a few sequential blue
 * classes (one hue, light to dark, readable with every common colour-vision deficiency). Shared
 * by the MapLibre style, the SVG fallback and the legend so all three say the same thing. Pure.
 */
import { interpolateBlues } from 'd3-scale-chromatic';
import type { CountryCount } from '../../lib/data/query';

export interface ColorClass {
  /** Smallest count in the class, inclusive. */
  min: number;
  /** Largest count in the class, inclusive. */
  max: number;
  color: string;
  /** "1", "3–5". */
  label: string;
  /** How many countries fall in the class. */
  countries: number;
}

/** 1, 2, 5, 10, 20, 50… below `max`: counts are skewed, so classes widen as they go up. */
function niceBounds(max: number): number[] {
  const out: number[] = [];
  for (let decade = 1; decade < max; decade *= 10) {
    for (const m of [1, 2, 5]) if (decade * m < max) out.push(decade * m);
  }
  return out;
}

/**
 * Classes for the given counts: one per value up to `maxClasses`, else widening 1-2-5 classes
 * ending at the largest count. Zero and negative counts belong to no class (drawn neutral).
 */
export function colorClasses(counts: readonly number[], maxClasses = 5): ColorClass[] {
  const positive = counts.filter((c) => Number.isFinite(c) && c > 0).map(Math.round);
  if (positive.length === 0) return [];
  const max = Math.max(...positive);
  const k = Math.max(1, Math.floor(maxClasses));
  let uppers: number[];
  if (max <= k) uppers = Array.from({ length: max }, (_, i) => i + 1);
  else {
    const below = niceBounds(max);
    uppers = [...below.slice(Math.max(0, below.length - (k - 1))), max];
  }
  return uppers.map((upper, i) => {
    const min = i === 0 ? 1 : (uppers[i - 1] as number) + 1;
    const t = uppers.length === 1 ? 0.75 : 0.3 + (0.65 * i) / (uppers.length - 1);
    return {
      min,
      max: upper,
      color: interpolateBlues(t),
      label: min === upper ? String(min) : `${min}–${upper}`,
      countries: positive.filter((c) => c >= min && c <= upper).length,
    };
  });
}

/** The class colour of a count; undefined when the count is in no class (0, or off the scale). */
export function colorOf(count: number, classes: readonly ColorClass[]): string | undefined {
  return classes.find((c) => count >= c.min && count <= c.max)?.color;
}

/** Fill colour per alpha-3 code for every counted country. */
export function countryFills(countries: readonly CountryCount[], classes: readonly ColorClass[]): Map<string, string> {
  const fills = new Map<string, string>();
  for (const c of countries) {
    const color = colorOf(c.count, classes);
    if (color) fills.set(c.code, color);
  }
  return fills;
}

/** What the colour means, said once for the legend and the SVG export. */
export const LEGEND_TITLE = "Engagements with the country's leaders, officials or companies, under current filters";

/** The basemap's credit, in the legend and in the export's source line. */
export const BASEMAP_CREDIT = 'Basemap: Natural Earth (public domain), via world-atlas';
