// @vitest-environment node
// Topics read as labels: translated like other dataset texts, a raw lower-case key cased.
import { describe, expect, it } from 'vitest';
import type { LocalText } from '../../src/lib/data/schema';
import type { Shown } from '../../src/lib/data/text';
import { topicCase, topicLabel } from '../../src/lib/data/topics';

describe('topicCase', () => {
  const cases: { name: string; input: [string, string?]; expected: string }[] = [
    { name: 'a lower-case key: sentence case', input: ['general debate'], expected: 'General debate' },
    { name: 'a code starting with a letter', input: ['c5+1'], expected: 'C5+1' },
    { name: 'one word', input: ['railways'], expected: 'Railways' },
    { name: 'Cyrillic', input: ['генеральная дискуссия', 'ru'], expected: 'Генеральная дискуссия' },
    { name: 'Kazakh letters', input: ['әлеуметтік саясат', 'kk'], expected: 'Әлеуметтік саясат' },
    { name: 'after an opening quote', input: ['«зелёная» экономика', 'ru'], expected: '«Зелёная» экономика' },
    { name: 'after leading spaces', input: ['  energy'], expected: '  Energy' },
    { name: 'the language’s casing: a Turkish dotted i', input: ['iklim', 'tr'], expected: 'İklim' },
    { name: 'a language tag Intl refuses: the default casing', input: ['energy', 'not a tag!'], expected: 'Energy' },
    { name: 'a letter outside the BMP', input: ['𐐨ord'], expected: '𐐀ord' },
    { name: 'already a label', input: ['C5+1'], expected: 'C5+1' },
    { name: 'a capital inside: the dataset’s own casing', input: ['eGov services'], expected: 'eGov services' },
    { name: 'an acronym later in the text', input: ['reform of the UN'], expected: 'reform of the UN' },
    { name: 'starts with a number: left alone', input: ['5g networks'], expected: '5g networks' },
    { name: 'no letter at all', input: ['2030'], expected: '2030' },
    { name: 'empty', input: [''], expected: '' },
    { name: 'a script without case', input: ['中亚'], expected: '中亚' },
  ];
  it.each(cases)('$name: "$input.0" → "$expected"', ({ input, expected }) => {
    expect(topicCase(...input)).toBe(expected);
  });
});

describe('topicLabel', () => {
  const C5 = { en: 'C5+1', ru: 'С5+1', kk: 'С5+1' };
  const cases: { name: string; input: [LocalText, string, string?]; expected: Shown }[] = [
    {
      name: 'a raw key, any reader: the original, cased',
      input: ['general debate', 'ru', 'en'],
      expected: { text: 'General debate', lang: 'en' },
    },
    {
      name: 'a translated label in the reader’s language',
      input: [C5, 'ru', 'en'],
      expected: { text: 'С5+1', lang: 'ru' },
    },
    { name: 'Kazakh', input: [C5, 'kk', 'en'], expected: { text: 'С5+1', lang: 'kk' } },
    {
      name: 'no translation: the original',
      input: [{ en: 'General debate' }, 'kk', 'en'],
      expected: { text: 'General debate', lang: 'en' },
    },
    {
      name: 'translations written as keys are cased in their own language',
      input: [{ en: 'general debate', ru: 'общие прения' }, 'ru', 'en'],
      expected: { text: 'Общие прения', lang: 'ru' },
    },
    {
      name: 'a Russian dataset’s plain key',
      input: ['общие прения', 'en', 'ru'],
      expected: { text: 'Общие прения', lang: 'ru' },
    },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    expect(topicLabel(...input)).toEqual(expected);
  });

  it('does not mutate its input', () => {
    const topic = Object.freeze({ en: 'general debate', ru: 'общие прения' });
    topicLabel(topic, 'ru');
    expect(topic).toEqual({ en: 'general debate', ru: 'общие прения' });
  });
});
