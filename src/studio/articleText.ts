/**
 * Article text from a file: a `.txt` as it is, an `.html` page as the text a reader sees (no
 * scripts, styles or markup; one line per paragraph, heading or list item). Uses the browser's
 * DOMParser, which never runs the page's scripts or loads its images.
 */

const HIDDEN = 'script, style, noscript, template, head, iframe, object, svg, canvas, [hidden], [aria-hidden="true"]';
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL',
]);

/** The visible text of an HTML document, paragraphs on their own lines. */
export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
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
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** Plain text as typed or pasted: Windows line ends made "\n", a byte-order mark dropped. */
export function cleanText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

export const isHtmlName = (name: string) => /\.x?html?$/i.test(name);

/** The text of a dropped or picked article file. */
export async function articleFromFile(file: File): Promise<string> {
  const raw = await file.text();
  return isHtmlName(file.name) || file.type === 'text/html' ? htmlToText(raw) : cleanText(raw);
}
