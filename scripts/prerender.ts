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
  // The stylesheets the first paint needs, inlined: a separate request would hold the prerendered
  // charts back until it arrived. Their relative URLs (the fonts) move from assets/ to the root.
  html = html.replace(/<link rel="stylesheet"[^>]*href="\.\/(assets\/[^"]+\.css)"[^>]*>/g, (_, file: string) => {
    const css = readFileSync(resolve(dist, file), 'utf8').replace(/url\(\.\.\//g, 'url(./');
    return `<style>${css}</style>`;
  });
  html = html
    .replace('</head>', `<style id="unga-theme">${page.css}.unga-fresh #app{visibility:hidden}</style>${page.head}</head>`)
    .replace('<div id="app"></div>', `<div id="app">${page.body}</div><script type="application/json" id="unga-boot">${page.boot}</script>`);
  writeFileSync(htmlPath, html);
  console.log(`prerendered dist/index.html (${Math.round(html.length / 1024)} KB)`);
} finally {
  await server.close();
}
