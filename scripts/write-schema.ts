/**
 * Regenerate data/schema.json from the zod schema: `npm run schema`. Run it after any change to
 * src/lib/data/schema.ts; tests/unit/jsonSchema.test.ts fails while the committed file is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { jsonSchemaText } from '../src/lib/data/jsonSchema';

const target = fileURLToPath(new URL('../data/schema.json', import.meta.url));
writeFileSync(target, jsonSchemaText());
console.log(`wrote ${target}`);
