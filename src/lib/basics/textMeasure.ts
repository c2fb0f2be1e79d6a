/**
 * The one text measure of the product: every wrap and truncation, on the page and in exported
 * SVG/PNG files, measures with the advance widths of the bundled Noto Sans subset (see
 * scripts/build-fonts.mjs), so a line breaks in the same place wherever it is drawn.
 */
import { DIGITS, FALLBACK_WIDTH, RUNS, UNITS_PER_EM, WIDTHS } from './glyphWidths';

export type FontWeight = 400 | 700;

/** The family name of the bundled font, as its @font-face rules declare it. */
export const FONT_FAMILY = "'Noto Sans'";

/** What exported SVG files name: the bundled font first, then faces close to it in width. */
export const FONT_STACK = "'Noto Sans', 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif";

const ELLIPSIS = '…';

function decode(encoded: string): Map<number, number> {
  const advances = new Map<number, number>();
  let i = 0;
  for (const [first, count] of RUNS) {
    for (let c = first; c < first + count; c++, i += 2) {
      advances.set(c, DIGITS.indexOf(encoded.charAt(i)) * 64 + DIGITS.indexOf(encoded.charAt(i + 1)));
    }
  }
  return advances;
}

const ADVANCES: Record<FontWeight, Map<number, number>> = { 400: decode(WIDTHS[400]), 700: decode(WIDTHS[700]) };
const SPACE = 0x20;

/**
 * Width in pixels of `text` set in the bundled font: the sum of its glyphs' advances. Kerning is
 * left out (browsers and resvg apply it, and Noto Sans's pairs mostly tighten), so the measure
 * errs slightly wide, which wraps a line early rather than letting it overflow.
 */
export function textWidth(text: string, fontSize: number, weight: FontWeight = 400): number {
  const advances = ADVANCES[weight];
  let units = 0;
  // for...of walks code points, so a character outside the BMP (an emoji) counts once.
  for (const char of text) {
    const c = char.codePointAt(0) ?? SPACE;
    // Tabs and newlines are drawn as spaces by SVG and by CSS's default white-space.
    const advance = advances.get(c) ?? (/\s/.test(char) ? advances.get(SPACE) : undefined);
    units += advance ?? FALLBACK_WIDTH;
  }
  return (units * fontSize) / UNITS_PER_EM;
}

/**
 * Greedy word wrap to a pixel width. A word wider than the line stays whole on its own line
 * (breaking inside a name would misspell it); whitespace-only text gives no lines.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, weight: FontWeight = 400): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize, weight) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * `text` shortened to fit `maxWidth`, ending in "…"; unchanged when it fits, "" when not even "…"
 * fits. Cuts fall between code points, never inside a surrogate pair; a combining accent could
 * still be cut from its letter, which the subset's precomposed Cyrillic and Latin make rare.
 */
export function truncate(text: string, maxWidth: number, fontSize: number, weight: FontWeight = 400): string {
  if (textWidth(text, fontSize, weight) <= maxWidth) return text;
  if (textWidth(ELLIPSIS, fontSize, weight) > maxWidth) return '';
  const chars = Array.from(text);
  // "Kazakh…" rather than "Kazakh …": trailing spaces go before the ellipsis is added.
  const cut = (k: number) => chars.slice(0, k).join('').trimEnd() + ELLIPSIS;
  // Width grows with k (trimming only removes what the previous k added), so binary-search the
  // longest prefix that fits; k = 0 ("…" alone) is known to fit.
  let lo = 0;
  let hi = chars.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(cut(mid), fontSize, weight) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return cut(lo);
}

/**
 * The longest wrapping of a list that fits `maxLines`: `text(k)` words the list with its first k
 * entries named (and the rest summarised); the most entries that still fit are named.
 */
export function fitList(
  count: number,
  text: (k: number) => string,
  width: number,
  fontSize: number,
  maxLines: number,
  weight: FontWeight = 400,
): string[] {
  const wrap = (k: number) => wrapText(text(k), width, fontSize, weight);
  const all = wrap(count);
  if (all.length <= maxLines) return all;
  // Lines grow with the number of entries named: binary-search the most that fit.
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (wrap(mid).length <= maxLines) lo = mid;
    else hi = mid - 1;
  }
  return wrap(lo);
}

// Base64 of a WOFF2 file starts with these characters: the file's signature is "wOF2".
const WOFF2_BASE64 = /^d09GM[A-Za-z0-9+/]*={0,2}$/;

/**
 * `@font-face` rules that carry the fonts inside a stylesheet as data: URIs, so an exported SVG
 * file shows the bundled font when opened anywhere, offline, with no file beside it.
 */
export function fontFaceCss(fonts: readonly { weight: FontWeight; woff2Base64: string }[]): string {
  return fonts
    .map(({ weight, woff2Base64 }) => {
      if (!WOFF2_BASE64.test(woff2Base64)) {
        throw new Error(
          `fontFaceCss: the ${weight} font is not base64-encoded WOFF2. Pass the bytes of ` +
            `public/fonts/noto-sans-${weight}.woff2 in base64 (Buffer's toString('base64') in Node), not a path or a TTF.`,
        );
      }
      return (
        `@font-face { font-family: ${FONT_FAMILY}; font-style: normal; font-weight: ${weight}; ` +
        `src: url(data:font/woff2;base64,${woff2Base64}) format('woff2'); }`
      );
    })
    .join('\n');
}
