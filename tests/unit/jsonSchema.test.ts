// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildJsonSchema, jsonSchemaText } from '../../src/lib/data/jsonSchema';

const committed = readFileSync(new URL('../../data/schema.json', import.meta.url), 'utf8');

// Loose view of the generated document: the properties these checks walk through.
interface Node {
  type?: string;
  required?: string[];
  properties?: Record<string, Node>;
  items?: Node;
  anyOf?: Node[];
}

describe('data/schema.json', () => {
  it('matches what the zod schema generates now', () => {
    // Whole texts, so formatting and the trailing newline count too; the diff shows what moved.
    expect(committed, 'data/schema.json is stale: run npm run schema').toBe(jsonSchemaText());
  });

  it('is a draft 2020-12 schema with an id, a title and a description', () => {
    const doc = JSON.parse(committed) as Record<string, unknown>;
    expect(doc).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: expect.any(String),
      title: expect.stringContaining('schemaVersion 1'),
      description: expect.any(String),
    });
  });

  it('requires every top-level field except description', () => {
    const root = buildJsonSchema() as Node;
    expect(root.required?.slice().sort()).toEqual([
      'actors',
      'deals',
      'delegation',
      'engagements',
      'schemaVersion',
      'sessions',
      'sources',
      'title',
    ]);
    expect(Object.keys(root.properties ?? {})).toContain('description');
  });

  it('describes a deal value as an object or null, and requires it', () => {
    const deal = (buildJsonSchema() as Node).properties?.deals?.items;
    expect(deal?.required).toContain('value');
    const variants = deal?.properties?.value?.anyOf ?? [];
    expect(
      variants
        .map((v) => v.type)
        .slice()
        .sort(),
    ).toEqual(['null', 'object']);
    expect(
      variants
        .find((v) => v.type === 'object')
        ?.required?.slice()
        .sort(),
    ).toEqual(['qualifier', 'usd']);
  });
});
