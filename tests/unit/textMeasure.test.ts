// @vitest-environment node
// Reads the generated font files from disk; no DOM needed.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { FALLBACK_WIDTH, RUNS } from '../../src/lib/basics/glyphWidths';
import {
  FONT_FAMILY,
  FONT_STACK,
  fitList,
  fontFaceCss,
  textWidth,
  truncate,
  wrapText,
  type FontWeight,
} from '../../src/lib/basics/textMeasure';

// opentype.js ships no type declarations: load it through require and type the little we use.
interface OpenTypeFont {
  unitsPerEm: number;
  charToGlyph(char: string): { advanceWidth?: number };
  tables: { cmap: { glyphIndexMap: Record<string, number> } };
}
const opentype = createRequire(import.meta.url)('opentype.js') as { parse(buffer: ArrayBuffer): OpenTypeFont };

const file = (path: string) => new URL(`../../${path}`, import.meta.url);
const WEIGHTS: FontWeight[] = [400, 700];
const fonts = Object.fromEntries(
  WEIGHTS.map((weight) => {
    const bytes = readFileSync(file(`scripts/fonts/noto-sans-${weight}.ttf`));
    return [weight, opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength))];
  }),
) as Record<FontWeight, OpenTypeFont>;

/** Whether glyphWidths.ts measures this character; if not, a fallback font draws it, at a guessed width. */
const hasGlyph = (char: string) => {
  const c = char.codePointAt(0)!;
  return RUNS.some(([first, count]) => c >= first && c < first + count);
};

/** The width the shipped TTF gives, independently of glyphWidths.ts. */
function fontWidth(text: string, fontSize: number, weight: FontWeight): number {
  const font = fonts[weight];
  let units = 0;
  for (const char of text) units += font.charToGlyph(char).advanceWidth ?? Number.NaN;
  return (units / font.unitsPerEm) * fontSize;
}

const inCmap = (weight: FontWeight, char: string) =>
  String(char.codePointAt(0)) in fonts[weight].tables.cmap.glyphIndexMap;

const KAZAKH_UPPER = 'АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ';
const KAZAKH = KAZAKH_UPPER + KAZAKH_UPPER.toLowerCase();
// The punctuation, currency and other signs the product writes.
const SIGNS = '–—‘’“”«»…·•‹›‰′″$€£₸₽№×−';
// Asked for too, but Noto Sans does not draw them (Noto Sans Math and Symbols 2 do). Until a
// symbol font is bundled they are measured at the fallback width; this list says so in one place.
const NOT_IN_FONT = '≈≤≥▲▼↕▾▴✕✓●○◆★☆→←';
const BLOCKS: { name: string; first: number; last: number }[] = [
  { name: 'Basic Latin', first: 0x20, last: 0x7e },
  { name: 'Latin-1 Supplement', first: 0xa0, last: 0xff },
  { name: 'Latin Extended-A', first: 0x100, last: 0x17f },
  { name: 'Cyrillic', first: 0x400, last: 0x4ff },
];
const blockChars = ({ first, last }: { first: number; last: number }) =>
  Array.from({ length: last - first + 1 }, (_, i) => String.fromCodePoint(first + i)).join('');

const SAMPLES = [
  'Hello, world',
  'Niinistö, Nataša Novák, Erdoğan',
  'Казахстан',
  'Қазақстан әлемде',
  'Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі',
  '«№ 5» — $4.2B, €3.9M, £1, 10 ₸, 7 ₽ … 2 × 3 − 1',
];

