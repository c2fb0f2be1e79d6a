/**
 * What the list of deal sites beside the map says about each site, and what the map's parts tell
 * each other about hover and position. Apart from the tooltips (./tooltips.ts) because the list is
 * drawn with the page, while the tooltips' code loads on the first hover. Pure.
 */
import { actorName } from '../../lib/data/query';
import type { MapInput } from './model';
import type { SiteMark } from './sites';

/** "Chevron, $1 billion": one deal of a site, in the list and in the tooltip. */
export function dealLine(input: MapInput, position: number): string {
  const { index, i18n } = input;
  const deal = index.data.deals[position]!;
  const company = index.actors.get(deal.company);
  return i18n.t('map.site.deal', {
    company: company ? actorName(company, index, i18n.lang) : deal.company,
    value: i18n.value(deal.value),
  });
}

/** A site's place, or its first place and how many more share the mark. */
export function placeName(mark: SiteMark, input: MapInput): string {
  const [first = ''] = mark.names;
  return mark.names.length > 1 ? input.i18n.t('map.site.places', { name: first, count: mark.names.length - 1 }) : first;
}

/** "Tengiz field: Chevron, undisclosed" for the list of deal sites beside the map. */
export function siteDescription(input: MapInput, mark: SiteMark): string {
  const deals = mark.deals.map((d) => dealLine(input, d));
  if (mark.dealCount > mark.deals.length)
    deals.push(input.i18n.t('map.site.more', { count: mark.dealCount - mark.deals.length }));
  const place = placeName(mark, input);
  return input.i18n.t('map.site.description', {
    place: mark.approximate ? input.i18n.t('map.site.approximatePlace', { place }) : place,
    deals: deals.join('; '),
  });
}

/** What the pointer or keyboard focus is on, in px from the map box's top-left corner. */
export type MapHover =
  | { kind: 'country'; code: string; x: number; y: number }
  | { kind: 'sites'; keys: readonly string[]; x: number; y: number };

/** A country's position on screen, from whichever renderer is drawing. */
export type Locate = (code: string) => [number, number] | undefined;
