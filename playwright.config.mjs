// The browser tests (tests/e2e/*.spec.mjs) on @playwright/test, driving Debian's Chromium
// (scripts/ensure-browser.mjs installs it; never `npx playwright install`). They run against the
// built app: `npm run build` first. One test: `npx playwright test -g "<part of its name>"`.
// Screenshots, PNG downloads and printed PDFs written for a look: test-results/screenshots/.
// On failure: a trace, a screenshot (test-results/playwright/) and the HTML report
// (test-results/e2e-report/; `npx playwright show-report test-results/e2e-report`).
import { defineConfig } from '@playwright/test';
import { launchOptions } from './tests/e2e/support.mjs';

// The app's server, on a port of its own (E2E_PORT to choose it): several checkouts of the
// project may run their tests on one machine at once. Set here once, the workers inherit it.
// Below Linux's ephemeral range (32768 on), where outgoing connections take their ports.
process.env.E2E_PORT ||= String(20_000 + Math.floor(Math.random() * 12_000));
const origin = `http://127.0.0.1:${process.env.E2E_PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '*.spec.mjs',
  // Not test-results/ itself: Playwright empties its output folder, and npm test keeps the other
  // suites' reports and the screenshots there.
  outputDir: 'test-results/playwright',
  // Two cores: two browsers at once. A spec file's tests run in order in one worker.
  workers: 2,
  // None, as before: a test that passes only the second time is a fault to see, not to hide.
  retries: 0,
  forbidOnly: !!process.env.CI,
  // Generous, as the old runner (which had none): the filter walks of counts.spec.mjs take minutes
  // on a busy machine with the trace recording; the waits inside keep Playwright's 30 s default.
  timeout: 600_000,
  expect: { timeout: 10_000 },
  reporter: [
    ['list'],
    ['html', { open: 'never', outputFolder: 'test-results/e2e-report' }],
    // Read by scripts/test-all.mjs for the "N passed, N failed" line.
    ['json', { outputFile: 'test-results/e2e.json' }],
  ],
  use: {
    baseURL: origin,
    browserName: 'chromium',
    launchOptions: launchOptions(),
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
    actionTimeout: 30_000,
    navigationTimeout: 30_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    // dist/ at /, tests/ at /tests/ (fixtures, host pages, generated datasets), as tests/e2e/support.mjs says.
    command: `node tests/e2e/support.mjs ${process.env.E2E_PORT}`,
    url: `${origin}/`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'ignore',
  },
});
