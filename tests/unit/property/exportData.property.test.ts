// @vitest-environment node
// Downloads carry whatever text a dataset holds: every string must come back out of the CSV and
// the JSON exactly, and no text cell may reach a spreadsheet as a formula.
import { csvParseRows } from 'd3-dsv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOM, toCsv, toJson, type Cell, type JsonMeta, type Table } from '../../../src/lib/downloads/exportData';
import { fcParameters } from './fcParameters';

const TRIGGER = /^[=+\-@\t\r]/;
/** What guardCell leaves alone although it starts with a trigger: a plain number written as text. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
/** A guarded cell: the apostrophe guardCell added, before apostrophes of the text's own and a trigger. */
const GUARDED = /^'+[=+\-@\t\r]/;
const unguard = (cell: string) => (GUARDED.test(cell) ? cell.slice(1) : cell);

/** Pieces that break CSV writers and spreadsheets, and Unicode that breaks naive string code. */
const NASTY = [
  '"',
  '""',
  ',',
  ';',
  '\n',
  '\r',
  '\r\n',
  '\n\r',
  "'",
  '=',
  '+',
  '-',
  '@',
  '\t',
  '#',
  ' ',
  '\u00a0',
  '\ufeff',
  '\u200b',
  '\u200d',
  '\u0301',
  'e\u0301',
  '😀',
  '👩‍👩‍👧',
  '𝔸',
  '\ud800',
  '\udc00',
  'Қазақстан',
  'مرحبا',
  '1',
  '-5',
  '0.5',
  'NaN',
];
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.array(fc.oneof(fc.constantFrom(...NASTY), fc.string({ maxLength: 3 })), { maxLength: 6 }).map((p) => p.join('')),
);
// JSON has no -0 (JSON.stringify writes 0) and no NaN or Infinity: the data never holds them.
const number = fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n));
const cell: fc.Arbitrary<Cell | undefined> = fc.oneof(
  { weight: 5, arbitrary: text },
  { weight: 2, arbitrary: number },
  fc.constant(null),
  fc.constant(undefined),
);
const tableArb: fc.Arbitrary<Table> = fc.uniqueArray(text, { minLength: 1, maxLength: 5 }).chain((columns) =>
  fc.record({
    columns: fc.constant(columns),
    rows: fc.array(
      fc
        .tuple(...columns.map(() => cell))
        .map((cells) => Object.fromEntries(cells.flatMap((c, i) => (c === undefined ? [] : [[columns[i]!, c]])))),
      { maxLength: 5 },
    ),
  }),
);
/** The CSV's rows as a reader's program gets them: the byte-order mark dropped, the header row first. */
function readCsv(csv: string): string[][] {
  expect(csv.startsWith(BOM)).toBe(true);
  return csvParseRows(csv.slice(BOM.length));
}

describe('toCsv on generated tables', () => {
  it('gives back every string and number exactly, once the guard is undone', () => {
    fc.assert(
      fc.property(tableArb, (table) => {
        const [header, ...rows] = readCsv(toCsv(table));
        // The header row is guarded like every other row.
        expect(header!.map(unguard)).toEqual(table.columns);
        expect(rows).toHaveLength(table.rows.length);
        rows.forEach((row, i) => {
          expect(row).toHaveLength(table.columns.length);
          table.columns.forEach((column, j) => {
            const original = table.rows[i]![column];
            const written = row[j]!;
            if (typeof original === 'number') {
              // A number (a negative one too) is written as that number, never guarded.
              expect(written).toBe(String(original));
              expect(Number(written)).toBe(original);
            } else if (original === null || original === undefined) expect(written).toBe('');
            else expect(unguard(written)).toBe(original);
          });
        });
      }),
      fcParameters(800),
    );
  });

  it('guards every text cell that starts with a trigger, unless it is a plain number', () => {
    fc.assert(
      fc.property(tableArb, (table) => {
        const [, ...rows] = readCsv(toCsv(table));
        rows.forEach((row, i) =>
          table.columns.forEach((column, j) => {
            const original = table.rows[i]![column];
            if (typeof original !== 'string') return;
            const cellText = row[j]!;
            // No cell reaches a spreadsheet starting with a trigger, except a plain number it reads as that number.
            if (TRIGGER.test(cellText)) expect(cellText).toMatch(PLAIN_NUMBER);
            if (TRIGGER.test(original) && !PLAIN_NUMBER.test(original)) expect(cellText).toBe(`'${original}`);
          }),
        );
      }),
      fcParameters(800),
    );
  });

  it('keeps line ends inside cells as they were (CR, LF and CRLF), and ends rows with CRLF', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', '\r', '\n', '\r\n', '"', ','), { minLength: 1, maxLength: 8 }),
        (parts) => {
          const value = `x${parts.join('')}`;
          const csv = toCsv({ columns: ['v', 'n'], rows: [{ v: value, n: -1 }] });
          expect(csv.endsWith(',-1\r\n')).toBe(true);
          expect(readCsv(csv)).toEqual([
            ['v', 'n'],
            [value, '-1'],
          ]);
        },
      ),
      fcParameters(300),
    );
  });
});

describe('toJson on generated tables', () => {
  const meta: JsonMeta = { title: 'T', view: 'table', context: 'c', filters: {}, options: {}, lang: 'en', sources: [] };

  it('JSON.parse gives back exactly the columns, the rows and the metadata', () => {
    fc.assert(
      fc.property(tableArb, text, (table, title) => {
        const parsed = JSON.parse(toJson(table, { ...meta, title }));
        expect(parsed).toEqual({ ...meta, title, columns: table.columns, rows: table.rows });
        // toEqual treats a missing key and an undefined one alike: compare the keys as well.
        parsed.rows.forEach((row: object, i: number) => expect(Object.keys(row)).toEqual(Object.keys(table.rows[i]!)));
      }),
      fcParameters(500),
    );
  });
});
