// The built dashboard's first load: the scripts index.html asks for before anything else (its
// module script and modulepreloads) stay within the 80 KB gzip budget and share no file with the
// dataset studio (edit.html), which is built apart so that it never weighs on the dashboard.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { test, expect, ROOT } from './fixtures.mjs';

const dist = join(ROOT, 'dist');
/** The JavaScript files an HTML page loads up front: its module scripts and modulepreloads. */
const firstLoad = (page) => {
  const html = readFileSync(join(dist, page), 'utf8');
  const files = [
    ...html.matchAll(/<script type="module"[^>]*src="\.\/([^"]+)"/g),
    ...html.matchAll(/<link rel="modulepreload"[^>]*href="\.\/([^"]+)"/g),
  ].map((m) => m[1]);
  return new Set(files);
};

test('build: the dashboard first loads under 80 KB gzip of JavaScript, none of it shared with the studio', async () => {
  const dashboard = firstLoad('index.html');
  const studio = firstLoad('edit.html');
  expect(
    dashboard.size > 0 && studio.size > 0,
    `both pages load scripts: ${dashboard.size}, ${studio.size}`,
  ).toBeTruthy();
  const shared = [...dashboard].filter((f) => studio.has(f));
  expect(shared.length, `index.html and edit.html share no up-front chunk: ${shared.join(', ')}`).toBe(0);
  const gzip = [...dashboard].reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0);
  expect(gzip, `first-load JavaScript is ${(gzip / 1024).toFixed(1)} KB gzip (budget 80 KB)`).toBeLessThanOrEqual(
    80 * 1024,
  );
});
