/**
 * What the world map shows, as data and words, independent of the renderer (MapLibre, the SVG
 * drawing, the export): engagements per counterpart country under the filters, their colour
 * class (classes from the whole dataset, see classes.ts), the companion list, organizations
 * without a country, deal sites, the legend's keys, the summary sentence and the notes. One pass
 * over the filtered positions with the index's flat arrays; the result is bounded by the number
 * of countries and places, never by the number of records. Pure: no Svelte, no DOM.
 */
import { countryTotals, filterExcept, type DatasetIndex } from '../../lib/data/query';
import type { I18n } from '../../lib/i18n/i18n';
import type { Theme } from '../../lib/basics/theme';
import type { ViewOptions } from '../../lib/state/options';
import { classColour, classifier, colourClasses, type ColourClass } from './classes';
import type { MapFocus } from './framing';
import {
  dealIncluded,
  largestPlaceUsd,
  siteMarks,
  sitePlaces,
  sizeKeys,
  type SiteMark,
  type SitePlaces,
  type SizeKey,
} from './sites';
import type { ViewInput } from '../shared/types';

/** The map's model also takes the theme: its colour classes are the theme's ramp. */
export interface MapInput extends ViewInput {
  theme: Theme;
}

/** What stays fixed while filters change: the colour classes and the deal-site places and sizes. */
export interface MapScales {
  classes: ColourClass[];
  sites: SitePlaces;
  /** The disclosed sum of the largest place: a full-size circle. */
  maxUsd: number;
}

/** Made once per dataset and options (planned events counted or not change the totals). */
export function mapScales(
  index: DatasetIndex,
  options: Pick<ViewOptions, 'cumulative' | 'planned'>,
  maxClasses: number,
  sites: SitePlaces = sitePlaces(index),
): MapScales {
  let max = 0;
  for (const n of countryTotals(index, { includePlanned: options.planned }).values()) max = Math.max(max, n);
  return { classes: colourClasses(max, maxClasses), sites, maxUsd: largestPlaceUsd(index, sites, options) };
}

export interface CountryEntry {
  code: string;
  name: string;
  /** Engagements counted under the current filters: what its colour shows. */
  count: number;
  /** Planned engagements under the current filters that are not counted. */
  planned: number;
  /** Engagements under every filter but the country filter: what choosing it would show. */
  offered: number;
  selected: boolean;
  /** Colour class of `count`, -1 for none. */
  cls: number;
  /** Class colour; null when it has no counted engagement. */
  fill: string | null;
  /** "Iran, 1 engagement": the accessible name of its button and its shape. */
  label: string;
}

export interface OrganizationEntry {
  id: string;
  name: string;
  lang: string;
  count: number;
}

export interface LegendClass {
  cls: number;
  colour: string;
  label: string;
}

export interface MapModel {
  home: string;
  homeName: string;
  /** Every counterpart the list offers, selected ones included, in the language's name order. */
  entries: CountryEntry[];
  byCode: ReadonlyMap<string, CountryEntry>;
  /**
   * Every country that is a counterpart anywhere in the dataset, whatever the filters: the map
   * draws these as one layer that never changes, so a filter click only changes colours and
   * attributes, never which elements exist.
   */
  counterpartCodes: ReadonlySet<string>;
  /** Class colour of every country with counted engagements. */
  fills: ReadonlyMap<string, string>;
  /** The classes that occur in what is drawn, fewest engagements first. */
  legend: LegendClass[];
  organizations: OrganizationEntry[];
  sites: SiteMark[];
  sizes: (SizeKey & { label: string })[];
  /** Whether a site has no disclosed value (drawn as a ring). */
  rings: boolean;
  selected: readonly string[];
  summary: string;
  notes: string[];
  /** Nothing matches the filters. */
  empty: boolean;
  /** Whether a site drawn stands at the centre of a city or region the source names (a dashed ring). */
  approximate: boolean;
  /**
   * What the map is framed on: every country in the list, home, and the sites of the deals the
   * other filters keep. The country filter is left out, so that choosing a country on the map
   * never moves the map under the pointer.
   */
  focus: MapFocus;
}

interface Tally {
  counts: Uint32Array;
  planned: Uint32Array;
  orgs: Map<number, number>;
  plannedEvents: number;
}

/** Engagements per country slot (and per organization) among `positions`, planned ones apart unless counted. */
function tally(positions: Uint32Array, index: DatasetIndex, includePlanned: boolean): Tally {
  const counts = new Uint32Array(index.countries.length);
  const planned = new Uint32Array(index.countries.length);
  const orgs = new Map<number, number>();
  let plannedEvents = 0;
  const { offsets, values } = index.eCountries;
  const { offsets: orgOffsets, values: orgValues } = index.eOrgs;
  for (const i of positions) {
    const left = !includePlanned && index.ePlanned[i] === 1;
    if (left) plannedEvents += 1;
    const into = left ? planned : counts;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) into[values[k]!]! += 1;
    if (left) continue;
    for (let k = orgOffsets[i]!; k < orgOffsets[i + 1]!; k++)
      orgs.set(orgValues[k]!, (orgs.get(orgValues[k]!) ?? 0) + 1);
  }
  return { counts, planned, orgs, plannedEvents };
}

/** "3–5", or "1" for a class of one count. */
export function classLabel(c: ColourClass, i18n: I18n): string {
  return c.min === c.max
    ? i18n.count(c.min)
    : i18n.t('map.legend.range', { min: i18n.count(c.min), max: i18n.count(c.max) });
}

