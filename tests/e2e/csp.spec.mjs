// The app under the security headers docs/hosting.md recommends, sent as real response headers (not
// only the <meta> policy the pages carry, which a worker does not see and which cannot report):
// every page, every embed, the studio, a dataset from another origin, MapLibre and the downloads
// run without a single policy violation. A violation anywhere (the page, an embed's iframe, a
// worker) fails the test, so a new inline script, eval or image source cannot slip in.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, startServer, ROOT } from './fixtures.mjs';

/** The built pages' policy: the header says exactly what the <meta> says. */
function builtPolicy() {
  const meta = (file) =>
    /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(
      readFileSync(join(ROOT, 'dist', file), 'utf8'),
    )?.[1];
  const policy = meta('index.html');
  expect(policy, 'dist/index.html carries a Content-Security-Policy <meta>').toBeTruthy();
  expect(meta('edit.html'), `edit.html has the dashboard's policy: ${meta('edit.html')}`).toBe(policy);
  return policy;
}

/** What docs/hosting.md asks a host to send with every file of the app (frame-ancestors left open: embedding is the point). */
function securityHeaders() {
  return {
    // report-uri: violations in workers reach no document listener, but they are reported.
    'content-security-policy': `${builtPolicy()}; report-uri /csp-report`,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
  };
}

/**
 * Serves the app with the security headers, and a second origin (another port) that serves the
 * fixtures with CORS, as a newsroom's data host would. The host page (someone else's page, with
 * its own policy or none) is served without ours. Collects every violation while `fn` runs.
 */
async function underPolicy(page, fn) {
  const headers = securityHeaders();
  const app = await startServer({ headers: (path) => (path.startsWith('/tests/e2e/host/') ? {} : headers) });
  const other = await startServer({ headers: () => ({ 'access-control-allow-origin': '*' }) });
  const violations = [];
  let violated;
  // `guard(promise)` fails at the first violation instead of waiting out a blocked download.
  const first = new Promise((_, reject) => (violated = reject));
  first.catch(() => {});
  const report = (v) => {
    violations.push(v);
    violated(new Error(`policy violation: ${v}`));
  };
  const guard = (promise) => Promise.race([promise, first]);
  // A binding reaches every frame, so the embeds' iframes report too.
  await page.exposeBinding('__reportViolation', ({ frame }, v) => report(`${v} (in ${frame.url()})`));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__reportViolation(
        `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
      ),
    ),
  );
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) report(`console: ${msg.text()}`);
  });
  try {
    await fn({ origin: app.origin, other: other.origin, guard });
    await page.waitForTimeout(500); // reports are posted after the fact
    const all = [...violations, ...app.reports.map((r) => `report: ${r}`)];
    expect(all.length, `policy violations:\n${all.join('\n')}`).toBe(0);
  } finally {
    await app.close();
    await other.close();
  }
}

const VIEWS = {
  map: /^Counterpart countries/,
  timeline: /^UNGA sessions/,
  deals: /^Deal values by company/,
  table: /^Engagements/,
};

test('csp: the dashboard runs under the recommended headers: every view, the dataset worker', async ({ page }) => {
  await underPolicy(page, async ({ origin }) => {
    await page.goto(origin + '/?year=2025');
    for (const name of Object.values(VIEWS)) await page.getByRole('figure', { name }).waitFor();
    // ?year= skips the prerendered page: the data came through the worker, under the policy.
    const rows = await page.getByRole('figure', { name: VIEWS.table }).locator('tbody tr').count();
    expect(rows, 'the table lists the 2025 engagements').toBeGreaterThan(0);
    await page.getByRole('group', { name: 'World map' }).waitFor({ timeout: 20000 });
  });
});

test('csp: every embed view, alone and on a host page through embed.js', async ({ page }) => {
  await underPolicy(page, async ({ origin }) => {
    for (const [view, name] of Object.entries(VIEWS)) {
      await page.goto(`${origin}/?embed=${view}&year=2023`);
      await page.getByRole('figure', { name }).waitFor();
      expect(await page.locator('figure').count(), `?embed=${view} shows its view alone`).toBe(1);
    }
    await page.goto(origin + '/tests/e2e/host/index.html');
    await page.waitForFunction(
      () => ['first', 'second'].every((id) => parseFloat(document.getElementById(id).style.height) > 200),
      null,
      { timeout: 10000 },
    );
    expect(await page.frameLocator('#first').locator('tbody tr').count(), 'the embedded table drew its row').toBe(1);
  });
});

test('csp: a ?data= dataset from another origin, with markup in its text, loads and draws', async ({ page }) => {
  await underPolicy(page, async ({ origin, other }) => {
    await page.goto(`${origin}/?data=${encodeURIComponent(other + '/tests/fixtures/html-injection.json')}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    for (const name of Object.values(VIEWS)) await page.getByRole('figure', { name }).waitFor();
    expect(await page.locator('body').innerText(), "the other origin's dataset is shown").toMatch(/Injection test/);
    expect(await page.evaluate(() => document.body.dataset.pwned), 'no markup from the data ran').toBe(undefined);
    await page.waitForTimeout(1000); // the map loads lazily
  });
});

