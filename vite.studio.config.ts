/**
 * The dataset studio's build (edit.html), run after the dashboard's into the same dist/ folder.
 * Apart, so the two pages share no chunk: the dashboard's first load stays as small as if the
 * studio did not exist. Same plugins and settings otherwise.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vite';
import base from './vite.config.ts';

// mergeConfig would merge the two `input` objects and rebuild index.html too, with chunks shared
// with the studio: the dashboard's input is dropped first, so only edit.html is built here.
const { rollupOptions: _dashboardOnly, ...baseBuild } = base.build ?? {};

export default mergeConfig(
  { ...base, build: baseBuild, test: undefined },
  defineConfig({
    build: {
      emptyOutDir: false,
      // The dashboard's manifest is read by scripts/prerender.ts: not overwritten by the studio's.
      manifest: false,
      rollupOptions: { input: { edit: fileURLToPath(new URL('./edit.html', import.meta.url)) } },
    },
  }),
);
