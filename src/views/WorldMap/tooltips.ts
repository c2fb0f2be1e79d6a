/**
 * What the map's tooltips say: a country (engagements, who was met, deals), home, a deal site or
 * several overlapping ones. Built when a reader points at something, so the cost of naming who
 * was met is paid for one country, not for every render; and loaded then too (WorldMap imports
 * this module on the first hover or focus), so its code is not part of the page's first load.
 * Pure.
 */
import type { Filtered } from '../../lib/data/query';
import { counterpartsMet, countryUncitedIn } from '../../lib/data/counterparts';
import type { Deal } from '../../lib/data/schema';
import { sumByKind } from '../../lib/data/values';
import type { TooltipContent, TooltipLine } from '../shared/tooltip';
import type { MapInput, MapModel } from './model';
import { dealIncluded, type SiteMark } from './sites';
import { dealLine, placeName } from './siteWords';

export { siteDescription } from './siteWords';
export type { Locate, MapHover } from './siteWords';

/** Past this many people a tooltip says "and N more". */
const MET_NAMED = 5;
/** Lines of deals in a tooltip over several sites. */
const MAX_SITE_LINES = 10;

function named(items: readonly string[], max: number, input: MapInput): string {
  const { i18n } = input;
  if (items.length <= max) return i18n.list(items);
  return i18n.t('context.andMore', { list: items.slice(0, max).join(', '), count: i18n.count(items.length - max) });
}

/** The counted engagements of one country among the filtered ones (planned ones only when counted). */
function engagementsOf(input: MapInput, slot: number): Filtered {
  const { index, filtered, options } = input;
  const { offsets, values } = index.eCountries;
  const e: number[] = [];
  for (const i of filtered.e) {
    if (!options.planned && index.ePlanned[i]) continue;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      if (values[k] === slot) {
        e.push(i);
        break;
      }
    }
  }
  return {
    engagements: e.map((i) => index.data.engagements[i]!),
    deals: [],
    e: Uint32Array.from(e),
    d: new Uint32Array(0),
  };
}

export function countryTooltip(input: MapInput, model: MapModel, code: string): TooltipContent {
  const { index, filtered, options, i18n } = input;
  if (code === model.home) return { title: model.homeName, lines: [{ text: i18n.t('map.tooltip.home') }] };
  const entry = model.byCode.get(code);
  const title = entry?.name ?? i18n.country(code);
  const count = entry?.count ?? 0;
  const lines: TooltipLine[] = [
    { text: count ? i18n.t('count.engagements', { count }) : i18n.t('map.tooltip.none'), tone: 'strong' },
  ];
  if (entry?.planned) lines.push({ text: i18n.t('map.tooltip.planned', { count: entry.planned }), tone: 'muted' });
  const slot = index.countrySlot.get(code);
  if (slot !== undefined) {
    const met = counterpartsMet(engagementsOf(input, slot), index, { kind: 'country', code }, i18n.lang);
    if (met.length) lines.push({ text: i18n.t('map.tooltip.met', { names: named(met, MET_NAMED, input) }) });
    const uncited = engagementsOf(input, slot).engagements.filter((e) => countryUncitedIn(e, code, index)).length;
    if (uncited) lines.push({ text: i18n.t('map.tooltip.uncited', { count: uncited }), tone: 'muted' });
    const included = dealIncluded(index, options);
    const deals: Deal[] = [];
    for (const d of filtered.d) if (index.dCountry[d] === slot && included(d)) deals.push(index.data.deals[d]!);
    // One line per kind of money: a plan is never added to a signed agreement.
    for (const kind of sumByKind(deals)) lines.push({ text: i18n.kindTotal(kind) });
  }
  if (entry) lines.push({ text: i18n.t(entry.selected ? 'map.tooltip.remove' : 'map.tooltip.add'), tone: 'muted' });
  return { title, lines };
}

function siteLines(input: MapInput, mark: SiteMark): TooltipLine[] {
  const lines: TooltipLine[] = mark.deals.map((d) => ({ text: dealLine(input, d) }));
  if (mark.approximate) lines.push({ text: input.i18n.t('map.site.approximate'), tone: 'muted' });
  if (mark.dealCount > mark.deals.length)
    lines.push({ text: input.i18n.t('map.site.more', { count: mark.dealCount - mark.deals.length }), tone: 'muted' });
  if (mark.dealCount > 1)
    for (const kind of mark.kinds)
      if (kind.sum && kind.deals > 1) lines.push({ text: input.i18n.kindTotal(kind), tone: 'muted' });
  return lines;
}

/** One site, or every site under the pointer (overlapping marks each get their lines). */
export function siteTooltip(input: MapInput, marks: readonly SiteMark[]): TooltipContent {
  const [first] = marks;
  if (!first) return { title: '', lines: [] };
  if (marks.length === 1) return { title: placeName(first, input), lines: siteLines(input, first) };
  const lines: TooltipLine[] = [];
  for (const mark of marks) {
    if (lines.length >= MAX_SITE_LINES) break;
    lines.push({ text: placeName(mark, input), tone: 'strong' }, ...siteLines(input, mark));
  }
  return { title: input.i18n.t('map.site.several', { count: marks.length }), lines: lines.slice(0, MAX_SITE_LINES) };
}
