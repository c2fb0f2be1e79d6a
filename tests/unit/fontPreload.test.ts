// The page asks for its font with the HTML (index.html's preloads), so the first layout has it
// instead of laying the page out again when it arrives. The preloads must name exactly the files
// the stylesheet's @font-face rules use, and those files must exist: a preload of a renamed font
// would download a file nobody uses while the real one is found late again.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers';

const html = readFileSync(path.join(ROOT, 'index.html'), 'utf8');
const css = readFileSync(path.join(ROOT, 'src/app.css'), 'utf8');

const preloads = [...html.matchAll(/<link\s+rel="preload"([^>]*)>/g)].map((m) => m[1]!);
const fontFaceFiles = [...css.matchAll(/@font-face\s*\{[^}]*url\(['"]?([^'")]+)['"]?\)/g)]
  .map((m) => path.basename(m[1]!))
  .sort();

describe('index.html font preloads', () => {
  it('preload every @font-face file of the stylesheet, and nothing else', () => {
    expect(fontFaceFiles.length).toBeGreaterThan(0);
    const files = preloads.map((attrs) => path.basename(/href="([^"]+)"/.exec(attrs)![1]!)).sort();
    expect(files).toEqual(fontFaceFiles);
  });

  it('are font requests the @font-face rules will reuse (as font, woff2, CORS)', () => {
    for (const attrs of preloads) {
      expect(attrs).toMatch(/\bas="font"/);
      expect(attrs).toMatch(/\btype="font\/woff2"/);
      // Fonts are fetched in CORS mode: a preload without crossorigin is not reused.
      expect(attrs).toMatch(/\bcrossorigin\b/);
      expect(attrs).toMatch(/href="\.\/fonts\//);
    }
  });

  it('name files that are served', () => {
    for (const file of fontFaceFiles) expect(existsSync(path.join(ROOT, 'public/fonts', file))).toBe(true);
  });
});
