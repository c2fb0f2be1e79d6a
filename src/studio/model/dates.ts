/**
 * Dates read from what the author already has: the session a source's date falls in, and a day
 * named in a selected passage ("September 24", "24 September 2023", "24 сентября"). Offered as
 * suggestions, so the author confirms rather than types them. Pure.
 */

/**
 * The General Assembly session running on an ISO date: session N opens in September of
 * 1945 + N, so from September of year Y on it is session Y − 1945, earlier in the year the
 * previous one. Undefined when the date has no year and month.
 */
export function sessionOfDate(date: string): number | undefined {
  const m = /^(\d{4})-(\d{2})/.exec(date.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  const n = month >= 9 ? year - 1945 : year - 1946;
  return n >= 1 ? n : undefined;
}

const MONTHS: ReadonlyArray<readonly string[]> = [
  ['january', 'jan', 'январ', 'қаңтар'],
  ['february', 'feb', 'феврал', 'ақпан'],
  ['march', 'mar', 'март', 'наурыз'],
  ['april', 'apr', 'апрел', 'сәуір'],
  ['may', 'ма', 'мамыр'],
  ['june', 'jun', 'июн', 'маусым'],
  ['july', 'jul', 'июл', 'шілде'],
  ['august', 'aug', 'август', 'тамыз'],
  ['september', 'sept', 'sep', 'сентябр', 'қыркүйек'],
  ['october', 'oct', 'октябр', 'қазан'],
  ['november', 'nov', 'ноябр', 'қараша'],
  ['december', 'dec', 'декабр', 'желтоқсан'],
];

/** The month (1–12) a word names, in English, Russian (any case ending) or Kazakh. */
function monthOf(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  for (let i = 0; i < MONTHS.length; i++) {
    for (const stem of MONTHS[i]!) {
      // English names whole or abbreviated; Russian stems take case endings (сентября, мая).
      const cyrillic = /[а-яәіңғүұқөһ]/.test(stem);
      if (cyrillic ? w.startsWith(stem) && w.length - stem.length <= 3 : w === stem) return i + 1;
    }
  }
  return undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');

function valid(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * The first day a passage names, as an ISO date; a day without a year takes `year` (the
 * source's). Undefined when the passage names no day, or one that does not exist.
 */
export function dateInPassage(text: string, year: number | undefined): string | undefined {
  const word = '([A-Za-zА-Яа-яЁёӘәІіҢңҒғҮүҰұҚқӨөҺһ]+\\.?)';
  // Bounded repetitions only: the passage may be long, and each pattern runs in linear time.
  const dayFirst = new RegExp(
    `(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s{1,3}(?:of\\s{1,3})?${word}(?:,?\\s{1,3}(\\d{4}))?`,
    'gu',
  );
  const monthFirst = new RegExp(`${word}\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,?\\s{1,3}(\\d{4}))?`, 'gu');
  const found: { at: number; iso: string }[] = [];
  const take = (at: number, dayText: string, monthText: string, yearText: string | undefined) => {
    const month = monthOf(monthText);
    const y = yearText ? Number(yearText) : year;
    const day = Number(dayText);
    if (!month || y === undefined || !valid(y, month, day)) return;
    found.push({ at, iso: `${y}-${pad(month)}-${pad(day)}` });
  };
  for (const m of text.matchAll(dayFirst)) take(m.index, m[1]!, m[2]!, m[3]);
  for (const m of text.matchAll(monthFirst)) take(m.index, m[2]!, m[1]!, m[3]);
  found.sort((a, b) => a.at - b.at);
  return found[0]?.iso;
}