const NAMED = 3;

function summary(entries: readonly CountryEntry[], i18n: I18n): string {
  const counted = entries.filter((e) => e.count > 0);
  if (counted.length === 0) return i18n.t('map.summaryNone');
  const top = Math.max(...counted.map((e) => e.count));
  const leaders = counted.filter((e) => e.count === top).map((e) => e.name);
  const names =
    leaders.length > NAMED
      ? i18n.t('context.andMore', {
          list: leaders.slice(0, NAMED).join(', '),
          count: i18n.count(leaders.length - NAMED),
        })
      : i18n.list(leaders);
  return i18n.t(leaders.length > 1 ? 'map.summaryTied' : 'map.summary', {
    countries: counted.length,
    names,
    count: i18n.count(top),
  });
}

const countriesOf = new WeakMap<DatasetIndex, ReadonlySet<string>>();
function datasetCountries(index: DatasetIndex): ReadonlySet<string> {
  let set = countriesOf.get(index);
  if (!set) countriesOf.set(index, (set = new Set(index.countries.filter((c) => c !== index.data.delegation.country))));
  return set;
}

export function mapModel(input: MapInput, scales: MapScales): MapModel {
  const { index, filtered, filters, options, i18n, theme } = input;
  const home = index.data.delegation.country;
  const current = tally(filtered.e, index, options.planned);
  const unselected = filters.countries.length ? filterExcept(index, filters, 'countries') : filtered;
  const offered = unselected === filtered ? current : tally(unselected.e, index, options.planned);
  const classOf = classifier(scales.classes);
  const ramp = theme.map.classes;
  const selected = new Set(filters.countries);

  const fills = new Map<string, string>();
  const occurring = new Set<number>();
  const entries: CountryEntry[] = [];
  const entry = (code: string, slot: number | undefined): CountryEntry => {
    const count = slot === undefined ? 0 : current.counts[slot]!;
    const cls = classOf(count);
    const fill = cls < 0 ? null : classColour(cls, scales.classes.length, ramp);
    if (fill) {
      fills.set(code, fill);
      occurring.add(cls);
    }
    const name = i18n.country(code);
    const offer = slot === undefined ? 0 : offered.counts[slot]!;
    return {
      code,
      name,
      count,
      planned: slot === undefined ? 0 : current.planned[slot]!,
      offered: offer,
      selected: selected.has(code),
      cls,
      fill,
      label: i18n.t('map.entry', { name, count: offer }),
    };
  };
  index.countries.forEach((code, slot) => {
    const shown = offered.counts[slot]! + offered.planned[slot]! + current.counts[slot]! > 0;
    if (shown || selected.has(code)) entries.push(entry(code, slot));
  });
  for (const code of selected) if (!index.countrySlot.has(code) && code !== home) entries.push(entry(code, undefined));
  entries.sort((a, b) => i18n.compare(a.name, b.name) || (a.code < b.code ? -1 : 1));

  const organizations = [...current.orgs].map(([at, count]) => {
    const actor = index.data.actors[at]!;
    const shown = i18n.text(actor.name, index.datasetLang);
    return { id: actor.id, name: shown.text, lang: shown.lang, count };
  });
  organizations.sort((a, b) => i18n.compare(a.name, b.name));

  const included = dealIncluded(index, options);
  const drawn: number[] = [];
  let noSite = 0;
  let cumulativeLeft = 0;
  let plannedLeft = 0;
  for (const d of filtered.d) {
    const hasSite = (index.data.deals[d]!.sites?.length ?? 0) > 0;
    if (included(d)) {
      if (hasSite) drawn.push(d);
      else noSite += 1;
    } else if (hasSite) {
      if (!options.planned && index.dPlanned[d]) plannedLeft += 1;
      else cumulativeLeft += 1;
    }
  }
  const sites = siteMarks(drawn, index, scales.sites, scales.maxUsd);
  const focusPlaces = new Set<number>();
  for (const d of unselected.d) if (included(d)) for (const p of scales.sites.ofDeal[d]!) focusPlaces.add(p);

  const notes: string[] = [];
  if (current.plannedEvents) notes.push(i18n.t('map.note.planned', { count: current.plannedEvents }));
  if (plannedLeft) notes.push(i18n.t('map.note.plannedDeals', { count: plannedLeft }));
  if (cumulativeLeft) notes.push(i18n.t('map.note.cumulative', { count: cumulativeLeft }));
  if (noSite) notes.push(i18n.t('map.note.noSite', { count: noSite }));

  return {
    home,
    homeName: i18n.country(home),
    entries,
    byCode: new Map(entries.map((e) => [e.code, e])),
    counterpartCodes: datasetCountries(index),
    fills,
    legend: scales.classes
      .filter((c) => occurring.has(c.index))
      .map((c) => ({
        cls: c.index,
        colour: classColour(c.index, scales.classes.length, ramp),
        label: classLabel(c, i18n),
      })),
    organizations,
    sites,
    sizes: sizeKeys(sites).map((k) => ({ ...k, label: i18n.usd(k.usd) })),
    rings: sites.some((s) => !s.sum),
    selected: filters.countries,
    summary: summary(entries, i18n),
    notes,
    empty: filtered.e.length === 0 && filtered.d.length === 0,
    approximate: sites.some((s) => s.approximate),
    focus: {
      codes: [home, ...entries.map((e) => e.code)],
      points: [...focusPlaces].map((p): [number, number] => [scales.sites.places[p]!.lon, scales.sites.places[p]!.lat]),
    },
  };
}
