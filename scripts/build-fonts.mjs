/**
 * Builds the one font the product draws text with, so the page, the SVG files and the PNGs
 * look the same on every machine without fetching anything:
 *   node scripts/build-fonts.mjs
 * It subsets Noto Sans 400 and 700 (SIL OFL 1.1, from the @expo-google-fonts/noto-sans
 * devDependency) to the characters below and writes
 *   public/fonts/noto-sans-{400,700}.woff2   the page's @font-face and the SVG files' embedded font
 *   scripts/fonts/noto-sans-{400,700}.ttf    the command-line PNG rasteriser (resvg reads no WOFF2)
 *   public/fonts/OFL.txt                     the licence, which must travel with the font
 *   src/lib/basics/glyphWidths.ts                every advance width of the subset, for textMeasure.ts
 * Output is deterministic (same inputs, same bytes), so the generated files are committed and a
 * diff after re-running means the font or the character list changed.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import opentype from 'opentype.js';
import subsetFont from 'subset-font';

const ROOT = resolve(import.meta.dirname, '..');
const SOURCE = resolve(ROOT, 'node_modules/@expo-google-fonts/noto-sans');
const WEIGHTS = [
  { weight: 400, file: '400Regular/NotoSans_400Regular.ttf' },
  { weight: 700, file: '700Bold/NotoSans_700Bold.ttf' },
];

/** [first, last] code point ranges kept whole wherever Noto Sans draws them. */
const RANGES = [
  [0x0020, 0x007e], // Basic Latin
  [0x00a0, 0x00ff], // Latin-1 Supplement: Niinistö, ×, «», ·, no-break space (ru/kk number groups)
  [0x0100, 0x017f], // Latin Extended-A: Nataša, Novák, Erdoğan, Kazakh Latin Ğ İ Ş Ū
  [0x018f, 0x018f], // Ə, with ə below (Azerbaijani names: Əliyev)
  [0x0218, 0x021b], // Ș ș Ț ț (Romanian names; Ş with a cedilla is another letter)
  [0x0259, 0x0259], // ə
  [0x0400, 0x04ff], // Cyrillic: Russian and every Kazakh letter (ә ғ қ ң ө ұ ү һ і)
  [0x2000, 0x206f], // General Punctuation: dashes, quotes, …, ‰, primes, thin and zero-width spaces
  [0x20a0, 0x20c0], // Currency Symbols: € ₸ ₽ and the rest of the block, which costs little
];

/**
 * Further characters the product writes. The letters, punctuation and currency signs must be in
 * the font (the build fails otherwise); the arrows, shapes and math signs are asked for too, but
 * Noto Sans does not draw them (Noto Sans Math and Noto Sans Symbols 2 do): the build lists them
 * and they stay with the fallback fonts of the font stack.
 */
const REQUIRED = '–—‘’“”«»…·•‹›‰′″$€£₸₽№×−™';
const WANTED = '≈≤≥▲▼↕▾▴✕✓●○◆★☆→←';

const FEATURES = [
  'ccmp',
  'locl',
  'mark',
  'mkmk',
  'kern',
  'liga',
  'clig',
  'calt',
  'rlig',
  'case',
  'lnum',
  'pnum',
  'tnum',
];

/** The licence's first line: copying another font's licence by mistake must fail the build. */
const COPYRIGHT = 'Copyright 2022 The Noto Project Authors (https://github.com/notofonts/latin-greek-cyrillic)';

const codePoints = new Set();
for (const [first, last] of RANGES) for (let c = first; c <= last; c++) codePoints.add(c);
for (const ch of REQUIRED + WANTED) codePoints.add(ch.codePointAt(0));

const hex = (c) => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
const written = [];

function write(path, data) {
  const file = resolve(ROOT, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, data);
  written.push([path, Buffer.byteLength(data)]);
}

