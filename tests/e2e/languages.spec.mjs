// Kazakh, Russian and English in the page, the embeds and the downloads: every view renders in
// the language, <html lang> follows, the map's list is in the language and sorted by it, a
// tooltip and a notice are translated, numbers use the language's decimal separator, and a
// Kazakh SVG/PNG carries the Kazakh letters (the PNG is kept for a person to look at).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect, SHOTS, onScreen } from './fixtures.mjs';

const VIEWS = {
  ru: ['Страны-партнёры', 'Сессии ГА ООН', 'Стоимость сделок по компаниям', 'Мероприятия'],
  kk: ['Серіктес елдер', 'БҰҰ БА сессиялары', 'Компаниялар бойынша мәміле сомалары', 'Кездесулер'],
  en: ['Counterpart countries', 'UNGA sessions', 'Deal values by company', 'Engagements'],
};

async function ready(page, lang) {
  for (const name of VIEWS[lang])
    await page.getByRole('figure', { name: new RegExp(`^${name}`) }).waitFor({ timeout: 30_000 });
}

for (const lang of ['ru', 'kk']) {
  for (const width of [1280, 375]) {
    test.describe(() => {
      test.use({ viewport: { width, height: 900 } });
      test(`languages: ?lang=${lang} at ${width} px: every view, <html lang>, the map's list sorted in the language, numbers, a notice`, async ({
        page,
        origin,
        shot,
      }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${origin}/?lang=${lang}&year=20x3`);
        await ready(page, lang);
        expect(await page.evaluate(() => document.documentElement.lang), '<html lang> follows the language').toBe(lang);
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth),
          'nothing scrolls sideways (long words fit)',
        ).toBeLessThanOrEqual(width + 1);
        // The notice about the malformed year, in the language.
        const notice = await page.getByRole('status').filter({ hasText: '20x3' }).innerText();
        expect(
          /[а-яёәғқңөұүһі]/i.test(notice) && !/Ignored/.test(notice),
          `the notice is translated: ${notice}`,
        ).toBeTruthy();
        // The map's companion list: country names in the language, in its alphabetical order.
        const map = page.getByRole('figure', { name: new RegExp(`^${VIEWS[lang][0]}`) });
        const names = await map
          .locator('ul[aria-labelledby$="-countries"] button')
          .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? e.textContent ?? ''));
        const countries = names.map((n) => n.split(/[,:]/)[0].trim()).filter(Boolean);
        expect(
          countries.some((n) => /США|АҚШ|Америка Құрама Штаттары/.test(n)),
          `the United States named in ${lang}: ${countries.join(' | ')}`,
        ).toBeTruthy();
        const sorted = [...countries].sort(new Intl.Collator(lang).compare);
        expect(JSON.stringify(countries), `sorted in ${lang}: ${countries.join(' | ')}`).toBe(JSON.stringify(sorted));
        // Numbers: "4,2 млрд $", with the decimal comma.
        const dealFigure = page.getByRole('figure', { name: new RegExp(`^${VIEWS[lang][2]}`) });
        await onScreen(dealFigure);
        const deals = await dealFigure.innerText();
        expect(deals, `the decimal separator of ${lang}: ${deals.slice(0, 200)}`).toMatch(/4,2\s?млрд/);
        await shot(`lang-${lang}-${width}`);
      });
    });
  }

  test(`languages: ?lang=${lang}: a tooltip is translated`, async ({ page, origin }) => {
    await page.goto(`${origin}/?lang=${lang}`);
    await ready(page, lang);
    const timeline = page.getByRole('figure', { name: new RegExp(`^${VIEWS[lang][1]}`) });
    await timeline.getByRole('img').nth(3).hover();
    const tip = page.getByRole('tooltip').first();
    await tip.waitFor();
    const text = await tip.innerText();
    expect(
      /[а-яёәғқңөұүһі]/i.test(text) && !/session|engagement/i.test(text),
      `the tooltip is in ${lang}: ${text}`,
    ).toBeTruthy();
  });
}

test('languages: the switch in the header changes every word, the URL and <html lang>', async ({ page, origin }) => {
  await page.goto(origin + '/');
  await ready(page, 'en');
  const button = page.getByRole('button', { name: 'Қазақша' });
  expect(await button.getAttribute('lang'), 'each option is named in its own language, marked with it').toBe('kk');
  await button.click();
  await page.waitForURL(/lang=kk/);
  await ready(page, 'kk');
  expect(await page.evaluate(() => document.documentElement.lang), '<html lang> follows').toBe('kk');
  const title = await page.getByRole('heading', { level: 1 }).innerText();
  expect(title, `the dataset's own Kazakh title: ${title}`).toMatch(/Қазақстан Президенті/);
  // Share links and embed codes carry the language.
  const frame = page.locator('[data-view="deals"]');
  await frame.getByRole('toolbar').getByRole('button').first().click();
  const link = await frame.getByRole('textbox').first().inputValue();
  expect(link, `the share link keeps the language: ${link}`).toMatch(/lang=kk/);
});

test("languages: with no ?lang, the reader's browser language is used (Kazakh before Russian)", async ({
  page,
  origin,
}) => {
  await page.addInitScript(() =>
    Object.defineProperty(navigator, 'languages', { get: () => ['kk-KZ', 'ru-RU', 'en'] }),
  );
  await page.goto(origin + '/');
  await ready(page, 'kk');
  expect(await page.evaluate(() => document.documentElement.lang), 'Kazakh from the browser').toBe('kk');
  expect(page.url(), 'the address is left as the reader typed it').not.toMatch(/lang=/);
});

test('languages: a Kazakh SVG and PNG download show the Kazakh letters in the bundled font', async ({
  page,
  origin,
}) => {
  await page.goto(`${origin}/?lang=kk`);
  await ready(page, 'kk');
  const frame = page.locator('[data-view="deals"]');
  const save = async (format) => {
    const [dl] = await Promise.all([
      page.waitForEvent('download'),
      frame.getByRole('button', { name: new RegExp(`^${format} жүктеп алу`) }).click(),
    ]);
    return Buffer.concat(await (await dl.createReadStream()).toArray());
  };
  const svg = (await save('SVG')).toString('utf8');
  const texts = await page.evaluate(
    (s) =>
      [...new DOMParser().parseFromString(s, 'image/svg+xml').querySelectorAll('text')]
        .map((t) => t.textContent)
        .join(' '),
    svg,
  );
  expect(texts, `Kazakh letters in the file's text: ${texts.slice(0, 200)}`).toMatch(/[әғқңөұүһі]/);
  expect(
    /lang="kk"/.test(svg) && /@font-face/.test(svg),
    'the file says its language and embeds the font that has every Kazakh letter',
  ).toBeTruthy();
  const png = await save('PNG');
  expect(png.subarray(1, 4).toString('latin1'), 'a PNG').toBe('PNG');
  await writeFile(join(SHOTS, 'export-deals-kk.png'), png);
});
