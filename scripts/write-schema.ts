/**
 * Regenerate data/schema.json from the zod schema: `npm run schema`. Run it after any change to
 * src/lib/data/schema.ts; tests/unit/jsonSchema.test.ts fails while the committed file is stale.
 */
import { fileURLToPath } from 'node:url';
import { jsonSchemaText } from '../src/lib/data/jsonSchema';
import { FileProblem, writeFile } from './fileAccess.mjs';

const USAGE = `usage: npm run schema
  Writes data/schema.json (the JSON Schema of a dataset) from src/lib/data/schema.ts; takes no options.`;

function main(args: readonly string[]): number {
  const rest = args.filter((a) => a !== '--');
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  if (rest.length) {
    console.error(`schema: unexpected ${rest[0]}\n${USAGE}`);
    return 2;
  }
  const target = fileURLToPath(new URL('../data/schema.json', import.meta.url));
  try {
    writeFile(target, jsonSchemaText());
  } catch (err) {
    if (!(err instanceof FileProblem)) throw err;
    console.error(`schema: ${err.message}`);
    return 2;
  }
  console.log(`wrote ${target}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