test('csp: the MapLibre renderer and its worker', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('unga:map-renderer', 'maplibre'));
  await underPolicy(page, async ({ origin }) => {
    await page.goto(origin + '/');
    const el = page.locator('.maplibre[data-ready="true"]');
    await el.waitFor({ timeout: 30000 });
    expect(await el.locator('canvas').count(), 'MapLibre drew its canvas').toBeGreaterThanOrEqual(1);
    // The zoom buttons' icons are data: images in MapLibre's stylesheet.
    expect(await page.locator('.maplibregl-ctrl-zoom-in').count(), 'the navigation control is there').toBe(1);
  });
});

test('csp: a view downloads as SVG, PNG, CSV and JSON', async ({ page }) => {
  await underPolicy(page, async ({ origin, guard }) => {
    await page.goto(origin + '/?country=IRN');
    const frame = page.locator('[data-view="map"]');
    await frame.getByRole('figure', { name: VIEWS.map }).waitFor();
    for (const [name, magic] of [
      [/Download SVG/, '<?xml'],
      [/Download PNG/, '\x89PNG'],
      [/Download CSV/, '\ufeffcounterpart,'],
      [/Download JSON/, '{'],
    ]) {
      const [dl] = await guard(
        Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name }).click()]),
      );
      const body = Buffer.concat(await (await dl.createReadStream()).toArray());
      const start = name.source.includes('PNG')
        ? body.subarray(0, 4).toString('latin1')
        : body.toString('utf8').slice(0, magic.length);
      expect(start, `${name.source}: the file starts as it should, got ${JSON.stringify(start)}`).toBe(magic);
    }
  });
});

test('csp: the dataset studio opens a dataset from another origin and saves it', async ({ page }) => {
  await underPolicy(page, async ({ origin, other }) => {
    await page.goto(`${origin}/edit.html?data=${encodeURIComponent(other + '/tests/fixtures/minimal.json')}`);
    await page.getByRole('button', { name: 'No problems' }).waitFor();
    await page.getByRole('figure', { name: VIEWS.map }).waitFor(); // the preview draws the dataset
    const [dl] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save JSON' }).click(),
    ]);
    const saved = JSON.parse(Buffer.concat(await (await dl.createReadStream()).toArray()).toString('utf8'));
    expect(saved.schemaVersion, 'the saved file is a dataset').toBe(1);
  });
});

test('csp: the README recommends exactly the policy the pages carry', async () => {
  const readme = readFileSync(join(ROOT, 'docs', 'hosting.md'), 'utf8');
  const line = /^Content-Security-Policy: (.+)$/m.exec(readme)?.[1];
  expect(line, `README header: ${line}\npages: ${builtPolicy()}`).toBe(builtPolicy());
});
