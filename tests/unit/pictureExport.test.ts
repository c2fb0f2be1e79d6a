// @vitest-environment node
// Every exported picture says whose data it is: for each view, on the bundled dataset and on a
// synthetic one about another delegation, the file's <title> (and the title drawn at its top) names
// the delegation and the view, its <desc> is the sentence the page gives screen readers about that
// view, both are the root's first children and label it, and the source line names the publishers
// and the dataset's title. Rendered as `npm run export` renders it (exportCli.test.ts checks that
// the download button's file is the same), read back with jsdom's XML parser.
// @ts-expect-error jsdom ships no types (vitest brings it for its environment); only its XML parser is used.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { renderViewSvg } from '../../src/export/render';
import type { DatasetIndex } from '../../src/lib/data/query';
import type { ViewId } from '../../src/lib/catalog/viewCatalog';
import { dealModel } from '../../src/views/DealChart/model';
import { mapModel, mapScales } from '../../src/views/WorldMap/model';
import { timelineModel } from '../../src/views/Timeline/model';
import { captionNotes, sortCaption, tableCounts } from '../../src/views/EngagementTable/model';
import type { ExportInput } from '../../src/views/shared/types';
import { bundledDataset, exportInput, fixture, i18nFor, indexOf, type InputOptions } from '../helpers';

const bundled = indexOf(bundledDataset());
const other = indexOf(fixture('artefacts-other-delegation.json'));

/** What each view's figure on the page tells a screen reader, from the same models the page uses. */
const PAGE_DESCRIPTION: Record<ViewId, (input: ExportInput) => string> = {
  deals: (input) => dealModel(input).description,
  map: (input) => `${mapModel(input, mapScales(input.index, input.options, input.theme.map.classes.length)).summary}.`,
  timeline: (input) => timelineModel(input).description,
  // The figure's caption after its title, then the table's own caption: each a sentence.
  table: (input) =>
    [
      ...captionNotes(tableCounts(input.index, input.filtered, input.options), input.i18n),
      sortCaption(input.options, input.i18n),
    ]
      .map((s) => s.replace(/\.?$/, '.'))
      .join(' '),
};

const parser: DOMParser = new new JSDOM('').window.DOMParser();

function read(svg: string) {
  const doc = parser.parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  const root = doc.documentElement;
  const texts = [...root.querySelectorAll('text')];
  // The frame's title: the bold 18 px lines at the top.
  const drawnTitle = texts
    .filter((t) => t.getAttribute('font-size') === '18')
    .map((t) => t.textContent)
    .join(' ');
  return {
    root,
    first: root.children[0]!,
    second: root.children[1]!,
    drawnTitle,
    words: texts.map((t) => t.textContent).join(' '),
  };
}

const CASES: { name: string; index: DatasetIndex; o: InputOptions; delegation: string; source: RegExp }[] = [
  {
    name: 'bundled',
    index: bundled,
    o: {},
    delegation: 'Kazakhstan · Kassym-Jomart Tokayev',
    source:
      /Sources?: (Kazinform, Orda\.kz|Kazinform|Orda\.kz) · Kazakhstan's President at the UN General Assembly, 2023 and 2025\./,
  },
  {
    name: 'another delegation',
    index: other,
    o: { width: 375 },
    delegation: 'Uzbekistan · Shavkat Mirziyoyev',
    source: /Sources: Synthetic Wire, Test Courier · Test fixture: a synthetic Uzbek delegation at two UNGA sessions\./,
  },
];

const TITLES: Record<ViewId, string> = {
  map: 'Counterpart countries',
  timeline: 'UNGA sessions',
  deals: 'Deal values by company',
  table: 'Engagements',
};

describe.each(CASES)('pictures of the $name dataset', { timeout: 60_000 }, ({ index, o, delegation, source }) => {
  it.each(['deals', 'map', 'timeline', 'table'] as const)(
    '%s: titled with the delegation, described as on the page, sourced',
    async (view) => {
      const input = exportInput(index, o);
      const svg = await renderViewSvg(view, input);
      const { root, first, second, drawnTitle, words } = read(svg);
      const title = `${delegation}: ${TITLES[view]}`;
      expect(root.getAttribute('role')).toBe('img');
      expect([first.localName, first.textContent]).toEqual(['title', title]);
      expect(drawnTitle).toBe(title);
      expect([second.localName, second.textContent]).toEqual(['desc', PAGE_DESCRIPTION[view](input)]);
      expect(second.textContent!.length).toBeGreaterThan(20);
      expect(root.getAttribute('aria-labelledby')).toBe(first.id);
      expect(root.getAttribute('aria-describedby')).toBe(second.id);
      expect(first.id).not.toBe(second.id);
      expect(words).toMatch(source);
    },
  );
});

describe('in the reader’s language', () => {
  it.each([
    {
      lang: 'ru' as const,
      title: 'Узбекистан · Шавкат Мирзиёев: Стоимость сделок по компаниям',
      source:
        'Источники: Synthetic Wire, Test Courier · Тестовый набор: вымышленная делегация Узбекистана на двух сессиях ГА ООН.',
    },
    {
      lang: 'kk' as const,
      title: 'Өзбекстан · Shavkat Mirziyoyev: Компаниялар бойынша мәміле сомалары',
      source:
        'Дереккөздер: Synthetic Wire, Test Courier · Test fixture: a synthetic Uzbek delegation at two UNGA sessions.',
    },
  ])('$lang', async ({ lang, title, source }) => {
    const { first, drawnTitle, words } = read(
      await renderViewSvg('deals', exportInput(other, { i18n: await i18nFor(lang) })),
    );
    expect(first.textContent).toBe(title);
    expect(drawnTitle).toBe(title);
    expect(words).toContain(source);
  });
});

describe('labels of a file', () => {
  it('keep two files apart when pasted into one page (ids from the filters), and the font after them', async () => {
    const a = read(await renderViewSvg('deals', exportInput(bundled, { filters: { years: [2025] } })));
    const b = read(await renderViewSvg('deals', exportInput(bundled, { filters: { countries: ['USA'] } })));
    expect(a.first.id).toBe('deals-2025-title');
    expect(b.first.id).toBe('deals-usa-title');
    const embedded = await renderViewSvg('deals', exportInput(bundled), { fontCss: '@font-face { font-family: x; }' });
    expect(embedded).toMatch(/<svg [^>]*><title [^>]*>[^<]*<\/title><desc [^>]*>[^<]*<\/desc><defs><style>@font-face/);
  });

  it('say why the deal chart is empty when it draws no bar', async () => {
    const { second, root } = read(
      await renderViewSvg('deals', exportInput(bundled, { filters: { countries: ['IRN'] } })),
    );
    expect(second.localName).toBe('desc');
    expect(second.textContent).toBe(dealModel(exportInput(bundled, { filters: { countries: ['IRN'] } })).message);
    expect(root.getAttribute('aria-describedby')).toBe(second.id);
  });
});
