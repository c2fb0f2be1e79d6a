/**
 * The one place colours are defined, light and dark. The page's CSS custom properties are written
 * from it (`themeCss`), and every view draws its marks with these values as presentation
 * attributes, live and in the exported file alike, so a download looks the same outside our CSS.
 * Pure.
 */
import { formatHex, formatRgb, mixRgb, parseHex } from './colour';
import type { DealBasis, EngagementType } from './vocabulary';
import { FONT_STACK } from './textMeasure';

export type ThemeName = 'light' | 'dark';

export interface Theme {
  name: ThemeName;
  fg: string;
  muted: string;
  bg: string;
  /** Panels and the filter sidebar. */
  panel: string;
  grid: string;
  accent: string;
  danger: string;
  warning: string;
  font: string;
  /** Deal bases are unordered categories: Okabe–Ito, apart under the common colour-vision deficiencies. */
  basis: Record<DealBasis, string>;
  /** The swatch for "cumulative" when colour says session, not basis. */
  cumulativeSwatch: string;
  /** Timeline marks: a type's fill, and its outline (darker where the fill is below 3:1 against the background). */
  types: Record<EngagementType, { fill: string; ink: string }>;
  map: {
    /** Water and the page behind the map. */
    background: string;
    /** Countries with no engagement. */
    land: string;
    border: string;
    home: string;
    homeHatch: string;
    /**
     * Outline of selected countries: selection is an outline, never a class colour, and a hue of its
     * own (magenta), apart from home's orange and the classes' blues; at least 3:1 against land
     * and the sea, and drawn over a band of the page's colour so it shows on every class too.
     */
    selected: string;
    /** Outline of the country under the pointer. */
    hover: string;
    site: string;
    siteHalo: string;
    /**
     * The colour classes, fewest engagements first. Light: paler to darker; dark: darker to
     * brighter. Either way more engagements stand out more against the background.
     */
    classes: readonly string[];
  };
}

const OKABE_ITO_BASIS: Record<DealBasis, string> = {
  agreement: '#0072b2',
  'investment-plan': '#e69f00',
  financing: '#009e73',
  program: '#cc79a7',
  project: '#d55e00',
  'cumulative-investment': '#56b4e9',
};

/** `n` colours evenly between two, in RGB (d3-interpolate's interpolateRgb gives the same; a test checks). */
export const ramp = (from: string, to: string, n: number) => {
  const a = parseHex(from);
  const b = parseHex(to);
  return Array.from({ length: n }, (_, i) => formatRgb(mixRgb(a, b, n === 1 ? 0 : i / (n - 1))));
};

export const MAX_CLASSES = 6;

export const LIGHT: Theme = {
  name: 'light',
  fg: '#1a1a1a',
  muted: '#5f6368',
  bg: '#ffffff',
  panel: '#f6f7f9',
  grid: '#e3e5e8',
  accent: '#1f5fa8',
  danger: '#b3261e',
  warning: '#b06000',
  font: FONT_STACK,
  basis: OKABE_ITO_BASIS,
  cumulativeSwatch: '#8a8a8a',
  types: {
    bilateral: { fill: '#0072b2', ink: '#0072b2' },
    summit: { fill: '#d55e00', ink: '#d55e00' },
    signing: { fill: '#009e73', ink: '#007a59' },
    speech: { fill: '#cc79a7', ink: '#a3507f' },
    call: { fill: '#e69f00', ink: '#a36f00' },
    roundtable: { fill: '#56b4e9', ink: '#1d78ad' },
  },
  map: {
    background: '#ffffff',
    land: '#e8e8e8',
    border: '#ffffff',
    home: '#fde0b6',
    homeHatch: '#c96f00',
    selected: '#a3168f',
    hover: '#1a1a1a',
    site: '#1a1a1a',
    siteHalo: '#ffffff',
    classes: ramp('#c6dbef', '#08306b', MAX_CLASSES),
  },
};

