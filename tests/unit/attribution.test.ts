// Whose data a published view shows, in the reader's language: the delegation before the view's
// title, the context statement, and a source line naming publishers and the dataset's title; on
// the bundled dataset and on a synthetic one about another delegation.
import { describe, expect, it } from 'vitest';
import { attributedTitle, delegationLine, sourceLine } from '../../src/lib/state/attribution';
import { attribution, sentences } from '../../src/lib/state/exportAttribution';
import type { Language } from '../../src/lib/i18n/languages';
import { DEFAULT_OPTIONS } from '../../src/lib/state/options';
import { bundledDataset, filters, fixture, i18nFor, indexOf } from '../helpers';

const bundled = indexOf(bundledDataset());
const other = indexOf(fixture('artefacts-other-delegation.json'));

describe('delegationLine and attributedTitle', () => {
  const cases: { lang: Language; index: typeof bundled; delegation: string; title: string }[] = [
    {
      lang: 'en',
      index: bundled,
      delegation: 'Kazakhstan · Kassym-Jomart Tokayev',
      title: 'Kazakhstan · Kassym-Jomart Tokayev: Deal values by company',
    },
    {
      lang: 'ru',
      index: bundled,
      delegation: 'Казахстан · Касым-Жомарт Токаев',
      title: 'Казахстан · Касым-Жомарт Токаев: Стоимость сделок по компаниям',
    },
    {
      lang: 'kk',
      index: bundled,
      delegation: 'Қазақстан · Қасым-Жомарт Тоқаев',
      title: 'Қазақстан · Қасым-Жомарт Тоқаев: Компаниялар бойынша мәміле сомалары',
    },
    {
      lang: 'en',
      index: other,
      delegation: 'Uzbekistan · Shavkat Mirziyoyev',
      title: 'Uzbekistan · Shavkat Mirziyoyev: Deal values by company',
    },
    {
      lang: 'ru',
      index: other,
      delegation: 'Узбекистан · Шавкат Мирзиёев',
      title: 'Узбекистан · Шавкат Мирзиёев: Стоимость сделок по компаниям',
    },
  ];
  it.each(cases)('$lang: $delegation', async ({ lang, index, delegation, title }) => {
    const i18n = await i18nFor(lang);
    expect(delegationLine(index, i18n)).toBe(delegation);
    expect(attributedTitle(index, i18n, 'deals')).toBe(title);
  });

  it('names the leader in the dataset’s language when it has none in the reader’s, and says which', async () => {
    const kk = await i18nFor('kk');
    // The fixture gives the leader in English and Russian only: the original (English) is shown.
    expect(delegationLine(other, kk)).toBe('Өзбекстан · Shavkat Mirziyoyev');
    const about = attribution({
      filters: filters(),
      options: DEFAULT_OPTIONS,
      index: other,
      i18n: kk,
      view: 'map',
      publishers: [],
    });
    expect(about.langs).toEqual({ leader: 'en', dataset: 'en' });
    const en = await i18nFor('en');
    expect(
      attribution({ filters: filters(), options: DEFAULT_OPTIONS, index: other, i18n: en, view: 'map', publishers: [] })
        .langs,
    ).toEqual({});
  });
});

describe('sourceLine', () => {
  it.each([
    {
      lang: 'en' as const,
      publishers: ['Kazinform', 'Orda.kz'],
      expected: "Sources: Kazinform, Orda.kz · Kazakhstan's President at the UN General Assembly, 2023 and 2025.",
    },
    {
      lang: 'en' as const,
      publishers: ['Orda.kz'],
      expected: "Source: Orda.kz · Kazakhstan's President at the UN General Assembly, 2023 and 2025.",
    },
    {
      lang: 'en' as const,
      publishers: [],
      expected: "Data: Kazakhstan's President at the UN General Assembly, 2023 and 2025.",
    },
    {
      lang: 'ru' as const,
      publishers: ['Kazinform', 'Orda.kz'],
      expected: 'Источники: Kazinform, Orda.kz · Президент Казахстана на Генеральной Ассамблее ООН, 2023 и 2025 годы.',
    },
    {
      lang: 'kk' as const,
      publishers: ['Orda.kz'],
      expected: 'Дереккөз: Orda.kz · Қазақстан Президенті БҰҰ Бас Ассамблеясында, 2023 және 2025 жылдар.',
    },
  ])('$lang, $publishers', async ({ lang, publishers, expected }) => {
    expect(sourceLine(bundled, await i18nFor(lang), publishers)).toBe(expected);
  });

  it('closes the line once when the dataset’s title ends with a full stop', async () => {
    const data = fixture('artefacts-other-delegation.json');
    data.title = 'A title with its own stop.';
    expect(sourceLine(indexOf(data), await i18nFor('en'), ['Test Courier'])).toBe(
      'Source: Test Courier · A title with its own stop.',
    );
  });
});

describe('attribution', () => {
  it('puts together the title, the context statement and the source line, and leaves its inputs alone', async () => {
    const i18n = await i18nFor('en');
    const f = filters({ years: [2025] });
    const publishers = ['Test Courier'];
    const before = JSON.stringify({ f, publishers });
    expect(
      attribution({
        filters: f,
        options: { ...DEFAULT_OPTIONS, cumulative: true },
        index: other,
        i18n,
        view: 'deals',
        publishers,
      }),
    ).toEqual({
      delegation: 'Uzbekistan · Shavkat Mirziyoyev',
      view: 'Deal values by company',
      title: 'Uzbekistan · Shavkat Mirziyoyev: Deal values by company',
      context: '2025 · cumulative investments included',
      source: 'Source: Test Courier · Test fixture: a synthetic Uzbek delegation at two UNGA sessions.',
      langs: {},
    });
    expect(JSON.stringify({ f, publishers })).toBe(before);
  });
});

describe('sentences', () => {
  it.each([
    { parts: [], expected: '' },
    {
      parts: ['3 counterpart countries; most engagements: Iran (2)'],
      expected: '3 counterpart countries; most engagements: Iran (2).',
    },
    { parts: ['Ends well.', 'Asks?', 'Trails…'], expected: 'Ends well. Asks? Trails…' },
    { parts: ['  spaced  ', '', 'next'], expected: 'spaced. next.' },
  ])('$parts', ({ parts, expected }) => {
    expect(sentences(parts)).toBe(expected);
  });
});
