// The browser tests' `test` and `expect`: @playwright/test's, with the fixtures every spec uses.
//   origin               the built app's address (the config's webServer, = baseURL)
//   shot(name)           a full-page screenshot to test-results/screenshots/<name>.png, for a look
//   allowConsoleErrors   option (test.use): a test fails on any console error or uncaught
//                        exception in its page unless this is set
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { SHOTS } from './support.mjs';

export { expect };
export { ROOT, SHOTS, onScreen, startServer, launchOptions, writeAtomically } from './support.mjs';

export const test = base.extend({
  allowConsoleErrors: [false, { option: true }],
  origin: async ({ baseURL }, use) => use(baseURL),
  shot: async ({ page }, use) => use((name) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true })),
  consoleErrors: [
    async ({ page, allowConsoleErrors }, use) => {
      const errors = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      page.on('pageerror', (err) => errors.push(String(err)));
      await use(errors);
      if (!allowConsoleErrors) expect(errors, `console errors: ${errors.join(' | ')}`).toEqual([]);
    },
    { auto: true },
  ],
});
