/**
 * Finding an actor by a name as it is written in an article: "Amazon Corporation" is the alias
 * of an existing "Amazon", "Antonio Guterres" the same person as "António Guterres". Offered
 * instead of a duplicate. Pure.
 */
import type { LocalText } from '../../lib/data/schema';
import { isObject, type JsonObject } from './editedDataset';

/** Case, accents, punctuation and spacing aside. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Every name an actor goes by: each language of its name, and its aliases. */
export function namesOf(actor: JsonObject): string[] {
  const name = actor.name as LocalText | undefined;
  const names =
    typeof name === 'string'
      ? [name]
      : isObject(name)
        ? Object.values(name).filter((v): v is string => typeof v === 'string')
        : [];
  const aliases = Array.isArray(actor.aliases) ? actor.aliases.filter((a): a is string => typeof a === 'string') : [];
  return [...names, ...aliases];
}

export interface ActorMatch {
  index: number;
  /** The name or alias that matched. */
  matched: string;
  via: 'name' | 'alias';
}

/** The existing actors this name is a name or alias of (`skip`: the actor being edited). */
export function matchActors(name: string, actors: readonly JsonObject[], skip = -1): ActorMatch[] {
  const key = nameKey(name);
  if (!key) return [];
  const out: ActorMatch[] = [];
  actors.forEach((actor, index) => {
    if (index === skip) return;
    const aliases = Array.isArray(actor.aliases) ? actor.aliases : [];
    for (const n of namesOf(actor)) {
      if (nameKey(n) === key) {
        out.push({ index, matched: n, via: aliases.includes(n) ? 'alias' : 'name' });
        return;
      }
    }
  });
  return out;
}

/** Actors whose names, aliases or id contain what was typed, best first (whole-word starts before the rest). */
export function searchActors(query: string, actors: readonly JsonObject[]): number[] {
  const q = nameKey(query);
  const scored: [number, number][] = [];
  actors.forEach((actor, i) => {
    const keys = [...namesOf(actor), typeof actor.id === 'string' ? actor.id : ''].map(nameKey);
    let score = 0;
    for (const k of keys) {
      if (!q) score = Math.max(score, 1);
      else if (k === q) score = Math.max(score, 4);
      else if (k.startsWith(q)) score = Math.max(score, 3);
      else if (k.split(' ').some((w) => w.startsWith(q))) score = Math.max(score, 2);
      else if (k.includes(q)) score = Math.max(score, 1);
    }
    if (score) scored.push([i, score]);
  });
  return scored.sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([i]) => i);
}
