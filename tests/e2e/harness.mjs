// A small browser-test harness: serves the built app (dist/) and the test fixtures on
// 127.0.0.1, drives Debian's Chromium through playwright-core, and counts passes and failures.
import { createServer } from 'node:http';
import { readFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { existsSync, mkdtempSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { chromium } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SHOTS = join(ROOT, 'test-results', 'screenshots');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * Serves dist/ at / and tests/ at /tests/ (fixtures, host pages). `headers(path)` adds response
 * headers per path (a security policy, CORS for a second origin); the CSP reports browsers POST
 * to /csp-report (a policy's report-uri) are kept in `reports`.
 */
export async function startServer({ headers = () => ({}) } = {}) {
  const reports = [];
  const dist = join(ROOT, 'dist');
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/index.html is missing: run "npx vite build" first.');
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let path = decodeURIComponent(url.pathname);
    if (req.method === 'POST' && path === '/csp-report') {
      const chunks = [];
      for await (const chunk of req) chunks.push(chunk);
      reports.push(Buffer.concat(chunks).toString('utf8'));
      res.writeHead(204).end();
      return;
    }
    const extra = headers(path);
    if (path === '/favicon.ico') {
      res.writeHead(204).end(); // host pages without an icon: not an error of ours
      return;
    }
    const base = path.startsWith('/tests/') ? ROOT : dist;
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(base, path));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { ...extra, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { ...extra, 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, reports, close: () => new Promise((ok) => server.close(ok)) };
}

export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A fresh Chromium with its own profile folder. Extra args (e.g. to disable WebGL) are appended. */
export async function launch(extraArgs = []) {
  const profile = mkdtempSync(join(tmpdir(), 'unga-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

const tests = [];
/** Register a browser test: fn receives { page, origin, errors, shot, context }. */
export function test(name, fn, options = {}) {
  tests.push({ name, fn, options });
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

export async function run({ only } = {}) {
  await mkdir(SHOTS, { recursive: true });
  const server = await startServer();
  const browsers = new Map();
  let passed = 0;
  let failed = 0;
  const selected = only ? tests.filter((t) => t.name.includes(only)) : tests;
  for (const t of selected) {
    const key = JSON.stringify(t.options.args ?? []);
    if (!browsers.has(key)) browsers.set(key, await launch(t.options.args ?? []));
    const { context } = browsers.get(key);
    const page = await context.newPage();
    if (t.options.viewport) await page.setViewportSize(t.options.viewport);
    const errors = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    page.on('pageerror', (err) => errors.push(String(err)));
    const shot = (name) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
    const started = Date.now();
    try {
      await t.fn({ page, origin: server.origin, errors, shot, context });
      if (!t.options.allowConsoleErrors) assert(errors.length === 0, `console errors: ${errors.join(' | ')}`);
      passed += 1;
      console.log(`  ✓ ${t.name} (${Date.now() - started} ms)`);
    } catch (err) {
      failed += 1;
      console.log(
        `  ✗ ${t.name}\n      ${String(err?.message ?? err)
          .split('\n')
          .join('\n      ')}`,
      );
      await page.screenshot({ path: join(SHOTS, `FAILED-${t.name.replace(/\W+/g, '-')}.png`) }).catch(() => {});
    } finally {
      await page.close();
    }
  }
  for (const b of browsers.values()) await b.close();
  await server.close();
  console.log(`\nBrowser tests: ${passed} passed, ${failed} failed (screenshots in test-results/screenshots/)`);
  await writeFile(join(ROOT, 'test-results', 'e2e.json'), JSON.stringify({ passed, failed }));
  return { passed, failed };
}

/** Bring an element on screen, as a reader scrolls to it, and wait two frames. */
export async function onScreen(locator) {
  // The DOM's own scrollIntoView: Playwright's leaves an element inside skipped content where it is.
  await locator.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await locator.page().evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return locator;
}
