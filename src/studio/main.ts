/**
 * Starts the dataset studio (edit.html): reads `?data=`, `?lang=` and `?theme=` as the dashboard
 * does, loads the words of the language, and mounts the studio. Only this page loads the
 * studio's code and the validator; the dashboard links here.
 */
import { mount } from 'svelte';
import '../app.css';
import bundledUrl from '../../data/kazakhstan-unga.json?url';
import { resolveTheme, themeCss } from '../lib/basics/theme';
import { createI18n } from '../lib/i18n/i18n';
import { loadLanguage } from '../lib/i18n/loadLanguage';
import { preferredLanguage, type Language } from '../lib/i18n/languages';
import { dataRef, fromQuery, toQuery } from '../lib/state/url';
import { NO_FILTERS } from '../lib/data/query';
import Studio from './Studio.svelte';

const target = document.getElementById('studio');
if (!target) throw new Error('edit.html has no element with id "studio" to mount the studio in.');

const style = document.createElement('style');
style.textContent = themeCss();
document.head.prepend(style);

const query = fromQuery(window.location.search);
const lang = query.lang ?? preferredLanguage(navigator.languages ?? [navigator.language]);
document.documentElement.lang = lang;
document.documentElement.dataset.theme = query.theme ?? 'light';
const theme = resolveTheme(query.theme, window.matchMedia('(prefers-color-scheme: dark)').matches);

// The studio's own messages load here, on this page only. Until a language has them translated
// (issue 12), the English ones stand in rather than bare message keys.
const STUDIO_MESSAGES: Record<Language, () => Promise<{ default: Record<string, unknown> }>> = {
  en: () => import('../lib/i18n/messages/en/studio.json'),
  ru: () => import('../lib/i18n/messages/ru/studio.json'),
  kk: () => import('../lib/i18n/messages/kk/studio.json'),
};
const [pack, english, own] = await Promise.all([loadLanguage(lang), STUDIO_MESSAGES.en(), STUDIO_MESSAGES[lang]()]);
const i18n = createI18n({ ...pack, messages: { ...pack.messages, ...english.default, ...own.default } });
// Back to the dashboard on the same dataset, language and theme.
// A hand-over or a local file is not an address the dashboard can open again: the bundled dataset.
const data = query.data && dataRef(query.data).kind === 'url' ? query.data : undefined;
const dashboardHref = `./${toQuery({ filters: NO_FILTERS, data, lang: query.lang, theme: query.theme })}`;

mount(Studio, { target, props: { i18n, theme, bundledUrl, dataUrl: query.data, dashboardHref } });