describe('textWidth', () => {
  const cases = WEIGHTS.flatMap((weight) =>
    [12, 16.5].flatMap((fontSize) => SAMPLES.map((text) => ({ text, fontSize, weight }))),
  );
  it.each(cases)(
    '$text at $fontSize px, weight $weight, is the sum of the TTF advances',
    ({ text, fontSize, weight }) => {
      expect(Math.abs(textWidth(text, fontSize, weight) - fontWidth(text, fontSize, weight))).toBeLessThan(0.01);
    },
  );

  it.each(SAMPLES)('%s is wider in bold', (text) => {
    expect(textWidth(text, 14, 700)).toBeGreaterThan(textWidth(text, 14, 400));
  });

  const special: { name: string; text: string; expected: number }[] = [
    { name: 'empty text', text: '', expected: 0 },
    { name: 'a character the font lacks, at the fallback width', text: '▲', expected: FALLBACK_WIDTH / 100 },
    { name: 'an emoji counts once, not per UTF-16 unit', text: '😀', expected: FALLBACK_WIDTH / 100 },
    { name: 'a newline measures as a space', text: '\n', expected: textWidth(' ', 10) },
    { name: 'a zero-width space', text: '\u200b', expected: 0 },
  ];
  it.each(special)('$name', ({ text, expected }) => {
    expect(textWidth(text, 10)).toBeCloseTo(expected, 10);
  });

  it('defaults to weight 400 and scales with the font size', () => {
    expect(textWidth('Қазақстан', 12)).toBe(textWidth('Қазақстан', 12, 400));
    expect(textWidth('Қазақстан', 24)).toBeCloseTo(2 * textWidth('Қазақстан', 12), 10);
  });
});

describe('glyphWidths.ts matches the shipped subset', () => {
  const tableChars = RUNS.flatMap(([first, count]) =>
    Array.from({ length: count }, (_, i) => String.fromCodePoint(first + i)),
  );

  it.each(WEIGHTS)('holds exactly the code points of the %i TTF', (weight) => {
    const cmap = Object.keys(fonts[weight].tables.cmap.glyphIndexMap).map(Number);
    expect(tableChars.map((char) => char.codePointAt(0))).toEqual(cmap.sort((a, b) => a - b));
  });

  it.each(WEIGHTS)('gives every code point its %i advance', (weight) => {
    const wrong = tableChars.filter(
      (char) => Math.abs(textWidth(char, 1000, weight) - fontWidth(char, 1000, weight)) > 1e-9,
    );
    expect(wrong).toEqual([]);
  });
});

describe('character coverage', () => {
  const sets = [
    { name: 'every Kazakh letter, upper and lower case', chars: KAZAKH },
    { name: 'the punctuation, currency and signs', chars: SIGNS },
    ...BLOCKS.map((block) => ({ name: `all of ${block.name}`, chars: blockChars(block) })),
  ];
  const cases = WEIGHTS.flatMap((weight) => sets.map((set) => ({ ...set, weight })));
  it.each(cases)('$name: in the $weight TTF and in glyphWidths.ts', ({ chars, weight }) => {
    expect([...chars].filter((char) => !inCmap(weight, char))).toEqual([]);
    expect([...chars].filter((char) => !hasGlyph(char))).toEqual([]);
  });

  it.each(WEIGHTS)(
    'symbols Noto Sans lacks are absent from the %i TTF and measured at the fallback width',
    (weight) => {
      expect([...NOT_IN_FONT].filter((char) => inCmap(weight, char) || hasGlyph(char))).toEqual([]);
      for (const char of NOT_IN_FONT) expect(textWidth(char, 10, weight)).toBeCloseTo(FALLBACK_WIDTH / 100, 10);
    },
  );
});

describe('wrapText', () => {
  const w = (text: string) => textWidth(text, 10);
  const cases: { name: string; text: string; maxWidth: number; expected: string[] }[] = [
    { name: 'empty text', text: '', maxWidth: 100, expected: [] },
    { name: 'whitespace only', text: ' \n\t ', maxWidth: 100, expected: [] },
    {
      name: 'one long word stays whole',
      text: 'Supercalifragilistic',
      maxWidth: 10,
      expected: ['Supercalifragilistic'],
    },
    {
      name: 'exact fit is one line',
      text: 'Қазақстан әлемде',
      maxWidth: w('Қазақстан әлемде'),
      expected: ['Қазақстан әлемде'],
    },
    {
      name: 'a hair short breaks',
      text: 'Қазақстан әлемде',
      maxWidth: w('Қазақстан әлемде') - 0.001,
      expected: ['Қазақстан', 'әлемде'],
    },
    {
      name: 'greedy fill',
      text: 'one two three four',
      maxWidth: w('one two three'),
      expected: ['one two three', 'four'],
    },
    { name: 'width 0: a word a line', text: 'a b c', maxWidth: 0, expected: ['a', 'b', 'c'] },
    {
      name: 'whitespace runs collapse',
      text: '  Нұр-Сұлтан \n  Астана  ',
      maxWidth: 1000,
      expected: ['Нұр-Сұлтан Астана'],
    },
  ];
  it.each(cases)('$name', ({ text, maxWidth, expected }) => {
    expect(wrapText(text, maxWidth, 10)).toEqual(expected);
  });

  it('measures in the weight it is given', () => {
    const text = 'Қазақстан әлемде';
    const width = w(text);
    expect(wrapText(text, width, 10, 400)).toEqual([text]);
    expect(wrapText(text, width, 10, 700)).toEqual(['Қазақстан', 'әлемде']);
  });

  it('never returns an empty line and keeps every line in the width unless it is one word', () => {
    const text = 'Tokayev met Niinistö, Nataša Pirc Musar and the heads of Қазақстан әлемде delegations';
    for (const maxWidth of [0, 20, 60, 120, 240, 1000]) {
      const lines = wrapText(text, maxWidth, 10);
      expect(lines.join(' ')).toBe(text);
      for (const line of lines) {
        expect(line).not.toBe('');
        if (line.includes(' ')) expect(w(line)).toBeLessThanOrEqual(maxWidth);
      }
    }
  });
});

