import { describe, expect, it } from 'vitest';
import { interpolateBlues } from 'd3-scale-chromatic';
import { colorClasses, colorOf, countryFills, LEGEND_TITLE } from '../../src/views/WorldMap/legend';
import type { CountryCount } from '../../src/lib/data/query';

describe('colorClasses', () => {
  const cases: { name: string; counts: number[]; max?: number; labels: string[]; countries: number[] }[] = [
    { name: 'no counts: no classes', counts: [], labels: [], countries: [] },
    { name: 'zeros, negatives and NaN belong to no class', counts: [0, -1, Number.NaN], labels: [], countries: [] },
    { name: 'small counts: one class per value', counts: [1, 1, 2], labels: ['1', '2'], countries: [2, 1] },
    { name: 'up to five: still one per value, empty ones kept', counts: [5, 1], labels: ['1', '2', '3', '4', '5'], countries: [1, 0, 0, 0, 1] },
    { name: 'six: 1-2-5 classes ending at the largest count', counts: [6, 3, 1], labels: ['1', '2', '3–5', '6'], countries: [1, 0, 1, 1] },
    { name: 'twelve', counts: [12, 7, 2, 1, 1], labels: ['1', '2', '3–5', '6–10', '11–12'], countries: [2, 1, 0, 1, 1] },
    { name: 'forty: the smallest classes merge to keep five', counts: [40, 15, 1], labels: ['1–2', '3–5', '6–10', '11–20', '21–40'], countries: [1, 0, 0, 1, 1] },
    { name: 'a single class when asked for one', counts: [3, 1], max: 1, labels: ['1–3'], countries: [2] },
    { name: 'fractions round to whole engagements', counts: [2.6], labels: ['1', '2', '3'], countries: [0, 0, 1] },
  ];
  it.each(cases)('$name', ({ counts, max, labels, countries }) => {
    const before = [...counts];
    const classes = colorClasses(counts, max);
    expect(classes.map((c) => c.label)).toEqual(labels);
    expect(classes.map((c) => c.countries)).toEqual(countries);
    expect(counts).toEqual(before);
  });

  it('classes are contiguous, from 1 to the largest count', () => {
    for (const counts of [[1], [4], [9], [37], [250], [1234]]) {
      const classes = colorClasses(counts);
      expect(classes[0]?.min).toBe(1);
      expect(classes[classes.length - 1]?.max).toBe(counts[0]);
      classes.slice(1).forEach((c, i) => expect(c.min).toBe((classes[i]?.max ?? 0) + 1));
      expect(classes.length).toBeLessThanOrEqual(5);
    }
  });

  it('runs light to dark blue, and each class has its own colour', () => {
    const classes = colorClasses([1, 2, 3, 4, 5]);
    expect(classes[0]?.color).toBe(interpolateBlues(0.3));
    expect(classes[4]?.color).toBe(interpolateBlues(0.95));
    expect(new Set(classes.map((c) => c.color)).size).toBe(5);
    expect(colorClasses([1])[0]?.color).toBe(interpolateBlues(0.75));
  });
});

describe('colorOf and countryFills', () => {
  const classes = colorClasses([1, 12]);
  const cases = [
    { count: 0, expected: undefined },
    { count: 1, expected: classes[0]?.color },
    { count: 4, expected: classes[2]?.color },
    { count: 12, expected: classes[4]?.color },
    { count: 13, expected: undefined },
  ];
  it.each(cases)('$count → $expected', ({ count, expected }) => expect(colorOf(count, classes)).toBe(expected));

  it('fills every counted country with its class colour and leaves the counts alone', () => {
    const countries: CountryCount[] = [
      { code: 'USA', name: 'United States', count: 12, counterparts: [] },
      { code: 'IRN', name: 'Iran', count: 1, counterparts: [] },
    ];
    const before = structuredClone(countries);
    expect([...countryFills(countries, classes)]).toEqual([
      ['USA', classes[4]?.color],
      ['IRN', classes[0]?.color],
    ]);
    expect(countries).toEqual(before);
  });
});

it('says what the colour means', () => {
  expect(LEGEND_TITLE).toBe("Engagements with the country's leaders, officials or companies, under current filters");
});
