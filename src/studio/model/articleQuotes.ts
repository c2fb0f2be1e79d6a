/**
 * The quotes of the work that cite one article: where each stands in its text (found with the
 * selector kept when it was selected, so a repeated phrase is marked where it was taken from),
 * and which are not in the text at all. Pure.
 */
import { locate, type Span } from './quoteSelector';
import { isObject, records, type Work } from './editedDataset';
import { own } from './own';

export interface PlacedQuote {
  collection: 'engagements' | 'deals';
  index: number;
  citation: number;
  quote: string;
  /** Where it stands in the text; null when the text does not hold it. */
  span: Span | null;
}

export function quotesOf(work: Work, sourceId: string): PlacedQuote[] {
  const text = own(work.texts, sourceId) ?? '';
  const selectors = own(work.selectors, sourceId) ?? [];
  const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
  const out: PlacedQuote[] = [];
  for (const collection of ['engagements', 'deals'] as const) {
    records(work, collection).forEach((r, index) => {
      (Array.isArray(r.citations) ? r.citations : []).forEach((c, citation) => {
        if (!isObject(c) || c.source !== sourceId || typeof c.quote !== 'string' || !c.quote.trim()) return;
        const hint = selectors.find((s) => squash(s.exact) === squash(c.quote as string));
        out.push({ collection, index, citation, quote: c.quote, span: text ? locate(text, c.quote, hint) : null });
      });
    });
  }
  return out;
}
