/**
 * Checks that every quote a dataset cites can be found, word for word, in the article it names.
 * Pure: the caller reads the articles (from disk, a fixture or a request) and passes their text.
 */
import type { Citation, Dataset } from './schema';

/** A citation whose quote is not in its article's text. */
export interface MissingQuote {
  /** JSON path of the citation, such as `engagements[3].citations[0]`. */
  path: string;
  source: string;
  quote: string;
}

export interface QuoteCheck {
  missing: MissingQuote[];
  /** Citations whose source was given, found or not. */
  checked: number;
  /** Citations of sources whose text was not given: nothing is known about them. */
  unchecked: number;
}

/**
 * Collapse every run of white space to one space and trim. JavaScript's `\s` covers the
 * non-breaking and other Unicode spaces that pasted article text often carries.
 */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Every citation in the dataset with its JSON path, engagements first, in document order. */
function citationsWithPaths(dataset: Dataset): { path: string; citation: Citation }[] {
  const out: { path: string; citation: Citation }[] = [];
  const collect = (kind: 'engagements' | 'deals', records: readonly { citations: readonly Citation[] }[]) =>
    records.forEach((r, i) => r.citations.forEach((citation, j) => out.push({ path: `${kind}[${i}].citations[${j}]`, citation })));
  collect('engagements', dataset.engagements);
  collect('deals', dataset.deals);
  return out;
}

/**
 * Compare each citation with the text of its source. Quotes must appear verbatim, characters and
 * punctuation included (curly quotes stay curly); only white space may differ.
 *
 * @param articles full text of each article, keyed by source id
 */
export function checkQuotes(dataset: Dataset, articles: Readonly<Record<string, string>>): QuoteCheck {
  const texts = new Map<string, string>();
  for (const [id, text] of Object.entries(articles)) texts.set(id, normalizeWhitespace(text));

  const result: QuoteCheck = { missing: [], checked: 0, unchecked: 0 };
  for (const { path, citation } of citationsWithPaths(dataset)) {
    const text = texts.get(citation.source);
    if (text === undefined) {
      result.unchecked++;
      continue;
    }
    result.checked++;
    const quote = normalizeWhitespace(citation.quote);
    // An empty quote would be "found" in any text, so it supports nothing.
    if (quote === '' || !text.includes(quote)) {
      result.missing.push({ path, source: citation.source, quote: citation.quote });
    }
  }
  return result;
}
