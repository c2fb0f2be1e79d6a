/**
 * What the pickers offer: countries by name in the reader's language (searchable by name or
 * code), actors by name, alias or id, and the labels of the closed word lists. Pure.
 */
import { allAlpha3 } from '../lib/geo/codes';
import type { I18n } from '../lib/i18n/i18n';
import type { LocalText } from '../lib/data/schema';
import { ACTOR_TYPES, DEAL_BASES, ENGAGEMENT_TYPES, QUALIFIERS, STATUSES } from '../lib/data/vocabulary';
import { nameKey, namesOf, searchActors } from './actorMatch';
import { isObject, type JsonObject } from './work';

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
  return (ACTOR_TYPES as readonly unknown[]).includes(type) ? i18n.t(`studio.actorType.${type as (typeof ACTOR_TYPES)[number]}`) : '';
}

/** Actors matching what was typed; `only` keeps those of one type (a deal's company). */
export function searchActorOptions(query: string, actors: readonly JsonObject[], i18n: I18n, datasetLang: string, only?: string): Option[] {
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

export const engagementTypeChoices = (i18n: I18n) => ENGAGEMENT_TYPES.map((t) => ({ value: t, label: i18n.t(`engagementType.${t}`) }));
export const basisChoices = (i18n: I18n) => DEAL_BASES.map((b) => ({ value: b, label: i18n.t(`basis.${b}`) }));
export const statusChoices = (i18n: I18n) => STATUSES.map((s) => ({ value: s, label: i18n.t(`studio.status.${s}`) }));
export const qualifierChoices = (i18n: I18n) => QUALIFIERS.map((q) => ({ value: q, label: i18n.t(`studio.qualifier.${q}`) }));
export const actorTypeChoices = (i18n: I18n) => ACTOR_TYPES.map((t) => ({ value: t, label: actorTypeLabel(t, i18n) }));