export const DARK: Theme = {
  name: 'dark',
  fg: '#e8eaed',
  muted: '#a8adb4',
  bg: '#15171a',
  panel: '#1f2226',
  grid: '#3a3f45',
  accent: '#8ab4f8',
  danger: '#f28b82',
  warning: '#f0a54a',
  font: FONT_STACK,
  basis: OKABE_ITO_BASIS,
  cumulativeSwatch: '#9aa0a6',
  types: {
    bilateral: { fill: '#3a9ad9', ink: '#6db8ea' },
    summit: { fill: '#e8712a', ink: '#f0925a' },
    signing: { fill: '#19b88a', ink: '#3fd4a6' },
    speech: { fill: '#d98bb7', ink: '#e8a9cc' },
    call: { fill: '#e6a817', ink: '#f2c14e' },
    roundtable: { fill: '#6cc3f0', ink: '#8fd2f5' },
  },
  map: {
    background: '#15171a',
    land: '#2b2f34',
    border: '#15171a',
    home: '#5a4526',
    homeHatch: '#f0a54a',
    selected: '#ff7ad9',
    hover: '#e8eaed',
    site: '#e8eaed',
    siteHalo: '#15171a',
    classes: ramp('#24476b', '#d6ebff', MAX_CLASSES),
  },
};

export const THEMES: Record<ThemeName, Theme> = { light: LIGHT, dark: DARK };

/**
 * Colours for sessions, spread over the dataset's sessions in order (viridis stays ordered in
 * lightness for every reader), so a session keeps its colour when filters change. It stops short
 * of viridis' pale end, which white text and a white page wash out.
 */
export function sessionColour(position: number, count: number): string {
  return viridis(count <= 1 ? 0.35 : 0.05 + (0.8 * position) / (count - 1));
}

/**
 * Viridis (van der Walt and Smith, as in d3-scale-chromatic) from 21 of its stops, joined
 * linearly: the same ramp to the eye within a few units of each channel, without the package's
 * 15 KB of other schemes (or an interpolation library) in the page's first chunk.
 */
const VIRIDIS = [
  '#440154',
  '#471365',
  '#482475',
  '#463480',
  '#414487',
  '#3b528b',
  '#355f8d',
  '#2f6c8e',
  '#2a788e',
  '#25848e',
  '#21918c',
  '#1e9c89',
  '#22a884',
  '#2fb47c',
  '#44bf70',
  '#5ec962',
  '#7ad151',
  '#9bd93c',
  '#bddf26',
  '#dfe318',
  '#fde725',
].map(parseHex);
export function viridis(t: number): string {
  const x = Math.max(0, Math.min(1, t)) * (VIRIDIS.length - 1);
  const i = Math.min(VIRIDIS.length - 2, Math.floor(x));
  const f = x - i;
  return formatHex(mixRgb(VIRIDIS[i]!, VIRIDIS[i + 1]!, f));
}

function variables(t: Theme): string {
  return [
    `--fg:${t.fg}`,
    `--muted:${t.muted}`,
    `--bg:${t.bg}`,
    `--panel:${t.panel}`,
    `--grid:${t.grid}`,
    `--accent:${t.accent}`,
    `--danger:${t.danger}`,
    `--warning:${t.warning}`,
    `--font:${t.font}`,
    `color-scheme:${t.name}`,
  ].join(';');
}

/** The page's custom properties: light by default, dark with `data-theme="dark"`, and `auto` following the system. */
export function themeCss(): string {
  return (
    `:root{${variables(LIGHT)}}` +
    `:root[data-theme='dark']{${variables(DARK)}}` +
    `@media (prefers-color-scheme: dark){:root[data-theme='auto']{${variables(DARK)}}}` +
    // Print is always light: paper is white.
    `@media print{:root,:root[data-theme]{${variables(LIGHT)}}}`
  );
}

/** The theme a reader sees: `auto` follows the system's dark mode. */
export function resolveTheme(choice: 'light' | 'dark' | 'auto' | undefined, systemDark: boolean): Theme {
  return choice === 'dark' || (choice === 'auto' && systemDark) ? DARK : LIGHT;
}
