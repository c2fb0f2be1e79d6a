// Runs every tests/e2e/*.spec.mjs against the built app in Chromium. `node tests/e2e/run.mjs [name filter]`.
import { readdirSync } from 'node:fs';
import { run } from './harness.mjs';

const specs = readdirSync(import.meta.dirname)
  .filter((f) => f.endsWith('.spec.mjs'))
  .sort();
for (const spec of specs) await import(`./${spec}`);
const { failed } = await run({ only: process.argv[2] });
process.exit(failed ? 1 : 0);
