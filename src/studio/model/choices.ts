/**
 * What the pickers offer: countries by name in the reader's language (searchable by name or
 * code), actors by name, alias or id, and the labels of the closed word lists. Pure.
 */
import { allAlpha3 } from '../../lib/geo/codes';
import type { I18n } from '../../lib/i18n/i18n';
import type { LocalText } from '../../lib/data/schema';
import { ACTOR_TYPES, DEAL_BASES, ENGAGEMENT_TYPES, QUALIFIERS, STATUSES } from '../../lib/basics/vocabulary';
import { nameKey, namesOf, searchActors } from './actorMatch';
import { isObject, type JsonObject } from './editedDataset';

export interface Option {
  value: string;
  label: string;
  hint?: string;
}

let countryCache: { i18n: I18n; list: Option[] } | undefined;

/** Every country, sorted by its name in the reader's language. */
export function countryOptions(i18n: I18n): Option[] {
  if (countryCache?.i18n === i18n) return countryCache.list;
  const list = allAlpha3()
    .map((code) => ({ value: code, label: i18n.country(code), hint: code }))
    .sort((a, b) => i18n.compare(a.label, b.label));
  countryCache = { i18n, list };
  return list;
}

export function searchCountries(query: string, i18n: I18n): Option[] {
  const q = nameKey(query);
  const all = countryOptions(i18n);
  if (!q) return all;
  const code = query.trim().toUpperCase();
  const starts = all.filter((o) => o.value === code || nameKey(o.label).startsWith(q));
  const rest = all.filter((o) => !starts.includes(o) && nameKey(o.label).includes(q));
  return [...starts, ...rest];
}

/** An actor's name in the reader's language, or its id when it has none yet. */
export function actorDisplay(actor: JsonObject | undefined, i18n: I18n, datasetLang: string): string {
  if (!actor) return '';
  const name = actor.name;
  if (typeof name === 'string' && name.trim()) return name;
  if (isObject(name)) return i18n.text(name as LocalText, datasetLang).text;
  return typeof actor.id === 'string' ? actor.id : '';
}

export function actorTypeLabel(type: unknown, i18n: I18n): string {
  return (ACTOR_TYPES as readonly unknown[]).includes(type)
    ? i18n.t(`studio.actorType.${type as (typeof ACTOR_TYPES)[number]}`)
    : '';
}

/** Actors matching what was typed; `only` keeps those of one type (a deal's company). */
export function searchActorOptions(
  query: string,
  actors: readonly JsonObject[],
  i18n: I18n,
  datasetLang: string,
  only?: string,
): Option[] {
  return searchActors(query, actors)
    .filter((i) => !only || actors[i]!.type === only)
    .filter((i) => typeof actors[i]!.id === 'string' && actors[i]!.id !== '')
    .map((i) => {
      const a = actors[i]!;
      const label = actorDisplay(a, i18n, datasetLang);
      const others = namesOf(a).filter((n) => n !== label);
      const hint = [actorTypeLabel(a.type, i18n), others.length ? others.join(', ') : ''].filter(Boolean).join(' · ');
      return { value: a.id as string, label, hint };
    });
}

export const engagementTypeChoices = (i18n: I18n) =>
  ENGAGEMENT_TYPES.map((t) => ({ value: t, label: i18n.t(`engagementType.${t}`) }));
export const basisChoices = (i18n: I18n) => DEAL_BASES.map((b) => ({ value: b, label: i18n.t(`basis.${b}`) }));
export const statusChoices = (i18n: I18n) => STATUSES.map((s) => ({ value: s, label: i18n.t(`studio.status.${s}`) }));
export const qualifierChoices = (i18n: I18n) =>
  QUALIFIERS.map((q) => ({ value: q, label: i18n.t(`studio.qualifier.${q}`) }));
export const actorTypeChoices = (i18n: I18n) => ACTOR_TYPES.map((t) => ({ value: t, label: actorTypeLabel(t, i18n) }));

/**
 * Other names a country goes by in the news, for searching only (the actor takes the country's
 * name in the reader's language). Spellings the registry's names do not start with.
 */
export const COUNTRY_ALIASES: ReadonlyMap<string, readonly string[]> = new Map([
  ['BIH', ['Bosnia', 'Bosnia and Herzegovina']],
  ['CZE', ['Czech Republic', 'Czechia']],
  ['GBR', ['UK', 'Britain', 'Great Britain', 'United Kingdom']],
  ['USA', ['USA', 'US', 'United States', 'United States of America', 'America']],
  ['RUS', ['Russia', 'Russian Federation']],
  ['KOR', ['South Korea', 'Republic of Korea']],
  ['PRK', ['North Korea', 'DPRK']],
  ['CIV', ['Ivory Coast', "Côte d'Ivoire"]],
  ['NLD', ['Holland', 'Netherlands']],
  ['TUR', ['Turkey', 'Türkiye']],
  ['MMR', ['Burma', 'Myanmar']],
  ['SWZ', ['Swaziland', 'Eswatini']],
  ['CPV', ['Cape Verde', 'Cabo Verde']],
  ['TLS', ['East Timor', 'Timor-Leste']],
  ['VAT', ['Vatican', 'Holy See']],
  ['ARE', ['UAE', 'Emirates', 'United Arab Emirates']],
  ['COD', ['DRC', 'DR Congo', 'Democratic Republic of the Congo']],
  ['IRN', ['Iran']],
  ['SYR', ['Syria']],
  ['LAO', ['Laos']],
  ['VNM', ['Vietnam', 'Viet Nam']],
  ['MDA', ['Moldova']],
  ['TZA', ['Tanzania']],
  ['VEN', ['Venezuela']],
  ['BOL', ['Bolivia']],
  ['MKD', ['North Macedonia', 'Macedonia']],
  ['KAZ', ['Kazakhstan', 'Казахстан', 'Қазақстан']],
]);

