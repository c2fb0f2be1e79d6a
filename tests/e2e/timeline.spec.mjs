// The timeline of UNGA sessions in Chromium: session toggles, marks with tooltips, both widths.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { test, expect, ROOT, onScreen, writeAtomically } from './fixtures.mjs';

const timeline = (page) => page.getByRole('figure', { name: /^UNGA sessions/ });

test('timeline: sessions with the gap between them, one mark per engagement', async ({ page, origin }) => {
  await page.goto(origin + '/');
  const fig = timeline(page);
  await fig.waitFor();
  const text = await fig.innerText();
  expect(/78th/.test(text) && /80th/.test(text), 'both sessions labelled').toBeTruthy();
  expect(
    /79th\s+(session\s+)?(· )?2024/.test(text) && /no recorded visit/.test(text),
    `the 79th session shows as a gap: ${text.slice(0, 400)}`,
  ).toBeTruthy();
  const marks = await fig.getByRole('img').count();
  expect(marks, `one mark per engagement (24), got ${marks}`).toBe(24);
  await fig.screenshot({ path: join(ROOT, 'test-results/screenshots/timeline-1280.png') });
});

test('timeline: clicking a session filters by its year; hovering a mark shows who, what and the publisher', async ({
  page,
  origin,
}) => {
  await page.goto(origin + '/');
  const fig = timeline(page);
  await fig.getByRole('button', { name: /^78th/ }).click();
  await page.waitForURL(/\?year=2023$/);
  expect(
    await fig.getByRole('button', { name: /^78th/ }).getAttribute('aria-pressed'),
    'the session shows as selected',
  ).toBe('true');
  const rows = await page
    .getByRole('figure', { name: /^Engagements/ })
    .locator('tbody tr')
    .allInnerTexts();
  expect(rows.length > 0 && !rows.some((r) => /Zelenskyy/.test(r)), 'the table follows the year').toBeTruthy();
  const raisi = fig.getByRole('img', { name: /Raisi/ });
  await raisi.hover();
  const tip = await fig.getByRole('tooltip').innerText();
  expect(/Raisi/.test(tip) && /Kazinform/.test(tip), `tooltip names who and the publisher: ${tip}`).toBeTruthy();
});

test('timeline and deal chart: marks that are buttons press like buttons: no text caret or selection in the drawing', async ({
  page,
  origin,
}) => {
  await page.goto(origin + '/');
  const marks = [
    ['a session', timeline(page).getByRole('button', { name: /^78th/ })],
    [
      'a bar',
      page
        .getByRole('figure', { name: /^Deal values by company/ })
        .locator('svg [role="button"]')
        .first(),
    ],
  ];
  for (const [what, mark] of marks) {
    await page.evaluate(() => getSelection()?.removeAllRanges());
    await mark.click();
    const selection = await page.evaluate(() => getSelection()?.type);
    expect(selection, `pressing ${what} leaves no caret or selection (${selection})`).toBe('None');
    await mark.click();
  }
});

test('timeline: keyboard reaches sessions and toggles them with Enter', async ({ page, origin }) => {
  await page.goto(origin + '/');
  const session = timeline(page).getByRole('button', { name: /^80th/ });
  await session.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\?year=2025$/);
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => u.search === '');
});

test.describe(() => {
  test.use({ viewport: { width: 375, height: 800 } });
  test('timeline: at 375 px it stays inside the screen with labels readable', async ({ page, origin }) => {
    await page.goto(origin + '/');
    const fig = timeline(page);
    await fig.waitFor();
    const box = await fig.boundingBox();
    expect(box.x >= 0 && box.x + box.width <= 375, `figure inside the viewport: ${JSON.stringify(box)}`).toBeTruthy();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `no sideways scrolling (${overflow}px)`).toBeLessThanOrEqual(0);
    await fig.screenshot({ path: join(ROOT, 'test-results/screenshots/timeline-375.png') });
  });
});

