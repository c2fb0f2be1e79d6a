/**
 * Many companies: the chart draws the largest few and folds the rest into one "Others" row
 * (with the same segments, summed) until the reader asks for all of them.
 */
import { sum } from 'd3-array';
import type { CompanyBar, ChartRow, OthersBar, Segment } from './layout';
import { combinedValueLabel } from './wording';

/** Not a valid dataset id (ids start with a letter or digit), so it never collides with a company. */
export const OTHERS_ID = '*others';

/** How many companies to draw before folding the rest into "Others": fewer on a phone. */
export function topCount(width: number): number {
  return width < 480 ? 8 : 12;
}

/**
 * The rows to draw: the first `n` companies and an "Others (k companies)" row summing the rest,
 * or every company when expanded. A lone leftover company is drawn rather than folded.
 */
export function visibleRows(bars: readonly CompanyBar[], n: number, expanded: boolean): ChartRow[] {
  if (expanded || bars.length <= n + 1) return [...bars];
  const rest = bars.slice(n);
  const merged = new Map<string, Segment>();
  for (const s of rest.flatMap((b) => b.segments)) {
    // Copies, so the companies' own segments are never changed.
    const m = merged.get(s.key) ?? { ...s, usd: 0, qualifiers: [] };
    m.usd += s.usd;
    m.qualifiers.push(...s.qualifiers);
    merged.set(s.key, m);
  }
  const segments = [...merged.values()]
    .sort((a, b) => a.order - b.order)
    .map((s) => ({ ...s, label: `${s.name}: ${combinedValueLabel(s.usd, s.qualifiers)}` }));
  const usd = sum(rest, (b) => b.usd);
  const others: OthersBar = {
    id: OTHERS_ID,
    kind: 'others',
    name: `Others (${rest.length} companies)`,
    companies: rest.length,
    usd,
    label: combinedValueLabel(usd, segments.flatMap((s) => s.qualifiers)),
    segments,
  };
  return [...bars.slice(0, n), others];
}
