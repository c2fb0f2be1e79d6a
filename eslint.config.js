// ESLint: the recommended rules of ESLint, typescript-eslint and eslint-plugin-svelte; Prettier
// owns the layout (eslint-config-prettier turns off the rules it would fight). `npm run lint`.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default defineConfig(
  globalIgnores(['dist/', 'test-results/', 'tests/e2e/generated/', 'tests/snapshots/', 'tests/fixtures/', 'data/']),
  js.configs.recommended,
  ts.configs.recommended,
  svelte.configs.recommended,
  prettier,
  svelte.configs.prettier,
  {
    // The page (and the scripts it loads as they are, from public/) runs in the browser.
    files: ['src/**', 'public/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    // Tests run in Node, component tests under jsdom; the scripts and the configs in Node.
    files: ['tests/**', 'scripts/**', '*.config.{js,mjs,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Where a recommended rule does not fit this codebase, it is set here, with the reason.
    rules: {
      // `_name` drops a key on purpose (`const { a: _, ...rest } = x`); public/boot.js keeps its
      // `catch (e)` bindings because it must parse in browsers too old for the app.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true, caughtErrors: 'none' },
      ],
      // A view's component takes props of its own shape: `Component<any>`; tests mutate fixtures as loose JSON.
      '@typescript-eslint/no-explicit-any': 'off',
      // The browser tests are plain JS, not type-checked: `@ts-ignore <why>` only quiets an editor.
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-ignore': 'allow-with-description' }],
      // Best-effort steps (storage, performance observers, cleanup) ignore their failures on purpose.
      'no-empty': ['error', { allowEmptyCatch: true }],
      // Control characters are matched on purpose: they are stripped from XML and terminal output.
      'no-control-regex': 'off',
      // `{' '}` marks a space that must stay where Prettier would otherwise move or drop it.
      'svelte/no-useless-mustaches': 'off',
      // Flags every Map and Set in a component, also the local ones built and read in one function
      // and the deliberate non-reactive caches; reactive state here is $state replaced whole.
      'svelte/prefer-svelte-reactivity': 'off',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'], svelteConfig } },
  },
);