describe('truncate', () => {
  const w = (text: string) => textWidth(text, 10);
  const cases: { name: string; text: string; maxWidth: number; expected: string }[] = [
    { name: 'fits: unchanged', text: 'Казахстан', maxWidth: 1000, expected: 'Казахстан' },
    { name: 'exact fit: unchanged', text: 'Казахстан', maxWidth: w('Казахстан'), expected: 'Казахстан' },
    { name: 'empty text', text: '', maxWidth: 0, expected: '' },
    { name: 'width 0', text: 'Казахстан', maxWidth: 0, expected: '' },
    { name: 'narrower than the ellipsis', text: 'Казахстан', maxWidth: w('…') - 0.001, expected: '' },
    { name: 'room for the ellipsis only', text: 'Казахстан', maxWidth: w('…'), expected: '…' },
    { name: 'cut inside a word', text: 'Казахстан', maxWidth: w('Каза…'), expected: 'Каза…' },
    {
      name: 'no space before the ellipsis',
      text: 'Қазақстан әлемде',
      maxWidth: w('Қазақстан …'),
      expected: 'Қазақстан…',
    },
    { name: 'emoji are not split', text: '😀😀😀', maxWidth: w('😀…'), expected: '😀…' },
  ];
  it.each(cases)('$name', ({ text, maxWidth, expected }) => {
    expect(truncate(text, maxWidth, 10)).toBe(expected);
  });

  it('always fits and keeps the longest prefix that does', () => {
    const text = 'Қазақстан Республикасының Президенті Қасым-Жомарт Тоқаев';
    for (let maxWidth = 0; maxWidth <= w(text) + 5; maxWidth += 3) {
      for (const weight of WEIGHTS) {
        const out = truncate(text, maxWidth, 10, weight);
        expect(textWidth(out, 10, weight)).toBeLessThanOrEqual(maxWidth);
        if (out === text || out === '') continue;
        const kept = out.slice(0, -1);
        expect(text.startsWith(kept)).toBe(true);
        // The next longer cut of the text would not have fitted.
        const longer = Array.from(
          { length: text.length - kept.length },
          (_, i) => text.slice(0, kept.length + 1 + i).trimEnd() + '…',
        ).find((cut) => cut !== out);
        if (longer !== undefined) expect(textWidth(longer, 10, weight)).toBeGreaterThan(maxWidth);
      }
    }
  });
});

