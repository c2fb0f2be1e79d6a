/**
 * Build-time rendering of the dashboard for the bundled dataset in its default state (no
 * filters, English), so the first chart is in the HTML and paints as early as a static page;
 * the app then hydrates it. Run by scripts/prerender.ts through Vite's SSR loader.
 */
import { render } from 'svelte/server';
import App from './App.svelte';
import { parseDataset } from './lib/data/load';
import { indexDataset } from './lib/data/buildIndex';
import { loadLanguage } from './lib/i18n/loadLanguage';
import { bootJson } from './lib/state/boot';
import { fromQuery } from './lib/state/url';
import { themeCss } from './lib/basics/theme';

export interface Prerendered {
  /** The app's markup, for inside `<div id="app">`. */
  body: string;
  head: string;
  /** The boot JSON the page hydrates from. */
  boot: string;
  css: string;
}

export async function prerenderDashboard(json: unknown, defaultDataUrl: string): Promise<Prerendered> {
  const loaded = parseDataset(json);
  if (!loaded.ok) {
    throw new Error(
      `the bundled dataset is invalid, so it cannot be prerendered:\n${loaded.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`,
    );
  }
  const pack = await loadLanguage('en');
  const data = loaded.data;
  const { body, head } = render(App, {
    props: {
      initial: fromQuery(''),
      browserLang: 'en',
      defaultDataUrl,
      preloaded: { data, index: indexDataset(data), pack },
    },
  });
  // The page names only the dataset's countries: the boot data carries those names, not all 250.
  const index = indexDataset(data);
  const needed = new Set([...index.countries, data.delegation.country]);
  const names = new Map([...pack.countryNames].filter(([code]) => needed.has(code)));
  return { body, head, boot: bootJson(data, { ...pack, countryNames: names }), css: themeCss() };
}
