// Other datasets through ?data=: nothing is hard-wired to the bundled one. Every view renders
// (or says it has nothing to show) and the console stays clean.
import { test, expect } from './fixtures.mjs';

const FIXTURES = ['minimal', 'query-small', 'timeline-small', 'worldmap-small', 'deals-small', 'hostile'];
const VIEWS = [/^Counterpart countries/, /^UNGA sessions/, /^Deal values by company/, /^Engagements/];

for (const name of FIXTURES) {
  test(`datasets: ${name}.json renders every view without errors`, async ({ page, origin }) => {
    await page.goto(`${origin}/?data=/tests/fixtures/${name}.json`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    for (const view of VIEWS) {
      const fig = page.getByRole('figure', { name: view });
      await fig.waitFor();
      expect((await fig.innerText()).trim().length, `${view} shows something`).toBeGreaterThan(20);
    }
    expect(await page.getByRole('alert').count(), 'no alert for a valid dataset').toBe(0);
    await page.waitForTimeout(1500); // the map loads lazily: let it finish before checking the console
  });
}
