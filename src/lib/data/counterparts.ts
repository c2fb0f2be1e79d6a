/**
 * Who stands behind a country's count: the people and bodies met from it, and whether the
 * articles place it there or only what the dataset adds from outside them. Apart from query.ts
 * because only tooltips and downloads ask, after the first paint. Pure.
 */
import type { Engagement } from './schema';
import { actorLabel, affiliationChain, counterpartOf, type Counterpart, type DatasetIndex, type Filtered } from './query';

/**
 * Whether an engagement counts for a country only through countries no cited source states
 * (`countryUncited`: a company's headquarters from general knowledge). Such a count is the
 * dataset's inference, not the articles', and a reader is told so.
 */
export function countryUncitedIn(e: Engagement, code: string, index: DatasetIndex): boolean {
  let uncited = false;
  for (const p of e.participants) {
    for (const actor of affiliationChain(p.actor, index)) {
      if (!actor.country) {
        if (actor.type === 'organization') break;
        continue;
      }
      if (actor.country === code) {
        if (!actor.countryUncited) return false;
        uncited = true;
      }
      break;
    }
  }
  return uncited;
}

/** The people and bodies met from one country (or one organization) in these engagements, each once, as labels. */
export function counterpartsMet(filtered: Filtered, index: DatasetIndex, target: Counterpart, lang = index.datasetLang): string[] {
  const names = new Set<string>();
  for (const e of filtered.engagements) {
    for (const p of e.participants) {
      const c = counterpartOf(p.actor, index);
      if (!c) continue;
      const same = c.kind === 'country' ? target.kind === 'country' && c.code === target.code : target.kind === 'organization' && c.actor === target.actor;
      if (same) names.add(actorLabel(p.actor, index, lang));
    }
  }
  return [...names];
}
