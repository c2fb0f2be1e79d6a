import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/lib/data/load';
import { fileNameFor, orderKeys, serializeDataset } from '../../src/studio/model/serialize';
import { documentOf, workFromDocument, workFromText } from '../../src/studio/model/editedDataset';
import { ROOT } from '../helpers';

const bundledText = readFileSync(path.join(ROOT, 'data/kazakhstan-unga.json'), 'utf8');

describe('serializeDataset', () => {
  it('writes keys in the format order, unknown keys last, translations in their own order', () => {
    const text = serializeDataset({
      deals: [{ citations: [], note: 'kept', value: { qualifier: 'about', usd: 3 }, id: 'd1' }],
      title: { ru: 'Заголовок', en: 'Title' },
      schemaVersion: 1,
    });
    expect(text).toBe(
      '{\n  "schemaVersion": 1,\n  "title": {\n    "ru": "Заголовок",\n    "en": "Title"\n  },\n  "deals": [\n    {\n      "id": "d1",\n' +
        '      "value": {\n        "usd": 3,\n        "qualifier": "about"\n      },\n      "citations": [],\n      "note": "kept"\n    }\n  ]\n}\n',
    );
  });

  it('keeps every value of the bundled dataset, translations included, and loads as before', () => {
    const original = JSON.parse(bundledText);
    const opened = workFromText(bundledText, { kind: 'bundled' });
    if (!opened.ok) throw new Error('bundled dataset does not open');
    const saved = JSON.parse(serializeDataset(documentOf(opened.work)));
    expect(saved).toEqual(original);
    expect(parseDataset(saved).ok).toBe(true);
  });

  it('gives the same bytes twice (stable), and the input is not changed', () => {
    const doc = JSON.parse(bundledText);
    const copy = structuredClone(doc);
    expect(serializeDataset(doc)).toBe(serializeDataset(orderKeys(doc)));
    expect(doc).toEqual(copy);
  });

  it('writes article texts only when asked, and reads them back into the work', () => {
    const opened = workFromDocument(
      { schemaVersion: 1, sources: [{ id: 's', publisher: 'P', title: 'T', text: 'Article.' }] },
      { kind: 'file', name: 'x.json' },
    );
    if (!opened.ok) throw new Error('does not open');
    expect(opened.work.texts).toEqual({ s: 'Article.' });
    expect(opened.work.dataset.sources).toEqual([{ id: 's', publisher: 'P', title: 'T' }]);
    expect(opened.work.includeTexts).toBe(true);
    expect(JSON.parse(serializeDataset(documentOf(opened.work))).sources[0].text).toBe('Article.');
    const without = { ...opened.work, includeTexts: false };
    expect(JSON.parse(serializeDataset(documentOf(without))).sources[0]).not.toHaveProperty('text');
  });
});

describe('opening', () => {
  it.each([
    { text: '{ "schemaVersion": 1,', ok: false, reason: 'json' },
    { text: '[1, 2]', ok: false, reason: 'shape' },
    { text: '\uFEFF{"schemaVersion": 1}', ok: true },
  ])('$text', ({ text, ok, reason }) => {
    const r = workFromText(text, { kind: 'file', name: 'f.json' });
    expect(r.ok).toBe(ok);
    if (!r.ok) expect(r.reason).toBe(reason);
  });

  it('sets aside what a form cannot edit, and says where', () => {
    const r = workFromDocument({ actors: [{ id: 'a' }, 'stray'], deals: 'none' }, { kind: 'empty' });
    expect(r.ok && r.setAside).toEqual(['actors[1]', 'deals']);
  });
});

describe('fileNameFor', () => {
  it.each([
    { origin: 'my-data.json', title: 'x', name: 'my-data.json' },
    { origin: 'export', title: 'x', name: 'export.json' },
    { origin: undefined, title: 'Kazakhstan at UNGA 78', name: 'kazakhstan-at-unga-78.json' },
    { origin: undefined, title: '', name: 'dataset.json' },
  ])('$origin / $title → $name', ({ origin, title, name }) => {
    expect(fileNameFor(origin, title)).toBe(name);
  });
});
