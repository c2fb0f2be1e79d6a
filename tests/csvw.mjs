// How a reader's tools take a CSV download and its CSV on the Web metadata, shared by the unit
// tests (the function's and the command line's files) and the browser tests (the page's files):
// bytes decoded as UTF-8 the way browsers and pandas do (byte-order mark dropped), parsed by
// d3-dsv with its default options, and the metadata checked field by field against the parts of
// the CSVW specification it uses (https://www.w3.org/TR/tabular-metadata/).
import { csvParseRows } from 'd3-dsv';

/** A text cell a spreadsheet would run as a formula; numbers written as text are read as numbers. */
const LIVE_FORMULA = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;

/**
 * The CSV as a strict reader sees it: UTF-8 (invalid bytes throw), the header row first, every
 * row as wide as the header, every row ended by the same line terminator (CRLF).
 * @param {Uint8Array | string} bytes the file's bytes (a string is taken as already decoded, BOM included)
 * @returns {{ header: string[], rows: string[][], text: string }}
 */
export function readCsvStrictly(bytes) {
  const text =
    typeof bytes === 'string' ? bytes.replace(/^\ufeff/, '') : new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  if (text.startsWith('\ufeff')) throw new Error('a second byte-order mark: the header would start with U+FEFF');
  if (text.startsWith('#')) throw new Error(`line 1 is a comment, not the header row: ${text.slice(0, 60)}`);
  const [header, ...rows] = csvParseRows(text);
  if (!header) throw new Error('no header row');
  rows.forEach((row, i) => {
    if (row.length !== header.length)
      throw new Error(`row ${i + 2} has ${row.length} cells, the header ${header.length}`);
  });
  // Outside quoted cells every line ends with CRLF (a quoted cell keeps its own line breaks).
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '\n' && text[i - 1] !== '\r') throw new Error(`a bare LF ends a row at character ${i}`);
    else if (!quoted && c === '\r' && text[i + 1] !== '\n') throw new Error(`a bare CR ends a row at character ${i}`);
  }
  if (!text.endsWith('\r\n')) throw new Error('the last row is not ended by CRLF');
  return { header, rows, text };
}

/** Every string in a JSON value, with where it is. */
function* strings(value, path = '$') {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, `${path}[${i}]`);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) yield* strings(v, `${path}.${k}`);
}

/** Cells and strings a spreadsheet would run: text starting with = + - @ tab or CR that is not a plain number. */
export function liveFormulas(/** @type {Iterable<[string, string]>} */ cells) {
  return [...cells]
    .filter(([, v]) => LIVE_FORMULA.test(v) && !PLAIN_NUMBER.test(v))
    .map(([where, v]) => `${where}: ${JSON.stringify(v)}`);
}

/** The strings of a JSON document that a spreadsheet importing it would run as formulas. */
export function liveFormulasInJson(/** @type {unknown} */ json) {
  return liveFormulas(strings(json));
}

/** The cells of a parsed CSV that a spreadsheet would run as formulas. */
export function liveFormulasInCsv(/** @type {{ header: string[], rows: string[][] }} */ csv) {
  return liveFormulas(
    [csv.header, ...csv.rows].flatMap((row, r) => row.map((v, c) => [`row ${r + 1} column ${c + 1}`, v])),
  );
}

const BUILT_IN = new Set([
  'string',
  'integer',
  'number',
  'decimal',
  'double',
  'boolean',
  'date',
  'dateTime',
  'gYear',
  'anyURI',
  'json',
]);
// Properties of a table description (CSVW 5.3 and 5.1); anything else must be a prefixed common property.
const TABLE_KEYS = new Set([
  '@context',
  '@id',
  '@type',
  'url',
  'dialect',
  'notes',
  'tableSchema',
  'tableDirection',
  'transformations',
  'suppressOutput',
]);
const COLUMN_KEYS = new Set([
  'name',
  'titles',
  'datatype',
  'null',
  'required',
  'lang',
  'default',
  'separator',
  'ordered',
  'textDirection',
  'propertyUrl',
  'valueUrl',
  'aboutUrl',
  'virtual',
  'suppressOutput',
  '@id',
  '@type',
]);
// A column name is a URI template variable name (RFC 6570) and does not start with "_" (CSVW 5.6).
const NAME = /^(?:[A-Za-z0-9]|%[0-9A-Fa-f]{2})(?:\.?(?:[A-Za-z0-9_]|%[0-9A-Fa-f]{2}))*$/;

/**
 * What is wrong with a CSV on the Web table description, for the CSV it describes (empty when
 * nothing is): the fields this product writes, checked as the specification defines them.
 * @param {any} meta the parsed `<name>.csv-metadata.json`
 * @param {{ csvName: string, header: string[], rows?: string[][] }} csv the CSV's file name, header row and (to check each cell against its column's datatype) rows
 * @returns {string[]}
 */
