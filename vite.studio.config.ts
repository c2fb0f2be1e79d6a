/**
 * The dataset studio's build (edit.html), run after the dashboard's into the same dist/ folder.
 * Apart, so the two pages share no chunk: the dashboard's first load stays as small as if the
 * studio did not exist. Same plugins and settings otherwise.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vite';
import base from './vite.config.ts';

export default mergeConfig(
  { ...base, test: undefined },
  defineConfig({
    build: {
      emptyOutDir: false,
      rollupOptions: { input: { edit: fileURLToPath(new URL('./edit.html', import.meta.url)) } },
    },
  }),
);