function parse(bytes) {
  return opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

const widths = new Map(); // weight -> Map(code point -> advance in 1/1000 em)
let notDrawn = [];
for (const { weight, file } of WEIGHTS) {
  const source = readFileSync(resolve(SOURCE, file));
  const sourceFont = parse(source);
  const missing = [...codePoints].filter((c) => !sourceFont.charToGlyphIndex(String.fromCodePoint(c)));
  const missingRequired = [...REQUIRED].filter((ch) => missing.includes(ch.codePointAt(0)));
  if (missingRequired.length > 0) {
    throw new Error(
      `${file} lacks ${missingRequired.join(' ')}, which the product needs. ` +
        'Check that node_modules/@expo-google-fonts/noto-sans is the Noto Sans of package-lock.json (npm ci).',
    );
  }
  notDrawn = missing.filter((c) => !RANGES.some(([first, last]) => c >= first && c <= last));

  // Ask only for what the font has: the subset's cmap is then exactly this list.
  const text = [...codePoints]
    .filter((c) => !missing.includes(c))
    .map((c) => String.fromCodePoint(c))
    .join('');
  const options = {
    // Name IDs 13-14 hold the licence and its URL; the OFL asks that they travel with the font.
    preserveNameIds: [13, 14],
    // The features browsers apply by default, plus the figures CSS asks for (tabular-nums).
    // Keeping all of them would pull small caps, old-style figures, fractions and stylistic sets
    // into the subset: a quarter more bytes for nothing the product draws.
    keepFeatures: FEATURES,
  };
  const ttf = await subsetFont(source, text, { ...options, targetFormat: 'sfnt' });
  const woff2 = await subsetFont(source, text, { ...options, targetFormat: 'woff2' });
  write(`scripts/fonts/noto-sans-${weight}.ttf`, ttf);
  write(`public/fonts/noto-sans-${weight}.woff2`, woff2);

  // Widths come from the subset itself, so the table describes the file that is shipped.
  const font = parse(ttf);
  const advances = new Map();
  for (const c of Object.keys(font.tables.cmap.glyphIndexMap)
    .map(Number)
    .sort((a, b) => a - b)) {
    const advance = (font.charToGlyph(String.fromCodePoint(c)).advanceWidth * 1000) / font.unitsPerEm;
    advances.set(c, Math.round(advance));
  }
  widths.set(weight, advances);
}

const [regular, bold] = WEIGHTS.map(({ weight }) => [...widths.get(weight).keys()]);
if (regular.join() !== bold.join()) {
  throw new Error('The 400 and 700 subsets hold different characters; glyphWidths.ts assumes one list for both.');
}

// Runs of consecutive code points and two base-64 digits per width (0-4095: ‰ and ‱ are wider
// than an em) keep the table, which the page imports, to a few KB.
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_';
const runs = [];
for (const c of regular) {
  const last = runs.at(-1);
  if (last && last[0] + last[1] === c) last[1]++;
  else runs.push([c, 1]);
}
const encode = (weight) =>
  regular
    .map((c) => {
      const w = widths.get(weight).get(c);
      if (w < 0 || w >= 64 * 64) throw new Error(`${hex(c)} ${weight} is ${w}/1000 em wide: widen the encoding.`);
      return DIGITS[Math.floor(w / 64)] + DIGITS[w % 64];
    })
    .join('');

/** Items on lines of at most `width` characters, indented by two spaces. */
function wrapItems(items, width) {
  const lines = [];
  for (const item of items) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + item.length <= width - 2) lines[lines.length - 1] = `${last} ${item}`;
    else lines.push(item);
  }
  return lines.map((line) => `  ${line}`).join('\n');
}
const chunk = (s, n) => s.match(new RegExp(`.{1,${n}}`, 'g')) ?? [];
const widthsLiteral = (weight) =>
  chunk(encode(weight), 96)
    .map((line) => `    '${line}'`)
    .join(' +\n');
const module = `// Generated by scripts/build-fonts.mjs from the Noto Sans subset in scripts/fonts/: do not edit.
// Re-run \`node scripts/build-fonts.mjs\` after changing the font or its character list.

/** Advance widths are in 1/1000 em; the font's own unitsPerEm is ${1000}. */
export const UNITS_PER_EM = 1000;

/**
 * Width assumed for a character the subset does not draw: a fallback font draws it, whose width
 * cannot be known here. A full em is the widest common case (CJK, emoji, symbols); guessing wide
 * only wraps a line early, guessing narrow would let text overflow its box.
 */
export const FALLBACK_WIDTH = 1000;

/** The subset's code points as runs of consecutive ones: [first code point, count]. */
export const RUNS: readonly (readonly [number, number])[] = [
${wrapItems(
  runs.map(([c, n]) => `[0x${c.toString(16)}, ${n}],`),
  98,
)}
];

/** The digits of WIDTHS: a width w is written DIGITS[w / 64 | 0] + DIGITS[w % 64]. */
export const DIGITS = '${DIGITS}';

/** One width per code point of RUNS, in order, each as two DIGITS. */
export const WIDTHS: Readonly<Record<400 | 700, string>> = {
${WEIGHTS.map(({ weight }) => `  ${weight}:\n${widthsLiteral(weight)},`).join('\n')}
};
`;
write('src/lib/basics/glyphWidths.ts', module);

const licence = readFileSync(resolve(SOURCE, 'LICENSE_FONT'), 'utf8');
if (!licence.startsWith(COPYRIGHT) || !licence.includes('SIL OPEN FONT LICENSE Version 1.1')) {
  throw new Error(
    `${relative(ROOT, resolve(SOURCE, 'LICENSE_FONT'))} is not Noto Sans's OFL 1.1 text; check the installed package.`,
  );
}
write('public/fonts/OFL.txt', licence);

console.log(
  `Noto Sans subset: ${regular.length} characters in ${runs.length} runs, weights ${WEIGHTS.map((w) => w.weight).join(' and ')}`,
);
if (notDrawn.length > 0) {
  console.log(
    `Not in Noto Sans, left to the fallback fonts: ${notDrawn.map((c) => `${String.fromCodePoint(c)} ${hex(c)}`).join(', ')}`,
  );
}
for (const [path, size] of written) console.log(`${(size / 1024).toFixed(1).padStart(7)} KB  ${path}`);
