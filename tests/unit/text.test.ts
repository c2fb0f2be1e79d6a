// @vitest-environment node
// Which translation of a dataset text a reader sees, and in which language it is.
import { describe, expect, it } from 'vitest';
import { localize, original, textOf, type Shown } from '../../src/lib/data/text';
import type { LocalText } from '../../src/lib/data/schema';
import { english } from '../helpers';

const WABTEC = { en: 'Wabtec', ru: 'Вабтек', kk: 'Уабтек' };

describe('localize', () => {
  const cases: { name: string; input: [LocalText, string, string?]; expected: Shown }[] = [
    {
      name: 'a plain string is in the dataset language',
      input: ['Wabtec', 'ru', 'en'],
      expected: { text: 'Wabtec', lang: 'en' },
    },
    {
      name: 'a plain string in a Russian dataset',
      input: ['Вабтек', 'en', 'ru'],
      expected: { text: 'Вабтек', lang: 'ru' },
    },
    {
      name: 'the dataset language defaults to English',
      input: ['Wabtec', 'kk'],
      expected: { text: 'Wabtec', lang: 'en' },
    },
    { name: 'the exact language', input: [WABTEC, 'ru', 'en'], expected: { text: 'Вабтек', lang: 'ru' } },
    {
      name: 'the exact language even when it is not the dataset language',
      input: [WABTEC, 'kk', 'ru'],
      expected: { text: 'Уабтек', lang: 'kk' },
    },
    {
      name: 'a regional tag asked, the base language given: "ru" for "ru-RU"',
      input: [{ en: 'Wabtec', ru: 'Вабтек' }, 'ru-RU', 'en'],
      expected: { text: 'Вабтек', lang: 'ru' },
    },
    {
      name: 'the base language asked, a regional tag given',
      input: [{ en: 'Wabtec', 'ru-RU': 'Вабтек' }, 'ru', 'en'],
      expected: { text: 'Вабтек', lang: 'ru-RU' },
    },
    {
      name: 'the base match ignores case',
      input: [{ en: 'Wabtec', 'pt-BR': 'Uabtéc' }, 'PT', 'en'],
      expected: { text: 'Uabtéc', lang: 'pt-BR' },
    },
    {
      name: 'the exact tag wins over the base language',
      input: [{ 'pt-PT': 'A', 'pt-BR': 'B' }, 'pt-BR', 'en'],
      expected: { text: 'B', lang: 'pt-BR' },
    },
    {
      name: 'no translation: the dataset language, not the first entry',
      input: [{ kk: 'Уабтек', en: 'Wabtec' }, 'ru', 'en'],
      expected: { text: 'Wabtec', lang: 'en' },
    },
    {
      name: 'no translation in a Kazakh dataset',
      input: [{ en: 'Wabtec', kk: 'Уабтек' }, 'ru', 'kk'],
      expected: { text: 'Уабтек', lang: 'kk' },
    },
    {
      name: 'neither the language nor the dataset language: the first entry',
      input: [{ kk: 'Уабтек', de: 'Wabtek' }, 'ru', 'en'],
      expected: { text: 'Уабтек', lang: 'kk' },
    },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    expect(localize(...input)).toEqual(expected);
  });

  it('does not mutate its input', () => {
    const value = Object.freeze({ ...WABTEC });
    localize(value, 'ru-RU', 'de');
    original(value, 'de');
    expect(value).toEqual(WABTEC);
  });
});

describe('original: the text in the dataset language (a filter key)', () => {
  const cases: { name: string; input: [LocalText, string?]; expected: Shown }[] = [
    { name: 'a plain string', input: ['energy', 'en'], expected: { text: 'energy', lang: 'en' } },
    { name: 'a plain string, default language', input: ['energy'], expected: { text: 'energy', lang: 'en' } },
    {
      name: 'the dataset language entry, whatever the order',
      input: [{ ru: 'энергетика', en: 'energy' }, 'en'],
      expected: { text: 'energy', lang: 'en' },
    },
    {
      name: 'a Russian dataset',
      input: [{ en: 'energy', ru: 'энергетика' }, 'ru'],
      expected: { text: 'энергетика', lang: 'ru' },
    },
    {
      name: 'no entry in the dataset language: the first one',
      input: [{ kk: 'энергетика', ru: 'энергетика (ru)' }, 'en'],
      expected: { text: 'энергетика', lang: 'kk' },
    },
    {
      name: 'an empty object: empty text in the dataset language',
      input: [{}, 'en'],
      expected: { text: '', lang: 'en' },
    },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    expect(original(...input)).toEqual(expected);
  });
});

describe('textOf: the words only', () => {
  const cases: { input: [LocalText, string, string?]; expected: string }[] = [
    { input: ['Wabtec', 'ru', 'en'], expected: 'Wabtec' },
    { input: [WABTEC, 'ru', 'en'], expected: 'Вабтек' },
    { input: [WABTEC, 'ru-KZ', 'en'], expected: 'Вабтек' },
    { input: [{ kk: 'Уабтек', en: 'Wabtec' }, 'ru', 'en'], expected: 'Wabtec' },
    { input: [{ kk: 'Уабтек', de: 'Wabtek' }, 'ru', 'en'], expected: 'Уабтек' },
  ];
  it.each(cases)('$input → $expected', ({ input, expected }) => {
    expect(textOf(...input)).toBe(expected);
  });
});

describe('i18n.text: the reader language of an I18n', () => {
  it('reports the language the words are in, so the page can mark a fallback', () => {
    const en = english();
    expect(en.text({ ru: 'Вабтек', kk: 'Уабтек' }, 'ru')).toEqual({ text: 'Вабтек', lang: 'ru' });
    expect(en.text(WABTEC, 'ru')).toEqual({ text: 'Wabtec', lang: 'en' });
    expect(en.text('Вабтек', 'ru')).toEqual({ text: 'Вабтек', lang: 'ru' });
  });
});
