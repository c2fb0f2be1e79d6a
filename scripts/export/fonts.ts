/**
 * The bundled font for exports made outside the browser: the WOFF2 files embedded in SVG (as the
 * browser does) and the TTF files resvg draws PNG with. Node only (command line and tests).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fontFaceCss, type FontWeight } from '../../src/lib/basics/textMeasure';

const ROOT = fileURLToPath(new URL('../../', import.meta.url)); // scripts/export/ → the repository
const WEIGHTS: FontWeight[] = [400, 700];

export function nodeFontCss(): string {
  return fontFaceCss(
    WEIGHTS.map((weight) => ({
      weight,
      woff2Base64: readFileSync(`${ROOT}public/fonts/noto-sans-${weight}.woff2`).toString('base64'),
    })),
  );
}

/** Paths of the TTF files, for resvg's `font.fontFiles`. */
export function ttfFiles(): string[] {
  return WEIGHTS.map((w) => `${ROOT}scripts/fonts/noto-sans-${w}.ttf`);
}
