import { describe, expect, it } from 'vitest';
import { rgb } from 'd3-color';
import { classColour, classifier, colourClasses } from '../../src/views/WorldMap/classes';
import { DARK, LIGHT, MAX_CLASSES } from '../../src/lib/basics/theme';

const ranges = (max: number, k = MAX_CLASSES) =>
  colourClasses(max, k).map((c) => (c.min === c.max ? `${c.min}` : `${c.min}-${c.max}`));

describe('colourClasses: nice bounds that widen, at most k classes, ending at the largest total', () => {
  const cases: { max: number; k?: number; expected: string[] }[] = [
    { max: 0, expected: [] },
    { max: -3, expected: [] },
    { max: Number.NaN, expected: [] },
    { max: 1, expected: ['1'] },
    { max: 2, expected: ['1', '2'] },
    { max: 4, expected: ['1', '2', '3-4'] },
    { max: 10, expected: ['1', '2', '3-5', '6-10'] },
    { max: 11, expected: ['1', '2', '3-5', '6-10', '11'] },
    { max: 34, expected: ['1', '2', '3-5', '6-10', '11-20', '21-34'] },
    { max: 50, expected: ['1', '2', '3-5', '6-10', '11-20', '21-50'] },
    // Past six 1-2-5 classes: 1-3 steps, then decades, then wider powers of ten.
    { max: 51, expected: ['1', '2-3', '4-10', '11-30', '31-51'] },
    { max: 300, expected: ['1', '2-3', '4-10', '11-30', '31-100', '101-300'] },
    { max: 9000, expected: ['1', '2-10', '11-100', '101-1000', '1001-9000'] },
    { max: 2_000_000, expected: ['1', '2-100', '101-10000', '10001-1000000', '1000001-2000000'] },
    { max: 10, k: 2, expected: ['1', '2-10'] },
    { max: 10, k: 1, expected: ['1-10'] },
  ];
  it.each(cases)('max $max, k $k', ({ max, k, expected }) => {
    expect(ranges(max, k)).toEqual(expected);
  });

  it('never makes more classes than the ramp has colours, and covers every count from 1 to max', () => {
    for (const max of [1, 7, 49, 51, 999, 12_345, 100_000]) {
      const classes = colourClasses(max, MAX_CLASSES);
      expect(classes.length).toBeLessThanOrEqual(MAX_CLASSES);
      expect(classes[0]!.min).toBe(1);
      expect(classes.at(-1)!.max).toBe(max);
      classes.slice(1).forEach((c, i) => expect(c.min).toBe(classes[i]!.max + 1));
    }
  });
});

describe('classifier', () => {
  const classOf = classifier(colourClasses(34, MAX_CLASSES));
  it.each([
    { count: 0, cls: -1 },
    { count: -1, cls: -1 },
    { count: 1, cls: 0 },
    { count: 2, cls: 1 },
    { count: 3, cls: 2 },
    { count: 5, cls: 2 },
    { count: 6, cls: 3 },
    { count: 20, cls: 4 },
    { count: 21, cls: 5 },
    { count: 34, cls: 5 },
    { count: 99, cls: 5 },
  ])('$count engagements → class $cls', ({ count, cls }) => {
    expect(classOf(count)).toBe(cls);
  });

  it('puts every count in no class when there are no classes', () => {
    expect(classifier([])(5)).toBe(-1);
  });
});

// WCAG relative luminance and contrast ratio.
const luminance = (colour: string) => {
  const { r, g, b } = rgb(colour);
  const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('classColour: more engagements, more contrast against the background, in both themes', () => {
  it.each([LIGHT, DARK])('$name theme', (theme) => {
    const bg = theme.map.background;
    for (let n = 1; n <= theme.map.classes.length; n++) {
      const colours = Array.from({ length: n }, (_, i) => classColour(i, n, theme.map.classes));
      const ratios = colours.map((c) => contrast(c, bg));
      for (let i = 1; i < n; i++)
        expect(ratios[i]!, `${theme.name}, ${n} classes, class ${i}`).toBeGreaterThan(ratios[i - 1]!);
      // Countries without engagements stand out least of all.
      expect(contrast(theme.map.land, bg)).toBeLessThan(ratios[0]!);
    }
  });

  it('spreads fewer classes over the whole ramp, ends included; one class takes the strongest colour', () => {
    const ramp = ['a', 'b', 'c', 'd', 'e', 'f'];
    expect([0, 1, 2].map((i) => classColour(i, 3, ramp))).toEqual(['a', 'd', 'f']);
    expect([0, 1].map((i) => classColour(i, 2, ramp))).toEqual(['a', 'f']);
    expect(classColour(0, 1, ramp)).toBe('f');
    expect([0, 1, 2, 3, 4, 5].map((i) => classColour(i, 6, ramp))).toEqual(ramp);
  });
});
