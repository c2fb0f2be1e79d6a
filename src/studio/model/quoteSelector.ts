/**
 * Quotes in article text, after the W3C Web Annotation TextQuoteSelector: the exact passage, with
 * a little of the text before and after it, so the same words occurring twice can be told apart.
 * Matching follows the check-quotes rule (src/lib/data/quotes.ts): only white space may differ.
 * Offsets returned are in the original text, so a passage can be highlighted where it stands. Pure.
 */
export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface Span {
  start: number;
  end: number;
}

/** Characters of context kept either side (the W3C note suggests "a few words"). */
export const CONTEXT = 32;

/**
 * The selector for `text.slice(start, end)`, with white space at either end of the selection
 * left out (a double-click or a drag often takes a trailing space or line break with it).
 * Returns null for a selection of nothing but white space.
 */
export function makeSelector(
  text: string,
  start: number,
  end: number,
  context = CONTEXT,
): (QuoteSelector & Span) | null {
  let s = Math.max(0, Math.min(start, end));
  let e = Math.min(text.length, Math.max(start, end));
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (s === e) return null;
  return {
    exact: text.slice(s, e),
    prefix: text.slice(Math.max(0, s - context), s),
    suffix: text.slice(e, e + context),
    start: s,
    end: e,
  };
}

/** Text with each run of white space made one space, and where each of its characters came from. */
interface Normalized {
  text: string;
  /** Original offset of each character of `text`. */
  at: number[];
}

let cached: { source: string; normalized: Normalized } | undefined;

function normalize(source: string): Normalized {
  if (cached?.source === source) return cached.normalized;
  let text = '';
  const at: number[] = [];
  let space = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (/\s/.test(ch)) {
      space = text.length > 0;
      continue;
    }
    if (space) {
      text += ' ';
      at.push(i - 1);
      space = false;
    }
    text += ch;
    at.push(i);
  }
  const normalized = { text, at };
  cached = { source, normalized };
  return normalized;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Every place `quote` occurs in `text`, white space aside, as original offsets. */
export function findAll(text: string, quote: string): Span[] {
  const q = squash(quote);
  if (!q) return [];
  const n = normalize(text);
  const spans: Span[] = [];
  for (let i = n.text.indexOf(q); i >= 0; i = n.text.indexOf(q, i + 1)) {
    spans.push({ start: n.at[i]!, end: n.at[i + q.length - 1]! + 1 });
  }
  return spans;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Where a quote stands in the text: its one occurrence, or among several the one whose
 * surroundings best match the selector's prefix and suffix. Null when the text does not hold it.
 */
export function locate(text: string, quote: string, hint?: Pick<QuoteSelector, 'prefix' | 'suffix'>): Span | null {
  const spans = findAll(text, quote);
  if (spans.length <= 1 || !hint) return spans[0] ?? null;
  const p = squash(hint.prefix);
  const s = squash(hint.suffix);
  let best = spans[0]!;
  let bestScore = -1;
  for (const span of spans) {
    const before = squash(text.slice(Math.max(0, span.start - hint.prefix.length - 8), span.start));
    const after = squash(text.slice(span.end, span.end + hint.suffix.length + 8));
    const score = commonSuffix(before, p) + commonPrefix(after, s);
    if (score > bestScore) [best, bestScore] = [span, score];
  }
  return best;
}

/** A piece of the text to draw, and the marks (quote numbers) that cover it. */
export interface Segment {
  text: string;
  start: number;
  marks: number[];
}

/**
 * The text cut where highlighted spans begin and end, so overlapping quotes can be drawn: each
 * segment lists every span (by position in `spans`) that covers it. Segments join back to `text`.
 */
export function segments(text: string, spans: readonly Span[]): Segment[] {
  const cuts = new Set<number>([0, text.length]);
  for (const s of spans) {
    cuts.add(Math.max(0, Math.min(text.length, s.start)));
    cuts.add(Math.max(0, Math.min(text.length, s.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    const marks: number[] = [];
    spans.forEach((s, k) => {
      if (s.start <= start && s.end >= end) marks.push(k);
    });
    out.push({ text: text.slice(start, end), start, marks });
  }
  return out;
}
