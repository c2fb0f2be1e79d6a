// @vitest-environment node
// The one theme: colours as d3 would make them, and what the page's CSS gets from it.
import { describe, expect, it } from 'vitest';
import { interpolateRgb } from 'd3-interpolate';
import { interpolateViridis } from 'd3-scale-chromatic';
import { rgb } from 'd3-color';
import { DARK, LIGHT, ramp, resolveTheme, sessionColour, themeCss, viridis } from '../../src/lib/basics/theme';

describe('theme', () => {
  it('ramps are d3-interpolate’s interpolateRgb', () => {
    for (const [from, to] of [
      ['#c6dbef', '#08306b'],
      ['#24476b', '#d6ebff'],
    ] as const) {
      const d3 = Array.from({ length: 6 }, (_, i) => interpolateRgb(from, to)(i / 5));
      expect(ramp(from, to, 6)).toEqual(d3);
    }
  });

  it('viridis stays within a few units of d3-scale-chromatic’s', () => {
    for (let t = 0; t <= 1; t += 0.05) {
      const a = rgb(viridis(t));
      const b = rgb(interpolateViridis(t));
      expect(Math.max(Math.abs(a.r - b.r), Math.abs(a.g - b.g), Math.abs(a.b - b.b)), `t=${t}`).toBeLessThanOrEqual(6);
    }
  });

  it('session colours are distinct and ordered from dark to light', () => {
    const colours = [0, 1, 2, 3].map((i) => sessionColour(i, 4));
    expect(new Set(colours).size).toBe(4);
    const lum = colours.map((c) => rgb(c)).map((c) => 0.2126 * c.r + 0.7152 * c.g + 0.0722 * c.b);
    expect([...lum].sort((a, b) => a - b)).toEqual(lum);
  });

  it('the page’s custom properties come from the same colours, dark for data-theme="dark" and in print always light', () => {
    const css = themeCss();
    expect(css).toContain(`--fg:${LIGHT.fg}`);
    expect(css).toContain(`:root[data-theme='dark']{--fg:${DARK.fg}`);
    expect(css).toMatch(/@media print\{:root,:root\[data-theme\]\{--fg:#1a1a1a/);
  });

  it.each([
    { choice: undefined, dark: true, expected: 'light' },
    { choice: 'light', dark: true, expected: 'light' },
    { choice: 'dark', dark: false, expected: 'dark' },
    { choice: 'auto', dark: true, expected: 'dark' },
    { choice: 'auto', dark: false, expected: 'light' },
  ] as const)('theme $choice with a dark system: $dark → $expected', ({ choice, dark, expected }) => {
    expect(resolveTheme(choice, dark).name).toBe(expected);
  });
});
