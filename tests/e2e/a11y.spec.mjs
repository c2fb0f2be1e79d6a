// Accessibility audits with axe-core in the real browser: no serious or critical violations
// on the dashboard, every embed, the alert page, or the narrow layout. The experimental rules run
// too: label-content-name-mismatch (WCAG 2.5.3, a mark's name contains its visible text) is one.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test, expect } from './fixtures.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function audit(page) {
  // Evaluated, not added as an inline <script>: the page's policy (script-src 'self') blocks those.
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () =>
    // @ts-ignore axe is injected above
    window.axe.run(document, {
      resultTypes: ['violations'],
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice', 'experimental'],
    }),
  );
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  return serious.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(', ')}`,
  );
}

const pages = [
  { name: 'dashboard', path: '/', wait: (p) => p.getByRole('figure', { name: /^Engagements/ }).waitFor() },
  {
    name: 'dashboard filtered to 2023',
    path: '/?year=2023',
    wait: (p) => p.getByRole('figure', { name: /^Engagements/ }).waitFor(),
  },
  { name: 'embedded table', path: '/?embed=table', wait: (p) => p.getByRole('figure').first().waitFor() },
  { name: 'embedded map', path: '/?embed=map', wait: (p) => p.getByRole('figure').first().waitFor() },
  {
    name: 'embedded timeline',
    path: '/?embed=timeline&year=2025',
    wait: (p) => p.getByRole('figure').first().waitFor(),
  },
  { name: 'embedded deal chart', path: '/?embed=deals', wait: (p) => p.getByRole('figure').first().waitFor() },
  {
    name: 'embedded deal chart with cumulative investments',
    path: '/?embed=deals&cumulative=yes&colour-by=session',
    wait: (p) => p.getByRole('figure').first().waitFor(),
  },
  {
    name: 'broken dataset alert',
    path: '/?data=/tests/fixtures/broken.json',
    wait: (p) => p.getByRole('alert').waitFor(),
  },
];

for (const { name, path, wait } of pages) {
  test(`axe: no serious or critical violations on the ${name}`, async ({ page, origin }) => {
    await page.goto(origin + path);
    await wait(page);
    await page.waitForTimeout(500);
    const problems = await audit(page);
    expect(problems.length, problems.join('\n')).toBe(0);
  });
}

test.describe(() => {
  test.use({ viewport: { width: 375, height: 800 } });
  test('axe: no serious or critical violations at 375 px', async ({ page, origin }) => {
    await page.goto(origin + '/');
    await page.getByRole('figure', { name: /^Engagements/ }).waitFor();
    await page.waitForTimeout(500);
    const problems = await audit(page);
    expect(problems.length, problems.join('\n')).toBe(0);
  });
});
