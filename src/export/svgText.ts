/**
 * Text helpers for exported SVG, where there is no CSS layout: a font stack every desktop has,
 * a width estimate good enough to wrap lines, and clean-up of the rendered markup.
 */

export const EXPORT_FONT = "'Helvetica Neue', Helvetica, Arial, 'Liberation Sans', sans-serif";

/** Approximate advance width of text in a sans-serif face (0.55 em per character on average). */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.55;
}

/** Greedy word wrap to a pixel width; a single long word stays on its own line. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * A standalone SVG file from rendered markup: Svelte's hydration comments removed, an XML
 * prolog added. The browser download and the command-line export both end here; their files
 * are the same document (attribute order may differ: the DOM and svelte/server write them in
 * different orders), which tests check after canonicalising both.
 */
export function svgFile(markup: string): string {
  const svg = markup
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\s+(?=\/?>)/g, '')
    // The DOM serialises U+00A0 as &nbsp;, which XML does not define: the file would not parse.
    .replaceAll('&nbsp;', '&#160;')
    .trim();
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}

/**
 * The longest wrapping of a list that fits `maxLines`: `text(k)` words the list with its first k
 * entries named (and the rest summarised); the most entries that still fit are named.
 */
export function fitList(count: number, text: (k: number) => string, width: number, fontSize: number, maxLines: number): string[] {
  const wrap = (k: number) => wrapText(text(k), width, fontSize);
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
