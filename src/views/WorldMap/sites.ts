/**
 * Deal sites as map points: one mark per place (several deals can share Tengiz), sized by the
 * disclosed value on a square-root scale so area reads as money. Undisclosed values are never
 * sized as zero: a site with no disclosed value is a hollow ring of fixed size. Pure.
 */
import { scaleSqrt } from 'd3-scale';
import { formatUsd, formatValue } from '../../lib/data/format';
import type { DatasetIndex } from '../../lib/data/query';
import type { Deal } from '../../lib/data/schema';

export interface SiteDeal {
  id: string;
  company: string;
  /** "about $4.2B" or "undisclosed". */
  value: string;
}

export interface SiteMark {
  key: string;
  name: string;
  lon: number;
  lat: number;
  /** Sum of the disclosed values of the deals at the site. */
  disclosedUsd: number;
  /** True when no deal at the site discloses a value: drawn as a hollow ring. */
  undisclosed: boolean;
  radius: number;
  deals: SiteDeal[];
}

export const SITE_RADIUS = { min: 4, max: 16, undisclosed: 6 } as const;

/** Largest site radius for a map this wide: 16 px on a desktop, half that on a phone. */
export function siteMaxRadius(width: number): number {
  const w = Number.isFinite(width) && width > 0 ? width : 640;
  return Math.min(SITE_RADIUS.max, Math.max(8, Math.round(w / 60)));
}

/** The ring of an undisclosed value keeps the same share of the largest circle at every size. */
function undisclosedRadius(maxRadius: number): number {
  return Math.max(SITE_RADIUS.min, Math.round((maxRadius * SITE_RADIUS.undisclosed) / SITE_RADIUS.max));
}

/** Sites of the deals, largest first so that smaller marks are drawn on top. */
export function siteMarks(deals: readonly Deal[], index: DatasetIndex, maxRadius: number = SITE_RADIUS.max): SiteMark[] {
  const byKey = new Map<string, Omit<SiteMark, 'radius' | 'undisclosed'> & { anyDisclosed: boolean }>();
  for (const d of deals) {
    for (const s of d.sites ?? []) {
      const key = `${s.name}|${s.lon}|${s.lat}`;
      let mark = byKey.get(key);
      if (!mark) byKey.set(key, (mark = { key, name: s.name, lon: s.lon, lat: s.lat, disclosedUsd: 0, anyDisclosed: false, deals: [] }));
      if (mark.deals.some((x) => x.id === d.id)) continue;
      mark.deals.push({ id: d.id, company: index.actors.get(d.company)?.name ?? d.company, value: formatValue(d.value) });
      if (d.value) {
        mark.disclosedUsd += d.value.usd;
        mark.anyDisclosed = true;
      }
    }
  }
  const marks = [...byKey.values()];
  const r = radiusScale(Math.max(0, ...marks.map((m) => m.disclosedUsd)), maxRadius);
  return marks
    .map(({ anyDisclosed, ...m }) => ({
      ...m,
      undisclosed: !anyDisclosed,
      radius: anyDisclosed ? r(m.disclosedUsd) : undisclosedRadius(maxRadius),
    }))
    .sort((a, b) => b.radius - a.radius || a.name.localeCompare(b.name));
}

function radiusScale(maxUsd: number, maxRadius: number): (usd: number) => number {
  const scale = scaleSqrt().domain([0, maxUsd || 1]).range([0, maxRadius]);
  return (usd) => Math.max(SITE_RADIUS.min, scale(usd));
}

export interface SizeKey {
  label: string;
  radius: number;
}

/** Reference circles for the legend: the largest site value and a round value well below it. */
export function sizeLegend(marks: readonly SiteMark[], maxRadius: number = SITE_RADIUS.max): SizeKey[] {
  const maxUsd = Math.max(0, ...marks.map((m) => m.disclosedUsd));
  if (maxUsd <= 0) return [];
  const r = radiusScale(maxUsd, maxRadius);
  const quarter = maxUsd / 4;
  const magnitude = 10 ** Math.floor(Math.log10(quarter));
  const small = Math.max(magnitude, Math.round(quarter / magnitude) * magnitude);
  const keys = [{ label: formatUsd(maxUsd), radius: r(maxUsd) }];
  if (small < maxUsd && r(small) < r(maxUsd) - 2) keys.push({ label: formatUsd(small), radius: r(small) });
  return keys;
}

/** "Tengiz: Chevron, about $4.2B; Shell, undisclosed". */
export function siteDescription(mark: SiteMark): string {
  return `${mark.name}: ${mark.deals.map((d) => `${d.company}, ${d.value}`).join('; ')}`;
}
