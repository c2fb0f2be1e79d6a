/**
 * The order of a language for many strings at once: each string's rank in the language's
 * collation, most comparisons answered from the code points without asking the collator. The
 * table sorts its text columns by these ranks (tableKeys.ts). Pure.
 */

/** 1 space, 2 a–z, 3 а–я; 0 anything else (digits sort by number, punctuation and other letters by the collator's rules). */
function plainClass(c: number): number {
  if (c === 32) return 1;
  if (c >= 97 && c <= 122) return 2;
  return c >= 0x430 && c <= 0x44f ? 3 : 0;
}

/**
 * The collator's answer, most of the time without asking it (a collator call costs about a
 * microsecond; 100,000 distinct summaries need over a million comparisons). At the first
 * difference of the lower-cased strings, the code points give the language's order when both
 * characters are letters of the same basic alphabet (a–z, or а–я: й included, ё not), or one is a
 * space or the end of the string. Anything else asks the collator: digits (numeric order),
 * punctuation, accented letters, and a Latin letter against a Cyrillic one (Russian and Kazakh
 * put Cyrillic first).
 */
function quickCompare(a: string, b: string, la: string, lb: string, compare: (a: string, b: string) => number): number {
  const n = Math.min(la.length, lb.length);
  let i = 0;
  while (i < n && la.charCodeAt(i) === lb.charCodeAt(i)) i++;
  const ca = i < la.length ? la.charCodeAt(i) : -1;
  const cb = i < lb.length ? lb.charCodeAt(i) : -1;
  if (ca === -1 && cb === -1) return compare(a, b);
  const ka = ca === -1 ? -1 : plainClass(ca);
  const kb = cb === -1 ? -1 : plainClass(cb);
  if (ka && kb && (ka === kb || ka < 2 || kb < 2)) return ca - cb;
  return compare(a, b);
}

/**
 * The rank of each string in the language's order; strings the collator calls equal share a rank.
 * `compare` is the language's collator (`i18n.compare`): its order of a–z and а–я is assumed.
 */
export function collationRanks(strings: readonly string[], compare: (a: string, b: string) => number): Uint32Array {
  const distinct = [...new Set(strings)];
  const lower = distinct.map((s) => s.toLowerCase());
  const order = distinct
    .map((_, i) => i)
    .sort((x, y) => quickCompare(distinct[x]!, distinct[y]!, lower[x]!, lower[y]!, compare));
  const rankOf = new Map<string, number>();
  let rank = 0;
  order.forEach((at, k) => {
    const prev = order[k - 1];
    if (prev !== undefined && quickCompare(distinct[prev]!, distinct[at]!, lower[prev]!, lower[at]!, compare) !== 0)
      rank++;
    rankOf.set(distinct[at]!, rank);
  });
  return Uint32Array.from(strings, (s) => rankOf.get(s)!);
}
