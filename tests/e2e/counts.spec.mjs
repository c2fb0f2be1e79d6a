// One count definition on the first screen (issue 22, point 3): the number printed beside a filter
// choice is what the header says once that choice is made, and the map's country list and the
// timeline's session buttons print the same numbers as the filter panel. Walked choice by choice
// in Chromium on the bundled dataset and on a seeded generated one (with planned events).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { test, expect, ROOT, onScreen, writeAtomically } from './fixtures.mjs';

const GROUPS = [/^Session/, /^Counterpart country/, /^Counterpart type/, /^Sector/, /^Company/];
const panel = (page) => page.getByRole('complementary', { name: 'Filters' });
const group = (page, name) => panel(page).getByRole('group', { name });
/** "1,234" → 1234. */
const number = (text) => Number(String(text).replace(/[^\d]/g, ''));

const GENERATED = '/tests/e2e/generated/counts-synth.json';
let generatedWritten = false;
/** A small seeded dataset, one engagement in seven announced as planned (the generator makes none), written afresh each run. */
async function writeGenerated() {
  if (generatedWritten) return;
  const { synthDataset } = await tsImport('../../scripts/synth/generate.ts', import.meta.url);
  const data = synthDataset({ engagements: 300, seed: 22 });
  data.engagements.forEach((e, i) => i % 7 === 3 && (e.status = 'planned'));
  mkdirSync(join(ROOT, 'tests/e2e/generated'), { recursive: true });
  writeAtomically(join(ROOT, GENERATED.slice(1)), JSON.stringify(data));
  generatedWritten = true;
}

async function open(page, url) {
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.getByRole('figure', { name: /^Engagements/ }).waitFor({ timeout: 60_000 });
}

/** The header's "Engagements" figure as it reads now (null while the header is not drawn). */
const HEADER = () => {
  const dt = [...document.querySelectorAll('section.summary dt')].find((t) => t.textContent.trim() === 'Engagements');
  return dt?.nextElementSibling ? dt.nextElementSibling.textContent.replace(/[^\d]/g, '') : null;
};

/** A group's toggles, every one shown ("Show all" pressed where the list is long). */
async function toggles(page, name) {
  const g = group(page, name);
  if (!(await g.count())) return null;
  const more = g.getByRole('button', { name: /^Show all/ });
  if (await more.count()) await more.click();
  // Chips are buttons pressed or not; the other lists are checkboxes.
  const chips = g.locator('button.chip');
  return (await chips.count()) ? chips : g.getByRole('checkbox');
}

/** Label and printed count of each toggle of a group, in list order. */
async function printed(list) {
  return list.evaluateAll((els) =>
    els.map((el) => {
      const row = el.closest('label') ?? el;
      const label = row.querySelector('.label') ?? row.querySelector('span');
      return {
        label: label.textContent.trim(),
        count: Number(row.querySelector('.count').textContent.replace(/[^\d]/g, '')),
      };
    }),
  );
}

const isOn = (toggle) =>
  toggle.evaluate((el) => (el.matches('input') ? el.checked : el.getAttribute('aria-pressed') === 'true'));

/**
 * Chooses each toggle of each group (the first `sample` of each, every session), reads the
 * header, un-chooses it; returns what disagreed. Groups holding a filter of the page's URL are
 * skipped: choosing there adds to that filter instead of being the group's only choice.
 */
async function walk(page, { sample = Infinity, skip = [] } = {}) {
  const wrong = [];
  let walked = 0;
  for (const name of GROUPS) {
    if (skip.some((s) => String(s) === String(name))) continue;
    const list = await toggles(page, name);
    if (!list) continue;
    const rows = await printed(list);
    const take = String(name) === String(/^Session/) ? rows.length : Math.min(sample, rows.length);
    for (let k = 0; k < take; k++) {
      const { label, count } = rows[k];
      const toggle = list.nth(k);
      const before = page.url();
      await toggle.click();
      await page.waitForURL((u) => u.href !== before);
      expect(await isOn(toggle), `${name} "${label}" is chosen after a click`).toBeTruthy();
      // The header follows within a frame or two; wait for the printed number, then read what stays.
      await page.waitForFunction(`(${HEADER})() === '${count}'`, null, { timeout: 3000 }).catch(() => {});
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const shown = await page.evaluate(HEADER);
      if (Number(shown) !== count) wrong.push(`${name} "${label}": prints ${count}, choosing it shows ${shown}`);
      await toggle.click();
      await page.waitForURL(before);
      walked++;
    }
  }
  return { wrong, walked };
}

