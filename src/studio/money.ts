/**
 * Dollar amounts as people write them: "4.2B", "$230 million", "1,000,000,000", and the value an
 * article's sentence states ("agreements worth about $4.2 billion" → about 4.2 billion), so a
 * deal made from a selected passage starts with the value the passage gives. Pure.
 */
import type { Qualifier } from '../lib/data/vocabulary';

const SCALE: Record<string, number> = {
  k: 1e3, thousand: 1e3,
  m: 1e6, mn: 1e6, mln: 1e6, million: 1e6, millions: 1e6,
  b: 1e9, bn: 1e9, bln: 1e9, billion: 1e9, billions: 1e9,
  t: 1e12, tn: 1e12, trillion: 1e12,
};

/** A typed amount in dollars, or null when it is not one ("4.2B" → 4200000000). */
export function parseAmount(input: string): number | null {
  const m = /^\s*(?:us)?\$?\s*([0-9][0-9,\s]*(?:\.[0-9]+)?)\s*([a-z]+)?\.?\s*$/i.exec(input);
  if (!m) return null;
  const number = Number(m[1]!.replace(/[,\s]/g, ''));
  const scale = m[2] ? SCALE[m[2].toLowerCase()] : 1;
  if (!Number.isFinite(number) || scale === undefined) return null;
  // Round away floating-point dust: 4.2 * 1e9 is 4200000000.000001.
  return Math.round(number * scale * 100) / 100;
}

const QUALIFIER_WORDS: [RegExp, Qualifier][] = [
  [/\b(about|around|approximately|nearly|almost|some|roughly)\s*$/i, 'about'],
  [/\b(over|more than|exceeding|above)\s*$/i, 'over'],
  [/\b(up to|as much as)\s*$/i, 'up-to'],
];

/** The first dollar amount a passage states, with its qualifier ("exact" when none is written). */
export function valueInText(text: string): { usd: number; qualifier: Qualifier } | null {
  const m = /\$\s?([0-9][0-9,]*(?:\.[0-9]+)?)(?:\s*(thousand|million|billion|trillion|mln|bln|bn|m|b)\b)?/i.exec(text);
  if (!m) return null;
  const usd = parseAmount(`${m[1]} ${m[2] ?? ''}`);
  if (usd === null || usd <= 0) return null;
  const before = text.slice(Math.max(0, m.index - 20), m.index);
  const qualifier = QUALIFIER_WORDS.find(([re]) => re.test(before))?.[1] ?? 'exact';
  return { usd, qualifier };
}