/**
 * International bodies a delegation often meets, by name only (no facts about them): offered
 * as new organizations when the dataset has no actor of that name yet.
 */
export const KNOWN_ORGANIZATIONS: readonly { name: string; aliases: readonly string[] }[] = [
  { name: 'United Nations', aliases: ['UN', 'ООН', 'БҰҰ'] },
  { name: 'European Union', aliases: ['EU', 'Евросоюз'] },
  { name: 'European Council', aliases: [] },
  { name: 'European Commission', aliases: [] },
  { name: 'NATO', aliases: ['North Atlantic Treaty Organization', 'НАТО'] },
  { name: 'World Bank', aliases: ['Всемирный банк'] },
  { name: 'International Monetary Fund', aliases: ['IMF', 'МВФ'] },
  { name: 'FIFA', aliases: [] },
  { name: 'World Health Organization', aliases: ['WHO', 'ВОЗ'] },
  { name: 'UNESCO', aliases: ['ЮНЕСКО'] },
  { name: 'UNICEF', aliases: ['ЮНИСЕФ'] },
  { name: 'African Union', aliases: ['AU'] },
  { name: 'Association of Southeast Asian Nations', aliases: ['ASEAN', 'АСЕАН'] },
  { name: 'Shanghai Cooperation Organisation', aliases: ['SCO', 'ШОС'] },
  { name: 'Organization for Security and Co-operation in Europe', aliases: ['OSCE', 'ОБСЕ'] },
  { name: 'World Trade Organization', aliases: ['WTO', 'ВТО'] },
  { name: 'Asian Development Bank', aliases: ['ADB', 'АБР'] },
  { name: 'European Bank for Reconstruction and Development', aliases: ['EBRD', 'ЕБРР'] },
  { name: 'Commonwealth of Independent States', aliases: ['CIS', 'СНГ'] },
  { name: 'Eurasian Economic Union', aliases: ['EAEU', 'ЕАЭС'] },
  { name: 'G20', aliases: ['Group of Twenty'] },
];

/** A new actor the picker can create in one step: its name, type and country (the names typed to find it are search words only). */
export interface NewActor {
  name: string;
  type: 'state' | 'organization';
  country?: string;
}

/** Options that stand for a new actor carry this prefix, which no id can start with. */
const NEW = '+';
export const isNewActorOption = (value: string) => value.startsWith(NEW);

function score(keys: readonly string[], q: string): number {
  let best = 0;
  for (const k of keys) {
    if (k === q) best = Math.max(best, 4);
    else if (k.startsWith(q)) best = Math.max(best, 3);
    else if (k.split(' ').some((w) => w.startsWith(q))) best = Math.max(best, 2);
  }
  return best;
}

/**
 * Countries and known organizations matching what was typed that the dataset does not have yet
 * (a state of that country, an actor of that name), as options that create the actor.
 */
export function searchNewActors(
  query: string,
  actors: readonly JsonObject[],
  i18n: I18n,
): (Option & { actor: NewActor })[] {
  const q = nameKey(query);
  if (q.length < 2 && query.trim().length < 2) return [];
  const states = new Set(
    actors.filter((a) => a.type === 'state' && typeof a.country === 'string').map((a) => a.country as string),
  );
  const named = new Set(actors.flatMap((a) => namesOf(a)).map(nameKey));
  const code = query.trim().toUpperCase();
  const found: [Option & { actor: NewActor }, number][] = [];
  for (const c of countryOptions(i18n)) {
    if (states.has(c.value) || named.has(nameKey(c.label))) continue;
    const aliases = COUNTRY_ALIASES.get(c.value) ?? [];
    const s = Math.max(c.value === code ? 4 : 0, score([c.label, ...aliases].map(nameKey), q));
    if (!s) continue;
    found.push([
      {
        value: `${NEW}state:${c.value}`,
        label: c.label,
        hint: `${i18n.t('studio.actor.newState')} · ${c.value}`,
        actor: { name: c.label, type: 'state', country: c.value },
      },
      s,
    ]);
  }
  for (const o of KNOWN_ORGANIZATIONS) {
    if ([o.name, ...o.aliases].some((n) => named.has(nameKey(n)))) continue;
    const s = score([o.name, ...o.aliases].map(nameKey), q);
    if (!s) continue;
    found.push([
      {
        value: `${NEW}org:${o.name}`,
        label: o.name,
        hint: i18n.t('studio.actor.newOrganization'),
        actor: { name: o.name, type: 'organization' },
      },
      s,
    ]);
  }
  return found.sort((a, b) => b[1] - a[1]).map(([o]) => o);
}
