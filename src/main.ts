/**
 * Starts the dashboard: reads the address and the reader's languages, then either hydrates the
 * page prerendered at build time (the bundled dataset in its default state, when the address
 * asks for nothing else) or mounts the app, which loads the dataset through the worker.
 */
import { hydrate, mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import defaultDataUrl from '../data/kazakhstan-unga.json?url';
import { themeCss } from './lib/basics/theme';
import { indexDataset } from './lib/data/buildIndex';
import { preferredLanguage } from './lib/i18n/languages';
import { readBoot, canHydrate } from './lib/state/boot';
import { afterPaint } from './lib/state/afterPaint';
import { fromQuery } from './lib/state/url';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no element with id "app" to mount the dashboard in.');

// The theme's custom properties: inlined in the built index.html, added here in development.
if (!document.getElementById('unga-theme')) {
  const style = document.createElement('style');
  style.id = 'unga-theme';
  style.textContent = themeCss();
  document.head.prepend(style);
}

const initial = fromQuery(window.location.search);
const browserLang = preferredLanguage(navigator.languages ?? [navigator.language]);
document.documentElement.dataset.theme = initial.theme ?? 'light';

const boot = readBoot(document);
const props = { initial, browserLang, defaultDataUrl };

if (boot && canHydrate(window.location.search, initial.lang ?? browserLang, boot.pack.lang)) {
  const data = boot.data;
  // The prerendered page paints first, as a static page would; hydration (which takes longer
  // than parsing the page) runs in the next task, after that paint.
  afterPaint(() =>
    hydrate(App, { target, props: { ...props, preloaded: { data, index: indexDataset(data), pack: boot.pack } } }),
  );
} else {
  // The prerendered page shows the default state in English: anything else starts fresh.
  target.replaceChildren();
  mount(App, { target, props });
}
document.documentElement.classList.remove('unga-fresh');
