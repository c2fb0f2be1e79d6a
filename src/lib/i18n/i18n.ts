/**
 * Every word and number the product writes, in the reader's language: messages (ICU MessageFormat
 * compiled by Lingui, with plurals and ordinals from Intl.PluralRules), numbers, dollars, dates,
 * lists and country names from Intl and i18n-iso-countries. Pure: an I18n is a plain object
 * made for one language; the page makes a new one when the language changes, the command line
 * makes one per export. No Svelte, no DOM.
 */
import { setupI18n, type I18n as Lingui, type Messages as LinguiMessages } from '@lingui/core';
import type { DealValue, LocalText } from '../data/schema';
import type { Qualifier } from '../basics/vocabulary';
import { localize, type Shown } from '../data/text';
import type { KindSum, ValueSum } from '../data/values';
import type { MessageKey } from './keys';
import { INTL_LOCALE, type Language } from './languages';
import { intlKnowsKazakh, kazakhCompare, kazakhDate } from './kazakhFallback';

export type Values = Record<string, string | number>;

export interface I18n {
  lang: Language;
  /** A message by key, with its values filled in. */
  t(key: MessageKey, values?: Values): string;
  /** Whole numbers with the language's grouping: "11,148", "11 148". */
  count(n: number): string;
  /** Any number, at most `digits` fraction digits. */
  number(n: number, digits?: number): string;
  /** Dollars, short: "$4.2B", "4,2 млрд $". */
  usd(usd: number): string;
  /** Dollars in full: "$4,200,000,000". */
  usdFull(usd: number): string;
  /** One deal value with its qualifier placed as the language places it, or "undisclosed". */
  value(value: DealValue): string;
  /** A sum worded by the one rule of values.ts. */
  sum(sum: ValueSum): string;
  /** One kind of money and its total: "Signed agreements: about $4.2B (1 deal)". */
  kindTotal(total: KindSum): string;
  /** A figure that is not money ("over 300,000"). */
  figure(value: number, qualifier: Qualifier): string;
  /** "17 September 2023", "September 2023", or "date not reported". */
  date(date: string | null | undefined, options?: { year?: boolean }): string;
  /** "78th", "78-я", "78-ші". */
  ordinal(n: number): string;
  /** "78th session". */
  session(n: number): string;
  /** A country's name from its alpha-3 code (the code itself when unknown). */
  country(code: string): string;
  /** A dataset text in this language, or its original with the language it is in. */
  text(value: LocalText, datasetLang: string): Shown;
  /** Sort order of the language ("Ә" after "А" in Kazakh). */
  compare(a: string, b: string): number;
  /** "A, B and C". */
  list(items: readonly string[]): string;
}

export interface LanguagePack {
  lang: Language;
  messages: Record<string, unknown>;
  /** Country names by alpha-3 code, in this language. */
  countryNames: ReadonlyMap<string, string>;
}

const MONEY_SCALE_DIGITS = 3;

