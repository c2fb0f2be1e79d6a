import { describe, expect, it } from 'vitest';
import { findAll, locate, makeSelector, segments } from '../../src/studio/model/quoteSelector';
import { checkQuotes } from '../../src/lib/data/quotes';
import type { Dataset } from '../../src/lib/data/schema';

const TEXT = 'The minister met the envoy.\n\nLater the  minister met\nthe envoy again, in Astana.';

describe('makeSelector', () => {
  it.each([
    { start: 4, end: 12, exact: 'minister', prefix: 'The ', suffix: TEXT.slice(12, 44) },
    // White space at either end of a selection is left out.
    { start: 3, end: 13, exact: 'minister', prefix: 'The ', suffix: TEXT.slice(12, 44) },
    // Reversed ends (a selection made backwards) are put in order.
    { start: 12, end: 4, exact: 'minister', prefix: 'The ', suffix: TEXT.slice(12, 44) },
  ])('selects $exact from $start to $end', ({ start, end, exact, prefix, suffix }) => {
    const s = makeSelector(TEXT, start, end);
    expect(s).toMatchObject({ exact, prefix, suffix });
    expect(TEXT.slice(s!.start, s!.end)).toBe(exact);
  });

  it('returns null for a selection of white space only', () => {
    expect(makeSelector(TEXT, 27, 29)).toBeNull();
  });

  it('keeps at most the context length either side', () => {
    const s = makeSelector(TEXT, 40, 48, 5)!;
    expect(s.prefix.length).toBeLessThanOrEqual(5);
    expect(s.suffix.length).toBeLessThanOrEqual(5);
  });
});

describe('findAll', () => {
  it.each([
    { quote: 'minister met the envoy', count: 2 },
    // Only white space may differ, as in check-quotes: line breaks and double spaces match one space.
    { quote: 'the minister met the envoy again', count: 1 },
    { quote: 'Minister met', count: 0 },
    { quote: '   ', count: 0 },
  ])('finds "$quote" $count times', ({ quote, count }) => {
    expect(findAll(TEXT, quote)).toHaveLength(count);
  });

  it('returns offsets in the original text', () => {
    const [second] = findAll(TEXT, 'minister met the envoy again').map((s) => TEXT.slice(s.start, s.end));
    expect(second).toBe('minister met\nthe envoy again');
  });

  it('agrees with the check-quotes rule on what is found', () => {
    const quotes = ['minister met the envoy', 'Later the minister', 'in  Astana.', 'in Almaty.'];
    const dataset = {
      engagements: quotes.map((quote) => ({ citations: [{ source: 's', quote }] })),
      deals: [],
    } as unknown as Dataset;
    const missing = new Set(checkQuotes(dataset, { s: TEXT }).missing.map((m) => m.quote));
    for (const q of quotes) expect(findAll(TEXT, q).length > 0).toBe(!missing.has(q));
  });
});

describe('locate', () => {
  it('tells repeated passages apart by their prefix and suffix', () => {
    const first = makeSelector(TEXT, 4, 26)!;
    const secondStart = TEXT.indexOf('minister met\nthe');
    const second = makeSelector(TEXT, secondStart, secondStart + 'minister met\nthe envoy'.length)!;
    expect(locate(TEXT, first.exact, first)).toEqual({ start: first.start, end: first.end });
    expect(locate(TEXT, second.exact, second)).toEqual({ start: second.start, end: second.end });
  });

  it('takes the first occurrence without a hint, and null when the text lacks the quote', () => {
    expect(locate(TEXT, 'the envoy')?.start).toBe(TEXT.indexOf('the envoy'));
    expect(locate(TEXT, 'the ambassador')).toBeNull();
  });
});

describe('segments', () => {
  it('cuts the text at every span boundary and joins back to it', () => {
    const spans = [
      { start: 4, end: 20 },
      { start: 13, end: 26 },
    ];
    const parts = segments(TEXT, spans);
    expect(parts.map((p) => p.text).join('')).toBe(TEXT);
    expect(parts.map((p) => p.marks)).toEqual([[], [0], [0, 1], [1], []]);
  });

  it('does not change its inputs', () => {
    const spans = [{ start: 1, end: 3 }];
    const copy = structuredClone(spans);
    segments('abcdef', spans);
    expect(spans).toEqual(copy);
  });
});
