/**
 * Lookups of one record in an indexed dataset: an actor's chain of affiliations and whom it
 * stands for on the map, its name and label in a language, and an engagement's counterpart
 * countries and organizations. Pure: no Svelte, no DOM, inputs never mutated.
 */
import type { Actor, Engagement } from './schema';
import { itemsOf, type DatasetIndex } from './datasetIndex';
import { textOf } from './text';

export type Counterpart = { kind: 'country'; code: string } | { kind: 'organization'; actor: Actor };

/** The actor itself, then what it speaks for, and so on (cycles cut). */
export function affiliationChain(actorId: string, index: DatasetIndex): Actor[] {
  const chain: Actor[] = [];
  let actor = index.actors.get(actorId);
  while (actor && !chain.includes(actor)) {
    chain.push(actor);
    actor = actor.affiliation ? index.actors.get(actor.affiliation) : undefined;
  }
  return chain;
}

/**
 * Whom a participant stands for on the map: their own country, else the country of the body
 * they are affiliated with; an organization without a country stands for itself. The
 * delegation's own country is home, not a counterpart.
 */
export function counterpartOf(actorId: string, index: DatasetIndex): Counterpart | undefined {
  for (const actor of affiliationChain(actorId, index)) {
    if (actor.country) {
      return actor.country === index.data.delegation.country ? undefined : { kind: 'country', code: actor.country };
    }
    if (actor.type === 'organization') return { kind: 'organization', actor };
  }
  return undefined;
}

/** An actor's name in `lang` (the original where the dataset has no translation). */
export function actorName(actor: Actor, index: DatasetIndex, lang = index.datasetLang): string {
  return textOf(actor.name, lang, index.datasetLang);
}

/** "Rafael Santana (Wabtec)": a person with the body they speak for; anything else by its name. */
export function actorLabel(actorId: string, index: DatasetIndex, lang = index.datasetLang): string {
  const actor = index.actors.get(actorId);
  if (!actor) return actorId;
  const body = actor.type === 'person' && actor.affiliation ? index.actors.get(actor.affiliation) : undefined;
  return body ? `${actorName(actor, index, lang)} (${actorName(body, index, lang)})` : actorName(actor, index, lang);
}

/** Counterpart countries of an engagement, each once, in participant order. */
export function engagementCountries(e: Engagement, index: DatasetIndex): string[] {
  const at = index.engagementAt.get(e.id);
  return at === undefined ? [] : Array.from(itemsOf(index.eCountries, at), (slot) => index.countries[slot]!);
}

/** Organizations without a country that took part in an engagement, each once. */
export function engagementOrganizations(e: Engagement, index: DatasetIndex): Actor[] {
  const at = index.engagementAt.get(e.id);
  return at === undefined ? [] : Array.from(itemsOf(index.eOrgs, at), (a) => index.data.actors[a]!);
}

