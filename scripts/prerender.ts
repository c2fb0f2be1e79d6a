/**
 * After `vite build`: renders the dashboard for the bundled dataset into dist/index.html (see
 * src/prerender.ts), inlines the theme and the boot data. The script that hides the prerendered page when the
 * address or the reader's language asks for something else is public/boot.js (no inline scripts:
 * the page runs under script-src 'self').
 * `npm run build` runs it; it fails the build when the bundled dataset is invalid.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createServer } from 'vite';
import { fillPage } from './prerenderPage';

const ROOT = resolve(import.meta.dirname, '..');
const dist = resolve(ROOT, 'dist');
const htmlPath = resolve(dist, 'index.html');
let html = readFileSync(htmlPath, 'utf8');
if (html.includes('id="unga-boot"')) throw new Error('dist/index.html is already prerendered: run vite build first');

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
  html = fillPage(html, page, (file) => readFileSync(resolve(dist, file), 'utf8'));
  writeFileSync(htmlPath, html);
  console.log(`prerendered dist/index.html (${Math.round(html.length / 1024)} KB)`);
} finally {
  await server.close();
}
