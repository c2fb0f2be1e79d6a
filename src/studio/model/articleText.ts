/**
 * Article text from a file: a `.txt` as it is, an `.html` page as the text a reader sees (no
 * scripts, styles or markup, nothing the page's own styles hide; one line per paragraph, heading
 * or list item). Uses the browser's
 * DOMParser, which never runs the page's scripts or loads its images.
 */

const HIDDEN = 'script, style, noscript, template, head, iframe, object, svg, canvas, [hidden], [aria-hidden="true"]';
const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TR',
  'UL',
]);

/** A declaration block that hides what it applies to: no box, no visible ink, or moved out of sight. */
const HIDING =
  /(?:^|[;{\s])(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)|opacity\s*:\s*0(?:\.0*)?\s*(?:;|$|!)|font-size\s*:\s*0(?:px|em|rem|%)?\s*(?:;|$|!)|(?:left|top)\s*:\s*-\d{3,}px)/i;

/**
 * Removes what the page's own styles hide, so that an article cannot supply "quotes" its readers
 * never see: inline `style` attributes, and the rules of its `<style>` blocks outside `@` blocks
 * (media queries may apply to print only). Returns how many elements were removed.
 */
function dropStyledHidden(doc: Document): number {
  let removed = 0;
  const drop = (el: Element) => {
    if (!el.isConnected) return;
    el.remove();
    removed++;
  };
  doc.querySelectorAll('[style]').forEach((el) => HIDING.test(el.getAttribute('style') ?? '') && drop(el));
  for (const style of doc.querySelectorAll('style')) {
    // Comments out, then @-blocks (one level of nesting) out: only plain top-level rules are read.
    const css = (style.textContent ?? '')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/@[^{}]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, '');
    for (const rule of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
      if (!HIDING.test(rule[2]!)) continue;
      try {
        doc.querySelectorAll(rule[1]!.trim()).forEach(drop);
      } catch {
        // A selector the parser does not know hides nothing we can find.
      }
    }
  }
  return removed;
}

/** The text of an HTML article as its readers see it, and how many hidden elements were left out. */
export function htmlArticle(html: string): { text: string; hiddenLeftOut: number } {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const hiddenLeftOut = dropStyledHidden(doc) + doc.querySelectorAll('body [hidden], body [aria-hidden="true"]').length;
  doc.querySelectorAll(HIDDEN).forEach((el) => el.remove());
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push((node.textContent ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const block = BLOCK.has((node as Element).tagName);
    if (block) parts.push('\n');
    node.childNodes.forEach(walk);
    if (block) parts.push('\n');
  };
  if (doc.body) walk(doc.body);
  const text = parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
  return { text, hiddenLeftOut };
}

/** Plain text as typed or pasted: Windows line ends made "\n", a byte-order mark dropped. */
export function cleanText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

export const isHtmlName = (name: string) => /\.x?html?$/i.test(name);

/** The text of a dropped or picked article file, and how many hidden elements of a page were left out. */
export async function articleFromFile(file: File): Promise<{ text: string; hiddenLeftOut: number }> {
  const raw = await file.text();
  return isHtmlName(file.name) || file.type === 'text/html'
    ? htmlArticle(raw)
    : { text: cleanText(raw), hiddenLeftOut: 0 };
}
