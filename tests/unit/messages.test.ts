// @vitest-environment node
// The message files: every key in every language, every message valid ICU with the English
// placeholders, and the plurals of Russian and Kazakh right for 1, 2, 5 and 21.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import { createI18n } from '../../src/lib/i18n/i18n';
import { ROOT, i18nFor } from '../helpers';

const DIR = path.join(ROOT, 'src/lib/i18n/messages');
const LANGS = ['en', 'ru', 'kk'] as const;
const areas = readdirSync(path.join(DIR, 'en')).filter((f) => f.endsWith('.json'));
const read = (lang: string, area: string): Record<string, string> =>
  JSON.parse(readFileSync(path.join(DIR, lang, area), 'utf8'));

/**
 * The argument names a compiled ICU message uses. Lingui compiles a message to a list of parts:
 * a string is text, an array `[name]` or `[name, type, branches]` is an argument, and each
 * branch of a plural or select is again a list of parts.
 */
function argumentsOf(parts: unknown, out = new Set<string>()): Set<string> {
  if (typeof parts === 'string' || !Array.isArray(parts)) return out;
  for (const part of parts) {
    if (!Array.isArray(part) || typeof part[0] !== 'string') continue;
    out.add(part[0]);
    const branches = part[2];
    if (branches && typeof branches === 'object')
      for (const branch of Object.values(branches)) argumentsOf(branch, out);
  }
  return out;
}

describe('message files', () => {
  it('every language has the same areas', () => {
    for (const lang of LANGS)
      expect(
        readdirSync(path.join(DIR, lang))
          .filter((f) => f.endsWith('.json'))
          .sort(),
      ).toEqual([...areas].sort());
  });

  for (const area of areas) {
    const en = read('en', area);
    for (const lang of ['ru', 'kk'] as const) {
      it(`${lang}/${area} has every English key and no other`, () => {
        expect(Object.keys(read(lang, area)).sort()).toEqual(Object.keys(en).sort());
      });
    }
    for (const lang of LANGS) {
      it(`${lang}/${area}: every message is valid ICU with the English placeholders`, () => {
        const messages = read(lang, area);
        const bad: string[] = [];
        for (const [key, message] of Object.entries(messages)) {
          let compiled: unknown;
          try {
            compiled = compileMessage(message);
          } catch (err) {
            bad.push(`${key}: ${(err as Error).message}`);
            continue;
          }
          const english = [...argumentsOf(compileMessage(en[key] ?? ''))].sort();
          const mine = [...argumentsOf(compiled)].sort();
          if (JSON.stringify(mine) !== JSON.stringify(english))
            bad.push(`${key}: placeholders ${mine} but English has ${english}`);
          if (!message.trim()) bad.push(`${key}: empty`);
        }
        expect(bad).toEqual([]);
      });
    }
  }
});

describe('plurals in Russian and Kazakh', () => {
  const cases = [
    { lang: 'ru', key: 'count.deals', expected: ['1 сделка', '2 сделки', '5 сделок', '21 сделка'] },
    {
      lang: 'ru',
      key: 'count.engagements',
      expected: ['1 мероприятие', '2 мероприятия', '5 мероприятий', '21 мероприятие'],
    },
    { lang: 'kk', key: 'count.deals', expected: ['1 мәміле', '2 мәміле', '5 мәміле', '21 мәміле'] },
    { lang: 'kk', key: 'count.engagements', expected: ['1 кездесу', '2 кездесу', '5 кездесу', '21 кездесу'] },
  ] as const;
  it.each(cases)('$lang $key', async ({ lang, key, expected }) => {
    const i18n = await i18nFor(lang);
    expect([1, 2, 5, 21].map((count) => i18n.t(key, { count }))).toEqual(expected);
  });

  it('every plural message of every area renders for 1, 2, 5 and 21 with the number in it', async () => {
    for (const lang of ['ru', 'kk'] as const) {
      const messages = Object.assign({}, ...areas.map((a) => read(lang, a)));
      const i18n = createI18n({ lang, messages, countryNames: new Map() }, { compiler: compileMessage });
      for (const [key, message] of Object.entries(messages as Record<string, string>)) {
        const m = /\{(\w+), plural,/.exec(message);
        if (!m) continue;
        for (const n of [1, 2, 5, 21]) {
          const values: Record<string, string | number> = {};
          for (const name of argumentsOf(compileMessage(message))) values[name] = name === m[1] ? n : `‹${name}›`;
          const out = i18n.t(key as never, values);
          expect(out, `${lang} ${key} with ${n}`).not.toMatch(/[{}]/);
        }
      }
    }
  });

  it('sessions are ordinals in each language', async () => {
    expect((await i18nFor('en')).session(78)).toBe('78th session');
    expect((await i18nFor('ru')).session(78)).toBe('78-я сессия');
    expect((await i18nFor('kk')).session(78)).toBe('78-сессия');
  });

  it('money: the decimal separator and the qualifier placed as each language places it', async () => {
    const v = { usd: 4.2e9, qualifier: 'about' as const };
    // Intl separates the number and the unit with a no-break space: read as a space here.
    const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
    expect(plain((await i18nFor('en')).value(v))).toBe('about $4.2B');
    expect(plain((await i18nFor('ru')).value(v))).toBe('около 4,2 млрд $');
    expect(plain((await i18nFor('kk')).value(v))).toBe('шамамен 4,2 млрд $');
    expect(plain((await i18nFor('kk')).value({ usd: 230e6, qualifier: 'up-to' }))).toBe('230 млн $-ға дейін');
  });

  it('dates and country names in the language', async () => {
    expect((await i18nFor('kk')).date('2023-09-17', { year: false })).toBe('17 қыркүйек');
    expect((await i18nFor('ru')).date('2023-09-17')).toBe('17 сентября 2023 г.');
    expect((await i18nFor('ru')).country('USA')).toBe('США');
    expect((await i18nFor('kk')).country('KAZ')).toBe('Қазақстан');
  });
});