// Topics read as labels, and callouts stay whole on a phone.

const TOPICS = '/tests/fixtures/timeline-topics.json';

/** Each callout as drawn: its lines joined, and its box against the SVG's drawing area (in page pixels). */
async function callouts(fig) {
  await onScreen(fig);
  return fig.locator('svg .callout').evaluateAll((groups) =>
    groups.map((g) => {
      const svg = g.ownerSVGElement;
      const view = svg.viewBox.baseVal;
      const box = g.getBBox();
      const outer = svg.getBoundingClientRect();
      const inner = g.getBoundingClientRect();
      return {
        text: [...g.querySelectorAll('text')].map((t) => t.textContent).join(' '),
        lines: g.querySelectorAll('text').length,
        insideView:
          box.x >= view.x - 0.5 &&
          box.x + box.width <= view.x + view.width + 0.5 &&
          box.y + box.height <= view.y + view.height + 0.5,
        insideSvg:
          inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5 && inner.bottom <= outer.bottom + 0.5,
      };
    }),
  );
}

/** The topic of a "Speech: …" or "Summit: …" callout, in any of the three languages. */
const topicOf = (text) => /^(?:Speech|Summit|Выступление|Саммит|Сөз сөйлеу): (.+)$/.exec(text)?.[1] ?? null;

const LANGS = [
  { lang: 'en', expected: ['Speech: General debate', 'Summit: C5+1', 'Signing: United Nations'], absent: [] },
  {
    lang: 'ru',
    expected: ['Выступление: Общие прения', 'Саммит: С5+1', 'Подписание: Организация Объединённых Наций'],
    absent: ['General debate', 'C5+1'],
  },
  {
    lang: 'kk',
    expected: ['Сөз сөйлеу: Жалпы дебаттар', 'Саммит: С5+1', 'Қол қою: Біріккен Ұлттар Ұйымы'],
    absent: ['General debate', 'C5+1'],
  },
];

for (const { lang, expected, absent } of LANGS) {
  test(`timeline: topics are labels in ${lang}: the dataset's translation, cased, never a raw key`, async ({
    page,
    origin,
  }) => {
    // The bundled dataset: whatever its topics are (keys or labels), none is shown in lower case.
    await page.goto(`${origin}/?lang=${lang}`);
    let found = await callouts(timeline(page).or(page.locator('figure.timeline')).first());
    const topics = found.map((c) => topicOf(c.text)).filter(Boolean);
    expect(topics.length, `the speech and the summit are labelled: ${JSON.stringify(found)}`).toBeGreaterThanOrEqual(2);
    for (const t of topics) expect(t, `"${t}" is shown as a raw key`).not.toMatch(/^\p{Ll}/u);

    // A dataset that translates its topics: each page shows its own language's label.
    await page.goto(`${origin}/?data=${encodeURIComponent(TOPICS)}&lang=${lang}`);
    const fig = page.locator('figure.timeline');
    await fig.waitFor();
    found = await callouts(fig);
    const texts = found.map((c) => c.text);
    for (const e of expected) expect(texts, `"${e}" among the callouts: ${JSON.stringify(texts)}`).toContain(e);
    for (const a of absent)
      expect(
        texts.some((t) => t.includes(a)),
        `"${a}" (another language) not shown: ${JSON.stringify(texts)}`,
      ).toBeFalsy();
    for (const t of texts) {
      const topic = topicOf(t);
      if (topic) expect(topic, `"${t}": topic not cased`).not.toMatch(/^\p{Ll}/u);
    }
    // A mark is named by the words beside it (WCAG 2.5.3), and its tooltip lists every topic.
    const summit = fig.getByRole('img', { name: new RegExp(`^${expected[1].replace(/[+]/g, '\\+')} — `) });
    await summit.hover();
    const tip = await fig.getByRole('tooltip').innerText();
    expect(
      tip.includes(expected[1].split(': ')[1]) && tip.includes('Central asia'),
      `the tooltip lists the topics: ${tip}`,
    ).toBeTruthy();
  });
}

