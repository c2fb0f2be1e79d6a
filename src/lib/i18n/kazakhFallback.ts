/**
 * Kazakh locale data for browsers whose ICU lacks it. Some builds (Debian's Chromium among them)
 * report "kk" as supported yet format 11148.5 as "11,148.5", 4.2e9 dollars as "$ 4.2G" and a date
 * as "M09 17", and sort by code point. Where that is detected, numbers use the Russian formats
 * (Kazakh's CLDR formats are the same: "4,2 млрд $", "11 148,5"), dates the CLDR Kazakh patterns
 * below, and sorting the Kazakh alphabet. Pure.
 */

/** Month names (CLDR kk, format context; Kazakh uses one form). */
const MONTHS = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
];

/** True when this runtime formats Kazakh as CLDR does (a decimal comma and Kazakh month names). */
export function intlKnowsKazakh(): boolean {
  try {
    const number = new Intl.NumberFormat('kk').format(1.5);
    const month = new Intl.DateTimeFormat('kk', { month: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2023, 8, 1)),
    );
    return number === '1,5' && month.toLocaleLowerCase('kk') === 'қыркүйек';
  } catch {
    return false;
  }
}

/** CLDR kk patterns: "2023 ж. 17 қыркүйек", "17 қыркүйек", "2023 ж. қыркүйек". */
export function kazakhDate(year: number, month: number, day: number | undefined, withYear: boolean): string {
  const name = MONTHS[month - 1] ?? '';
  if (!day) return `${year} ж. ${name}`;
  return withYear ? `${year} ж. ${day} ${name}` : `${day} ${name}`;
}

const ALPHABET = 'аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя';
const RANK = new Map([...ALPHABET].map((c, i) => [c, i]));

/** Compares in the order of the Kazakh alphabet (А Ә Б … Ұ Ү … І … Я), case- and accent-blind elsewhere. */
export function kazakhCompare(a: string, b: string): number {
  const x = a.toLocaleLowerCase('kk');
  const y = b.toLocaleLowerCase('kk');
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const cx = x[i]!;
    const cy = y[i]!;
    if (cx === cy) continue;
    const rx = RANK.get(cx);
    const ry = RANK.get(cy);
    if (rx !== undefined && ry !== undefined) return rx - ry;
    // Letters of other scripts, digits, punctuation: the root order.
    return cx.localeCompare(cy, 'en', { sensitivity: 'base', numeric: true }) || (cx < cy ? -1 : 1);
  }
  return x.length - y.length;
}
