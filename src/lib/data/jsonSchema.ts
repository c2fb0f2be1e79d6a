/**
 * The dataset format as a JSON Schema document (data/schema.json), derived from the zod schema so
 * the two cannot drift apart. Pure: scripts/write-schema.ts writes the file, a unit test checks
 * that the committed copy is current.
 */
import { z } from 'zod';
import { datasetSchema } from './schema';

// No public address is settled for the schema yet; a URN names it without pretending to a host.
export const SCHEMA_ID = 'urn:unga-diplomacy-dashboard:dataset:1';

/** The JSON Schema (draft 2020-12) of a dataset file, as the editor of a file writes it (`io: 'input'`). */
export function buildJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(datasetSchema, { target: 'draft-2020-12', io: 'input' });
  // Spread so that $schema, $id, title and description head the file, where a reader looks first.
  return {
    $schema,
    $id: SCHEMA_ID,
    title: 'UNGA Diplomacy Dashboard dataset, schemaVersion 1',
    description:
      'Shapes only. Unique ids, references between records, dates inside their session\'s year and real ' +
      'country codes are checked by `npm run validate`, which runs the same checks as the dashboard.',
    ...rest,
  };
}

/** The text of data/schema.json: two-space indentation and a trailing newline, as editors save it. */
export function jsonSchemaText(): string {
  return `${JSON.stringify(buildJsonSchema(), null, 2)}\n`;
}