export function csvwProblems(meta, csv) {
  const problems = [];
  const need = (ok, message) => ok || problems.push(message);
  need(meta && typeof meta === 'object' && !Array.isArray(meta), 'the metadata is a JSON object');
  if (!problems.length) {
    const context = Array.isArray(meta['@context']) ? meta['@context'][0] : meta['@context'];
    need(
      context === 'http://www.w3.org/ns/csvw',
      `@context is "http://www.w3.org/ns/csvw" (got ${JSON.stringify(meta['@context'])})`,
    );
    need(meta.url === csv.csvName, `url names the CSV file "${csv.csvName}" (got ${JSON.stringify(meta.url)})`);
    for (const key of Object.keys(meta))
      need(
        TABLE_KEYS.has(key) || /^[a-z]+:[^/]/.test(key),
        `"${key}" is a CSVW property or a prefixed common property (dc:, rdfs:, schema:)`,
      );
    need(typeof meta['dc:title'] === 'string' && meta['dc:title'].length > 0, 'dc:title is a non-empty string');
    need(
      typeof meta['dc:description'] === 'string' && meta['dc:description'].length > 0,
      'dc:description (the context statement) is a non-empty string',
    );
    const sources = meta['dc:source'];
    need(Array.isArray(sources) && sources.length > 0, 'dc:source lists the sources');
    for (const [i, s] of (Array.isArray(sources) ? sources : []).entries()) {
      need(
        typeof s?.['dc:publisher'] === 'string' && s['dc:publisher'].length > 0,
        `dc:source[${i}] names its dc:publisher`,
      );
      need(typeof s?.['dc:title'] === 'string', `dc:source[${i}] has a dc:title`);
      if (s && '@id' in s)
        need(/^https?:\/\/\S+$/.test(s['@id']), `dc:source[${i}].@id is an absolute http(s) address`);
    }
    if (meta.dialect !== undefined) {
      need(meta.dialect.header !== false, 'the dialect says there is a header row');
      need(meta.dialect.encoding === undefined || /^utf-8$/i.test(meta.dialect.encoding), 'the dialect says UTF-8');
    }
    const columns = meta.tableSchema?.columns;
    need(Array.isArray(columns), 'tableSchema.columns is a list');
    if (Array.isArray(columns)) {
      need(
        JSON.stringify(columns.map((c) => c?.name)) === JSON.stringify(csv.header),
        `the columns are named as the header row, in its order (${columns.map((c) => c?.name).join(',')} vs ${csv.header.join(',')})`,
      );
      need(new Set(columns.map((c) => c?.name)).size === columns.length, 'column names are unique');
      for (const [i, c] of columns.entries()) {
        const at = `column ${i + 1} (${c?.name})`;
        for (const key of Object.keys(c ?? {}))
          need(
            COLUMN_KEYS.has(key) || /^[a-z]+:[^/]/.test(key),
            `${at}: "${key}" is a column property or a prefixed common property`,
          );
        need(
          typeof c?.name === 'string' && NAME.test(c.name) && !c.name.startsWith('_'),
          `${at}: name is a URI template variable name`,
        );
        const titles =
          typeof c?.titles === 'string'
            ? [c.titles]
            : Array.isArray(c?.titles)
              ? c.titles
              : c?.titles && typeof c.titles === 'object'
                ? Object.values(c.titles).flat()
                : [];
        need(titles.includes(csv.header[i]), `${at}: titles include the header cell "${csv.header[i]}"`);
        const base = typeof c?.datatype === 'object' ? c.datatype?.base : c?.datatype;
        need(BUILT_IN.has(base), `${at}: datatype is a CSVW built-in datatype (got ${JSON.stringify(c?.datatype)})`);
        if (typeof c?.datatype === 'object' && c.datatype.format !== undefined) {
          let ok = true;
          try {
            new RegExp(c.datatype.format);
          } catch {
            ok = false;
          }
          need(ok, `${at}: datatype.format is a regular expression`);
        }
        need(c?.null === '', `${at}: null is "" (an empty cell is no value)`);
        // Each cell parses as its column's datatype (CSVW 6.4), an empty one being no value.
        const valid =
          base === 'integer'
            ? /^-?\d+$/
            : base === 'number'
              ? /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/
              : typeof c?.datatype === 'object' && c.datatype.format
                ? new RegExp(c.datatype.format)
                : undefined;
        const bad = valid ? (csv.rows ?? []).map((row) => row[i]).filter((v) => v !== '' && !valid.test(v)) : [];
        need(
          bad.length === 0,
          `${at}: every cell is a ${base}${valid && base === 'string' ? ` matching ${c.datatype.format}` : ''} (not ${bad
            .slice(0, 3)
            .map((v) => JSON.stringify(v))
            .join(', ')})`,
        );
        need(
          typeof c?.['dc:description'] === 'string' && c['dc:description'].length > 0,
          `${at}: dc:description says what it means`,
        );
      }
    }
  }
  return problems;
}
