import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { compiledMessages } from './scripts/vite-plugin-messages.ts';

export default defineConfig({
  plugins: [compiledMessages(), svelte(), svelteTesting()],
  // Relative asset URLs so the built app works from any sub-path (GitHub Pages, a report's folder).
  base: './',
  server: { host: '127.0.0.1' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    // Which stylesheets the table's lazy chunk brings: scripts/prerender.ts inlines them (the
    // prerendered page draws the table at first paint) and then deletes this file.
    manifest: true,
    // The dashboard alone: the studio (edit.html) is built apart by vite.studio.config.ts, so
    // that no chunk is shared and the dashboard's first load never carries studio code.
    rollupOptions: {
      input: { main: fileURLToPath(new URL('./index.html', import.meta.url)) },
    },
  },
  worker: { format: 'es' },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.ts'],
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    // Component tests mount whole views on a shared 2-core machine: give them room.
    testTimeout: 30_000,
  },
});
