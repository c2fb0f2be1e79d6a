/**
 * What test files share: loading a fixture (validated, a fresh copy each time), the index, the
 * words in a language, the inputs of a view, and stub callbacks that record what a view asked.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { vi } from 'vitest';
import { parseDataset } from '../src/lib/data/load';
import {
  filterDataset,
  indexDataset,
  NO_FILTERS,
  type DatasetIndex,
  type Filtered,
  type Filters,
} from '../src/lib/data/query';
import type { Dataset } from '../src/lib/data/schema';
import { createI18n, type I18n } from '../src/lib/i18n/i18n';
import { loadLanguage } from '../src/lib/i18n/loadLanguage';
import { namesFromFile } from '../src/lib/geo/countryNames';
import { alpha2ToAlpha3 } from '../src/lib/geo/codes';
import enMessages from '../src/lib/i18n/messages/en/index';
import enStudio from '../src/lib/i18n/messages/en/studio.json';
import enNames from 'i18n-iso-countries/langs/en.json';
import type { Language } from '../src/lib/i18n/languages';
import { DEFAULT_OPTIONS, type ViewOptions } from '../src/lib/state/options';
import { LIGHT, THEMES, type Theme, type ThemeName } from '../src/lib/basics/theme';
import type { ExportInput, ViewActions, ViewProps } from '../src/views/shared/types';

// Paths, not URL objects: under jsdom the global URL is jsdom's, which node:fs does not accept.
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A JSON file of the repository (a fixture, the bundled dataset), validated; throws with the problems when invalid. */
export function loadDatasetFile(relative: string): Dataset {
  const result = parseDataset(JSON.parse(readFileSync(path.join(ROOT, relative), 'utf8')));
  if (!result.ok)
    throw new Error(`${relative} is invalid:\n${result.problems.map((p) => `${p.path}: ${p.message}`).join('\n')}`);
  return result.data;
}

export const fixture = (name: string) => loadDatasetFile(`tests/fixtures/${name}`);
export const bundledDataset = () => loadDatasetFile('data/kazakhstan-unga.json');

export function indexOf(data: Dataset): DatasetIndex {
  return indexDataset(data);
}

/** English words, ready at once (the messages are compiled by the same Vite plugin as the app's). */
export function english(): I18n {
  return createI18n({
    lang: 'en',
    messages: { ...enMessages, ...enStudio },
    countryNames: namesFromFile(enNames as never, 'en', alpha2ToAlpha3),
  });
}

/** The words of any language, loaded as the page loads them. */
export async function i18nFor(lang: Language): Promise<I18n> {
  return createI18n(await loadLanguage(lang));
}

export const filters = (f: Partial<Filters> = {}): Filters => ({ ...NO_FILTERS, ...f });

export interface InputOptions {
  filters?: Partial<Filters>;
  options?: Partial<ViewOptions>;
  i18n?: I18n;
  theme?: ThemeName | Theme;
  width?: number;
}

/** What a static drawing is made from, with the filters applied. */
export function exportInput(index: DatasetIndex, o: InputOptions = {}): ExportInput {
  const f = filters(o.filters);
  return {
    index,
    filtered: filterDataset(index, f),
    filters: f,
    options: { ...DEFAULT_OPTIONS, ...o.options },
    i18n: o.i18n ?? english(),
    theme: typeof o.theme === 'string' ? THEMES[o.theme] : (o.theme ?? LIGHT),
    width: o.width ?? 960,
  };
}

/** Callbacks that record every call, for asserting what a view asked the app to do. */
export function stubActions(): ViewActions & { [K in keyof ViewActions]: ReturnType<typeof vi.fn> } {
  return {
    toggleYear: vi.fn(),
    toggleCountry: vi.fn(),
    toggleActorType: vi.fn(),
    toggleCompany: vi.fn(),
    setOptions: vi.fn(),
    sortBy: vi.fn(),
    clearFilters: vi.fn(),
  } as never;
}

/**
 * A browser whose WebGL probe answers with a graphics card, so that the map view picks MapLibre
 * (which the test mocks). Undo with vi.unstubAllGlobals() and vi.restoreAllMocks().
 */
export function stubGpuWebgl() {
  vi.stubGlobal('WebGLRenderingContext', class {});
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue({
    getExtension: () => null,
    getParameter: () => 'ANGLE (NVIDIA GeForce)',
    RENDERER: 0x1f01,
  } as never);
}

/** Props of a live view, with the filters applied and stub actions. */
export function viewProps(
  index: DatasetIndex,
  o: InputOptions = {},
): ViewProps & { actions: ReturnType<typeof stubActions> } {
  const input = exportInput(index, o);
  return {
    index,
    filtered: input.filtered,
    filters: input.filters,
    options: input.options,
    i18n: input.i18n,
    theme: input.theme,
    actions: stubActions(),
  };
}

export type { Filtered };

/**
 * A frame clock driven by the test (for `AfterPaint` users: lib/state/stageQueue.ts and the
 * staged views): `paint()` runs what waits for the next paint, then `afterEach` (a Svelte flush).
 */
export function frameClock(afterEach: () => void = () => {}) {
  let queue: (() => void)[] = [];
  const later: import('../src/lib/state/afterPaint').AfterPaint = (fn) => {
    queue.push(fn);
    return () => (queue = queue.filter((f) => f !== fn));
  };
  return {
    later,
    pending: () => queue.length,
    paint() {
      const due = queue;
      queue = [];
      for (const fn of due) fn();
      afterEach();
    },
  };
}
