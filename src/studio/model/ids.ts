/**
 * Ids suggested from names ("Rafael Santana" → "rafael-santana", "Қасым-Жомарт" →
 * "qasym-zhomart") and kept unique in their collection ("wabtec", then "wabtec-2"). Ids follow
 * the format's pattern: letters, digits, ".", "_" and "-". Pure.
 */
import { ID_PATTERN } from '../../lib/basics/vocabulary';

// Russian and Kazakh Cyrillic, after the common romanizations used in Kazakh news in English.
const CYRILLIC: Record<string, string> = {
  а: 'a',
  ә: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'gh',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  қ: 'q',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'ng',
  о: 'o',
  ө: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ұ: 'u',
  ү: 'u',
  ф: 'f',
  х: 'kh',
  һ: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  і: 'i',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** Words of a name as an id: lower case, ASCII, joined by "-", at most `maxLength` characters on a word boundary. */
export function slugify(name: string, maxLength = 40): string {
  const ascii = name
    .toLowerCase()
    .replace(/[\u0400-\u04ff]/g, (ch) => CYRILLIC[ch] ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’'`]/g, '')
    .replace(/&/g, ' and ');
  const words = ascii.split(/[^a-z0-9]+/).filter(Boolean);
  let out = '';
  for (const w of words) {
    const next = out ? `${out}-${w}` : w;
    if (next.length > maxLength && out) break;
    out = next.slice(0, maxLength);
  }
  return out;
}

/** `base` when it is free, else `base-2`, `base-3`…; `fallback` when the name gives no id at all. */
export function uniqueId(base: string, taken: Iterable<string>, fallback = 'record'): string {
  const used = new Set(taken);
  const root = base && ID_PATTERN.test(base) ? base : fallback;
  if (!used.has(root)) return root;
  for (let n = 2; ; n++) {
    const candidate = `${root}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}

/** What a record's id would be, made from its parts (empty parts skipped): `suggestId(['e', 2023, 'wabtec'])` → "e2023-wabtec". */
export function joinIdParts(prefix: string, parts: readonly (string | number | undefined)[]): string {
  const words = parts.map((p) => (p === undefined ? '' : slugify(String(p), 30))).filter(Boolean);
  return `${prefix}${words.join('-')}`;
}
