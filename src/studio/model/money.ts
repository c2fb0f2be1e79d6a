/**
 * Dollar amounts as people write them in English, Russian and Kazakh: "4.2B", "$230 million",
 * "1,000,000,000", "4,2 млрд", "230 млн $", and the value an article's sentence states
 * ("agreements worth about $4.2 billion" → about 4.2 billion), so a deal made from a selected
 * passage starts with the value the passage gives. A comma followed by one or two digits is a
 * decimal comma ("4,2"); followed by three, a thousands separator ("1,000"). Pure.
 */
import type { Qualifier } from '../../lib/basics/vocabulary';

const SCALE: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  million: 1e6,
  millions: 1e6,
  b: 1e9,
  bn: 1e9,
  bln: 1e9,
  billion: 1e9,
  billions: 1e9,
  t: 1e12,
  tn: 1e12,
  trillion: 1e12,
  // Russian and Kazakh.
  тыс: 1e3,
  тысяч: 1e3,
  тысячи: 1e3,
  мың: 1e3,
  млн: 1e6,
  миллион: 1e6,
  миллиона: 1e6,
  миллионов: 1e6,
  млрд: 1e9,
  миллиард: 1e9,
  миллиарда: 1e9,
  миллиардов: 1e9,
  трлн: 1e12,
  триллион: 1e12,
  триллиона: 1e12,
  триллионов: 1e12,
};

/** "4,2" → 4.2, "1,000" → 1000, "1 000 000" → 1000000, "1.000.000" → 1000000, "1,234.5" → 1234.5. */
function parseNumber(text: string): number {
  const t = text.replace(/[\s\u00a0\u202f]/g, '');
  const lastComma = t.lastIndexOf(',');
  const lastDot = t.lastIndexOf('.');
  let decimal = '';
  if (lastComma >= 0 && lastDot >= 0) decimal = lastComma > lastDot ? ',' : '.';
  else if (lastComma >= 0) decimal = /^\d+,\d{1,2}$/.test(t) ? ',' : '';
  else if (lastDot >= 0) decimal = /^\d{1,3}(\.\d{3})+$/.test(t) ? '' : '.';
  const thousands = decimal === ',' ? '.' : decimal === '.' ? ',' : /,/.test(t) ? ',' : '.';
  return Number(t.split(thousands).join('').replace(',', '.'));
}

/** A typed amount in dollars, or null when it is not one ("4.2B" → 4200000000). */
export function parseAmount(input: string): number | null {
  // Linear time on any input: the text is trimmed first, and a run of spaces belongs to the number
  // only when a digit follows it, so no two parts of the pattern can both match the same spaces
  // (adjacent `\s*`s made "1" + many spaces + a stray word take time growing as n⁴).
  const m =
    /^(?:us)?\$?\s*([0-9](?:[0-9,.]|\s+(?=[0-9]))*)(?:\s*([a-zа-яёәғқңөұүһі]+))?\.?(?:\s*(?:\$|долл\S*))?$/iu.exec(
      input.trim(),
    );
  if (!m) return null;
  const number = parseNumber(m[1]!);
  const scale = m[2] ? SCALE[m[2].toLowerCase()] : 1;
  if (!Number.isFinite(number) || scale === undefined) return null;
  // Round away floating-point dust: 4.2 * 1e9 is 4200000000.000001.
  return Math.round(number * scale * 100) / 100;
}

const QUALIFIER_WORDS: [RegExp, Qualifier][] = [
  [
    /(?:^|[^\p{L}])(about|around|approximately|nearly|almost|some|roughly|около|порядка|примерно|почти|шамамен|жуық)\s*$/iu,
    'about',
  ],
  [/(?:^|[^\p{L}])(over|more than|exceeding|above|более|свыше|больше|астам)\s*$/iu, 'over'],
  [/(?:^|[^\p{L}])(up to|as much as|до)\s*$/iu, 'up-to'],
];

/** The first dollar amount a passage states, with its qualifier ("exact" when none is written). */
export function valueInText(text: string): { usd: number; qualifier: Qualifier } | null {
  const m =
    /\$\s?([0-9][0-9,]*(?:\.[0-9]+)?)(?:\s*(thousand|million|billion|trillion|mln|bln|bn|m|b|тыс|млн|млрд|трлн)(?![a-zа-я]))?/iu.exec(
      text,
    ) ??
    // "4,2 млрд долларов", "230 млн $": the sign or the word after the number.
    // Linear time: a number starts only where no digit (or digit and spaces) comes before it, its
    // spaces are followed by a digit, and the word's ending is letters, so no two tries rescan
    // the same run of spaces or characters.
    /(?<![0-9]\s*)([0-9](?:[0-9]|\s+(?=[0-9]))*(?:[.,][0-9]+)?)\s*(тыс|млн|млрд|трлн|миллион\p{L}*|миллиард\p{L}*)\.?\s*(?:\$|долл)/iu.exec(
      text,
    );
  if (!m) return null;
  const usd = parseAmount(`${m[1]} ${m[2] ?? ''}`);
  if (usd === null || usd <= 0) return null;
  const before = text.slice(Math.max(0, m.index - 20), m.index);
  const qualifier = QUALIFIER_WORDS.find(([re]) => re.test(before))?.[1] ?? 'exact';
  return { usd, qualifier };
}
