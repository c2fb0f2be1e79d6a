/**
 * The map's colour classes. They are made from the engagement totals of the WHOLE dataset (not
 * from the filtered records), so a country keeps its colour as filters change: Iran with one
 * engagement is the same blue filtered or not. Class bounds are nice numbers that widen as counts
 * grow (1, 2, 3–5, 6–10, 11–20 …), because a few countries are met far more often than the rest.
 * Pure.
 */
import { scaleThreshold } from 'd3-scale';

export interface ColourClass {
  /** Position in the classes, fewest engagements first. */
  index: number;
  /** Smallest count in the class, inclusive. */
  min: number;
  /** Largest count in the class, inclusive (the last class ends at the dataset's largest total). */
  max: number;
}

/**
 * Upper bounds of classes, tried in order until one covers the largest total in at most
 * `maxClasses` classes: 1-2-5 steps (1, 2, 3–5, 6–10 …), then 1-3 steps (1, 2–3, 4–10 …), then
 * decades, then ever wider powers of ten.
 */
const STEPS: readonly (readonly number[])[] = [[1, 2, 5], [1, 3], [1]];

function uppersFor(mantissas: readonly number[], factor: number, max: number): number[] {
  const out: number[] = [];
  for (let decade = 1; ; decade *= factor) {
    for (const m of mantissas) {
      out.push(m * decade);
      if (m * decade >= max) return out;
    }
  }
}

/** Classes that cover the counts 1…max in at most `maxClasses` classes. No class for max ≤ 0. */
export function colourClasses(max: number, maxClasses: number): ColourClass[] {
  const top = Math.floor(max);
  const k = Math.max(1, Math.floor(maxClasses));
  if (!(top >= 1)) return [];
  if (k === 1) return [{ index: 0, min: 1, max: top }];
  let uppers: number[] | undefined;
  for (const mantissas of STEPS) {
    const candidate = uppersFor(mantissas, 10, top);
    if (candidate.length <= k) {
      uppers = candidate;
      break;
    }
  }
  // Beyond decades: powers of 100, 1000 … (a dataset with millions of engagements per country);
  // at the latest [1, max] fits, as k ≥ 2.
  for (let factor = 100; !uppers; factor *= 10) {
    const candidate = uppersFor([1], factor, top);
    if (candidate.length <= k) uppers = candidate;
  }
  uppers[uppers.length - 1] = top;
  return uppers.map((upper, index) => ({ index, min: index === 0 ? 1 : uppers[index - 1]! + 1, max: upper }));
}

/** The class index of a count: -1 for none (no engagement). Counts beyond the last class go in it. */
export function classifier(classes: readonly ColourClass[]): (count: number) => number {
  if (classes.length === 0) return () => -1;
  const scale = scaleThreshold<number, number>()
    .domain(classes.slice(1).map((c) => c.min))
    .range(classes.map((c) => c.index));
  return (count) => (count > 0 ? scale(count) : -1);
}

/**
 * The colour of class `index` of `count` classes, from a theme's ramp (fewest first). With fewer
 * classes than colours the ramp is sampled evenly, ends included, so neighbouring classes stay
 * as far apart as the ramp allows; a single class takes the strongest colour.
 */
export function classColour(index: number, count: number, ramp: readonly string[]): string {
  const last = ramp.length - 1;
  const at = count <= 1 ? last : Math.round((index * last) / (count - 1));
  return ramp[Math.max(0, Math.min(last, at))]!;
}
