import { describe, expect, it } from 'vitest';
import { color, rgb } from 'd3-color';
import { interpolateRgb } from 'd3-interpolate';
import { formatHex, formatRgb, mix, parseHex } from '../../src/lib/basics/colour';

const SAMPLES = [
  '#000000',
  '#ffffff',
  '#1a1a1a',
  '#c6dbef',
  '#08306b',
  '#d55e00',
  '#15171a',
  '#8ab4f8',
  '#abc',
  '#F0A54A',
];

describe('colour sums (what d3-color did for the themes)', () => {
  it('reads #rrggbb and #rgb as d3-color does', () => {
    for (const c of SAMPLES) {
      const d3 = rgb(c);
      expect(parseHex(c)).toEqual({ r: d3.r, g: d3.g, b: d3.b });
      expect(formatHex(parseHex(c))).toBe(color(c)!.formatHex());
    }
  });

  it('mixes as interpolateRgb, written as d3-color writes it', () => {
    for (const a of SAMPLES)
      for (const b of SAMPLES)
        for (const t of [0, 0.2, 0.45, 0.6, 1]) {
          expect(mix(a, b, t)).toBe(rgb(interpolateRgb(a, b)(t)).formatHex());
          const m = parseHex(a);
          expect(formatRgb(m)).toBe(rgb(a).toString());
        }
  });

  it('rounds and clamps channels as d3-color does', () => {
    expect(formatHex({ r: 300, g: -4, b: 127.5 })).toBe(rgb(300, -4, 127.5).formatHex());
    expect(formatRgb({ r: 12.49, g: 255.2, b: Number.NaN })).toBe(rgb(12.49, 255.2, Number.NaN).toString());
  });

  it('refuses what is not a hex colour, naming it', () => {
    expect(() => parseHex('rebeccapurple')).toThrow(/rebeccapurple/);
    expect(() => parseHex('#12345')).toThrow(/#12345/);
  });
});