export function createI18n(pack: LanguagePack, options: { compiler?: (message: string) => unknown } = {}): I18n {
  const { lang, countryNames } = pack;
  // Where the runtime's ICU has no Kazakh data, Kazakh numbers take the (identical) Russian
  // formats and dates and sorting come from kazakhFallback.ts.
  const kazakhFallback = lang === 'kk' && !intlKnowsKazakh();
  const locale = kazakhFallback ? { numbers: 'ru', dates: 'kk' } : INTL_LOCALE[lang];
  const lingui: Lingui = setupI18n({
    locale: locale.numbers,
    messages: { [locale.numbers]: pack.messages as LinguiMessages },
  });
  if (options.compiler) lingui.setMessagesCompiler(options.compiler as never);
  const counts = new Intl.NumberFormat(locale.numbers, { maximumFractionDigits: 0 });
  const short = new Intl.NumberFormat(locale.numbers, {
    style: 'currency',
    currency: 'USD',
    currencyDisplay: 'narrowSymbol',
    notation: 'compact',
    maximumSignificantDigits: MONEY_SCALE_DIGITS,
  });
  const full = new Intl.NumberFormat(locale.numbers, {
    style: 'currency',
    currency: 'USD',
    currencyDisplay: 'narrowSymbol',
    maximumFractionDigits: 0,
  });
  const dayFormat = new Intl.DateTimeFormat(locale.dates, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const dayNoYear = new Intl.DateTimeFormat(locale.dates, { day: 'numeric', month: 'long', timeZone: 'UTC' });
  const monthFormat = new Intl.DateTimeFormat(locale.dates, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const collator = new Intl.Collator(lang, { numeric: true, sensitivity: 'base' });
  const compare =
    kazakhFallback && !Intl.Collator.supportedLocalesOf(['kk']).length
      ? kazakhCompare
      : (a: string, b: string) => collator.compare(a, b);
  const listFormat = new Intl.ListFormat(lang === 'kk' ? 'kk' : locale.numbers, { type: 'conjunction' });

  // Lingui formats every branch of a plural on each call (~25 µs): views word the same few
  // hundred things on every filter change, so answers are remembered (bounded, per language).
  const memo = new Map<string, string>();
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const MEMO_LIMIT = 20_000;
  // A number in a plain {placeholder} is printed as given ("1390", and years stay "2023"): pass
  // counts through i18n.count() to group their digits in the reader's language.
  const t = (key: MessageKey, values?: Values) => {
    const id = values ? `${key}\u0000${JSON.stringify(values)}` : key;
    let out = memo.get(id);
    if (out === undefined) {
      out = lingui._(key, values);
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(id, out);
    }
    return out;
  };

  const self: I18n = {
    lang,
    t,
    count: (n) => counts.format(n),
    number: (n, digits = 1) => {
      let f = numberFormats.get(digits);
      if (!f) numberFormats.set(digits, (f = new Intl.NumberFormat(locale.numbers, { maximumFractionDigits: digits })));
      return f.format(n);
    },
    usd: (usd) => (Number.isFinite(usd) ? short.format(usd) : '–'),
    usdFull: (usd) => full.format(usd),
    value: (value) => (value ? t(`value.${value.qualifier}`, { amount: self.usd(value.usd) }) : t('value.undisclosed')),
    sum: (sum) => {
      const amount = self.usd(sum.usd);
      const { bound, approximate } = sum.combined;
      const key: MessageKey =
        bound === 'mixed'
          ? 'sum.mixed'
          : bound === 'lower'
            ? approximate
              ? 'sum.lowerApproximate'
              : 'sum.lower'
            : bound === 'upper'
              ? approximate
                ? 'sum.upperApproximate'
                : 'sum.upper'
              : approximate
                ? 'sum.approximate'
                : 'sum.none';
      return t(key, { amount });
    },
    kindTotal: ({ kind, sum, deals }) => {
      const label = t(`kind.${kind}`);
      return sum
        ? t('kind.total', { kind: label, sum: self.sum(sum), count: sum.parts })
        : t('kind.totalUndisclosed', { kind: label, count: deals });
    },
    figure: (value, qualifier) => t(`figure.${qualifier}`, { amount: self.number(value, 2) }),
    date: (date, opts = {}) => {
      if (!date) return t('date.none');
      const [y, m, d] = date.split('-').map(Number);
      if (kazakhFallback) return kazakhDate(y!, m ?? 1, d, opts.year !== false);
      const when = new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
      if (!d) return monthFormat.format(when);
      return (opts.year === false ? dayNoYear : dayFormat).format(when);
    },
    ordinal: (n) => t('session.ordinal', { n }),
    session: (n) => t('session.name', { n }),
    country: (code) => countryNames.get(code) ?? code,
    text: (value, datasetLang) => localize(value, lang, datasetLang),
    compare,
    list: (items) => listFormat.format(items),
  };
  return self;
}
