/**
 * After `vite build`: renders the dashboard for the bundled dataset into dist/index.html (see
 * src/prerender.ts), inlines the theme, the boot data and the stylesheets of the table's lazy
 * chunk (the page draws the table at first paint; vite's manifest says which they are). The script that hides the prerendered page when the
 * address or the reader's language asks for something else is public/boot.js (no inline scripts:
 * the page runs under script-src 'self').
 * `npm run build` runs it; it fails the build when the bundled dataset is invalid.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createServer } from 'vite';
import { fillPage } from './prerenderPage';

const ROOT = resolve(import.meta.dirname, '..');
const dist = resolve(ROOT, 'dist');
const htmlPath = resolve(dist, 'index.html');
let html = readFileSync(htmlPath, 'utf8');
if (html.includes('id="unga-boot"')) throw new Error('dist/index.html is already prerendered: run vite build first');

/** The lazy table's stylesheets, those of its chunk and of the chunks it imports, less the page's own. */
function tableCss(): string[] {
  const manifestPath = resolve(dist, '.vite/manifest.json');
  type Chunk = { file: string; css?: string[]; imports?: string[] };
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, Chunk>;
  const css = (key: string, seen = new Set<string>()): string[] => {
    if (seen.has(key)) return [];
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`vite's manifest has no chunk ${key}`);
    return [...(chunk.imports ?? []).flatMap((k) => css(k, seen)), ...(chunk.css ?? [])];
  };
  const own = new Set(css('index.html'));
  const table = css('src/views/EngagementTable/EngagementTable.svelte').filter((f) => !own.has(f));
  if (!table.length) throw new Error("vite's manifest names no stylesheet for the table's chunk");
  return [...new Set(table)];
}
const lazyCss = tableCss();
// Read: the deployed folder needs no manifest.
rmSync(resolve(dist, '.vite'), { recursive: true });

const server = await createServer({
  root: ROOT,
  logLevel: 'error',
  server: { middlewareMode: true, hmr: false, ws: false },
  appType: 'custom',
  optimizeDeps: { noDiscovery: true, include: [] },
});
try {
  const { prerenderDashboard } = (await server.ssrLoadModule('/src/prerender.ts')) as typeof import('../src/prerender');
  const json = JSON.parse(readFileSync(resolve(ROOT, 'data/kazakhstan-unga.json'), 'utf8'));
  // The dataset's address is not drawn in the default state; the page passes its own at hydration.
  const page = await prerenderDashboard(json, '');
  html = fillPage(html, { ...page, lazyCss }, (file) => readFileSync(resolve(dist, file), 'utf8'));
  writeFileSync(htmlPath, html);
  console.log(`prerendered dist/index.html (${Math.round(html.length / 1024)} KB)`);
} finally {
  await server.close();
}