describe('fitList', () => {
  const names = ['Finland', 'Slovenia', 'Hungary', 'Türkiye', 'Қазақстан', 'Россия', 'United States'];
  const list = (k: number) => names.slice(0, k).join(', ') + (k < names.length ? ` and ${names.length - k} more` : '');
  /** The definition, by linear scan: the most entries named whose wrapping fits, else none. */
  function reference(width: number, maxLines: number): string[] {
    for (let k = names.length; k > 0; k--) {
      const lines = wrapText(list(k), width, 10);
      if (lines.length <= maxLines) return lines;
    }
    return wrapText(list(0), width, 10);
  }

  const cases: { name: string; width: number; maxLines: number; expected: string[] }[] = [
    { name: 'everything fits', width: 2000, maxLines: 1, expected: [list(names.length)] },
    { name: 'two names fit one line', width: textWidth(list(2), 10), maxLines: 1, expected: [list(2)] },
    { name: 'nothing fits: the summary alone', width: 0, maxLines: 1, expected: wrapText(list(0), 0, 10) },
  ];
  it.each(cases)('$name', ({ width, maxLines, expected }) => {
    expect(fitList(names.length, list, width, 10, maxLines)).toEqual(expected);
  });

  it('agrees with a linear scan at every width and line count', () => {
    for (let width = 0; width <= 400; width += 7) {
      for (const maxLines of [1, 2, 3, 5])
        expect(fitList(names.length, list, width, 10, maxLines)).toEqual(reference(width, maxLines));
    }
  });

  it('handles an empty list', () => {
    expect(fitList(0, () => 'no counterparts', 100, 10, 1)).toEqual(['no counterparts']);
  });

  it('measures in the weight it is given', () => {
    const width = textWidth(list(3), 10, 400);
    expect(fitList(names.length, list, width, 10, 1, 400)).toEqual([list(3)]);
    expect(fitList(names.length, list, width, 10, 1, 700)).not.toEqual([list(3)]);
  });
});

describe('fontFaceCss', () => {
  const woff2 = (weight: FontWeight) => readFileSync(file(`public/fonts/noto-sans-${weight}.woff2`)).toString('base64');

  it('writes one @font-face rule per font, in order, with the data inline', () => {
    const css = fontFaceCss([
      { weight: 400, woff2Base64: woff2(400) },
      { weight: 700, woff2Base64: woff2(700) },
    ]);
    const rules = css.split('\n');
    expect(rules).toHaveLength(2);
    for (const [i, weight] of WEIGHTS.entries()) {
      expect(rules[i]).toMatch(/^@font-face \{.*\}$/);
      expect(rules[i]).toContain(`font-family: ${FONT_FAMILY};`);
      expect(rules[i]).toContain(`font-weight: ${weight};`);
      expect(rules[i]).toContain(`url(data:font/woff2;base64,${woff2(weight)}) format('woff2')`);
    }
  });

  it('writes nothing for no fonts', () => {
    expect(fontFaceCss([])).toBe('');
  });

  const bad: { name: string; data: string }[] = [
    { name: 'empty data', data: '' },
    { name: 'a TTF instead of WOFF2', data: readFileSync(file('scripts/fonts/noto-sans-400.ttf')).toString('base64') },
    { name: 'a path instead of data', data: 'public/fonts/noto-sans-400.woff2' },
  ];
  it.each(bad)('rejects $name with a message saying what to pass', ({ data }) => {
    expect(() => fontFaceCss([{ weight: 400, woff2Base64: data }])).toThrow(/noto-sans-400\.woff2/);
  });

  it('does not mutate its input', () => {
    const fonts = Object.freeze([Object.freeze({ weight: 400 as const, woff2Base64: woff2(400) })]);
    const copy = structuredClone(fonts);
    fontFaceCss(fonts);
    expect(fonts).toEqual(copy);
  });
});

describe('font names', () => {
  it('the stack starts with the bundled family', () => {
    expect(FONT_STACK.startsWith(`${FONT_FAMILY},`)).toBe(true);
  });
});

describe('shipped font files', () => {
  it.each(WEIGHTS)('public/fonts/noto-sans-%i.woff2 is WOFF2 and under 60 KB', (weight) => {
    const path = file(`public/fonts/noto-sans-${weight}.woff2`);
    expect(existsSync(path)).toBe(true);
    expect(readFileSync(path).subarray(0, 4).toString('latin1')).toBe('wOF2');
    expect(statSync(path).size).toBeLessThan(60 * 1024);
  });

  it.each(WEIGHTS)('scripts/fonts/noto-sans-%i.ttf is a TrueType font', (weight) => {
    expect(readFileSync(file(`scripts/fonts/noto-sans-${weight}.ttf`)).readUInt32BE(0)).toBe(0x00010000);
  });

  it('the OFL licence travels with the fonts', () => {
    const licence = readFileSync(file('public/fonts/OFL.txt'), 'utf8');
    expect(
      licence.startsWith('Copyright 2022 The Noto Project Authors (https://github.com/notofonts/latin-greek-cyrillic)'),
    ).toBe(true);
    expect(licence).toContain('SIL OPEN FONT LICENSE Version 1.1');
  });
});