/** The map list's counts by country name, and the panel's. */
async function mapAgainstPanel(page) {
  const fig = page.getByRole('figure', { name: /^Counterpart countries/ });
  await onScreen(fig);
  const map = await fig.locator('button.country').evaluateAll((els) =>
    els.map((el) => ({
      name: el.querySelector('.name').textContent.trim(),
      count: Number(el.querySelector('.count').textContent.replace(/[^\d]/g, '')),
    })),
  );
  const list = await toggles(page, /^Counterpart country/);
  const inPanel = new Map((await printed(list)).map((r) => [r.label, r.count]));
  const wrong = [];
  for (const m of map)
    if (inPanel.get(m.name) !== m.count)
      wrong.push(`${m.name}: map list ${m.count}, filter panel ${inPanel.get(m.name)}`);
  const onMap = new Set(map.map((m) => m.name));
  for (const [name, count] of inPanel)
    if (count > 0 && !onMap.has(name)) wrong.push(`${name}: filter panel ${count}, not in the map list`);
  return { wrong, compared: map.length };
}

/** The timeline's session buttons that print a count ("78th session, 2023: 22 engagements"), against the panel's session chips. */
async function timelineAgainstPanel(page) {
  const fig = page.getByRole('figure', { name: /^UNGA sessions/ });
  await onScreen(fig);
  const names = await fig
    .locator('[role="button"][aria-label]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
  const chips = await printed(await toggles(page, /^Session/));
  const byYear = new Map(chips.map((c) => [c.label.slice(0, 4), c.count]));
  const wrong = [];
  let compared = 0;
  for (const name of names) {
    const m = /(\d{4}): ([\d,]+) engagements?/.exec(name);
    if (!m) continue;
    compared++;
    if (byYear.get(m[1]) !== number(m[2])) wrong.push(`${m[1]}: timeline "${name}", filter panel ${byYear.get(m[1])}`);
  }
  return { wrong, compared };
}

const STATES = [
  { name: 'bundled dataset', url: '/', skip: [] },
  { name: 'bundled dataset, planned events counted', url: '/?planned=yes', skip: [] },
  { name: 'bundled dataset, 2025 session chosen', url: '/?year=2025', skip: [/^Session/] },
  { name: 'generated dataset', url: `/?data=${encodeURIComponent(GENERATED)}`, skip: [], sample: 5, generated: true },
  {
    name: 'generated dataset, planned events counted',
    url: `/?data=${encodeURIComponent(GENERATED)}&planned=yes`,
    skip: [],
    sample: 5,
    generated: true,
  },
];

for (const s of STATES) {
  test(`counts: every filter choice prints what choosing it shows (${s.name})`, async ({ page, origin }) => {
    if (s.generated) await writeGenerated();
    await open(page, origin + s.url);
    const { wrong, walked } = await walk(page, { sample: s.sample, skip: s.skip });
    expect(walked, `walked ${walked} choices`).toBeGreaterThanOrEqual(s.generated ? 20 : 10);
    expect(wrong.length, `${wrong.length} of ${walked} counts disagree:\n${wrong.join('\n')}`).toBe(0);
  });

  test(`counts: the map's country list prints the filter panel's numbers (${s.name})`, async ({ page, origin }) => {
    if (s.generated) await writeGenerated();
    await open(page, origin + s.url);
    const { wrong, compared } = await mapAgainstPanel(page);
    expect(compared, 'the map lists countries').toBeGreaterThan(0);
    expect(wrong.length, `${wrong.length} countries disagree:\n${wrong.join('\n')}`).toBe(0);
  });

  test(`counts: the timeline's session buttons print the filter panel's numbers (${s.name})`, async ({
    page,
    origin,
  }) => {
    if (s.generated) await writeGenerated();
    await open(page, origin + s.url);
    const { wrong, compared } = await timelineAgainstPanel(page);
    expect(compared, 'the timeline prints a count for some session').toBeGreaterThan(0);
    expect(wrong.length, `${wrong.length} sessions disagree:\n${wrong.join('\n')}`).toBe(0);
  });
}