for (const { lang, query } of [
  { lang: 'en', query: '' },
  { lang: 'ru', query: '' },
  { lang: 'kk', query: '' },
  { lang: 'ru', query: `&data=${encodeURIComponent(TOPICS)}` },
  { lang: 'kk', query: `&data=${encodeURIComponent(TOPICS)}` },
]) {
  test.describe(() => {
    test.use({ viewport: { width: 375, height: 800 } });
    test(`timeline: at 375 px, ${lang}${query ? ' (translated topics)' : ''}: every callout wraps inside the drawing, none is cut`, async ({
      page,
      origin,
    }) => {
      await page.goto(`${origin}/?lang=${lang}${query}`);
      const fig = page.locator('figure.timeline');
      await fig.waitFor();
      const found = await callouts(fig);
      expect(found.length, `callouts drawn: ${JSON.stringify(found)}`).toBeGreaterThanOrEqual(3);
      for (const c of found) {
        expect(c.insideView && c.insideSvg, `"${c.text}" stays inside the drawing: ${JSON.stringify(c)}`).toBeTruthy();
        expect(c.text, `"${c.text}" is whole, not cut`).not.toContain('…');
      }
      if (query)
        expect(
          found.some((c) => c.lines > 1),
          `a long callout wraps onto several lines: ${JSON.stringify(found)}`,
        ).toBeTruthy();
      await fig.screenshot({
        path: join(ROOT, `test-results/screenshots/timeline-375-${lang}${query ? '-topics' : ''}.png`),
      });
    });
  });
}

// Accessibility of the drawing itself, in both forms and at both widths, with axe's Label in Name
// check (WCAG 2.5.3: a control's name holds the words it shows), which axe runs only on request.

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SYNTH = 'tests/e2e/generated/timeline-synth-2000.json';

async function ensureSynth() {
  const { synthDataset } = await tsImport('../../scripts/synth/generate.ts', import.meta.url);
  mkdirSync(join(ROOT, 'tests/e2e/generated'), { recursive: true });
  // More engagements than one mark each can show: the compact form, a column per session.
  writeAtomically(join(ROOT, SYNTH), JSON.stringify(synthDataset({ engagements: 2000, seed: 1 })));
}

for (const width of [1280, 375]) {
  test.describe(() => {
    test.use({ viewport: { width, height: 900 } });
    test(`timeline: axe finds nothing serious in either form at ${width} px, names holding the words shown`, async ({
      page,
      origin,
    }) => {
      await ensureSynth();
      for (const [form, query] of [
        ['detailed', '/?year=2023'],
        ['detailed', `/?lang=kk&data=${encodeURIComponent(TOPICS)}`],
        ['compact', `/?data=${encodeURIComponent('/' + SYNTH)}`],
      ]) {
        await page.goto(origin + query);
        const fig = page.locator('figure.timeline');
        await fig.waitFor();
        await onScreen(fig);
        const marks = await fig.getByRole('img').count();
        expect(
          form === 'compact' ? marks === 0 : marks > 0,
          `${query}: the ${form} form (${marks} marks)`,
        ).toBeTruthy();
        await page.evaluate(axeSource);
        const result = await page.evaluate(async () =>
          // @ts-ignore axe is injected above
          window.axe.run(document.querySelector('figure.timeline'), {
            resultTypes: ['violations'],
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'best-practice', 'experimental'] },
          }),
        );
        const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(
          serious.length,
          `${query}: ${serious
            .map(
              (v) =>
                `${v.id}: ${v.nodes
                  .slice(0, 3)
                  .map((n) => n.target.join(' '))
                  .join(', ')}`,
            )
            .join('\n')}`,
        ).toBe(0);
      }
    });
  });
}
