// What the browser tests share besides Playwright: where things are, the Chromium the tests drive,
// the small static server that serves the built app (also run alone by playwright.config.mjs's
// webServer), and a helper to scroll as a reader does. Nothing here imports @playwright/test.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, normalize, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
/** Screenshots, PNG downloads and printed PDFs the tests write for a person to look at. */
export const SHOTS = join(ROOT, 'test-results', 'screenshots');
mkdirSync(SHOTS, { recursive: true });

/** Debian's Chromium (scripts/ensure-browser.mjs installs it); never a Playwright browser download. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
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
/** Launch options for Debian's Chromium; extra args (e.g. to disable WebGL) are appended. */
export const launchOptions = (extraArgs = []) => ({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, ...extraArgs] });

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
 * Serves dist/ at / and tests/ at /tests/ (fixtures, host pages, generated datasets) on 127.0.0.1.
 * `headers(path)` adds response headers per path (a security policy, CORS for a second origin); the
 * CSP reports browsers POST to /csp-report (a policy's report-uri) are kept in `reports`.
 */
export async function startServer({ headers = () => ({}), port = 0 } = {}) {
  const reports = [];
  const dist = join(ROOT, 'dist');
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/index.html is missing: run "npm run build" first.');
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
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const { port: bound } = server.address();
  return { origin: `http://127.0.0.1:${bound}`, reports, close: () => new Promise((ok) => server.close(ok)) };
}

/**
 * Writes a generated file in one step (a temporary file renamed over it), so that a page reading
 * it while another worker writes it again never sees half a file.
 */
export function writeAtomically(file, text) {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

/** Bring an element on screen, as a reader scrolls to it, and wait two frames. */
export async function onScreen(locator) {
  // The DOM's own scrollIntoView: Playwright's leaves an element inside skipped content where it is.
  await locator.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await locator.page().evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return locator;
}

// `node tests/e2e/support.mjs <port>`: the server alone, as playwright.config.mjs's webServer starts it.
if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  const { origin } = await startServer({ port: Number(process.argv[2] ?? 4173) });
  console.log(`Serving dist/ and tests/ at ${origin}`);
}

/** Opens the studio with none of its saved work in this browser's IndexedDB (as a first visit). */
export async function studioWithoutSavedWork(page, origin) {
  await page.goto(`${origin}/edit.html`);
  await page.evaluate(
    () =>
      new Promise((ok) => {
        const r = indexedDB.deleteDatabase('unga-studio');
        r.onsuccess = r.onerror = r.onblocked = () => ok();
      }),
  );
}
