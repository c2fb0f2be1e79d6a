import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../src/studio/model/articleQuotes';
import { setText } from '../../src/studio/model/articleEdits';
import { renameReferences } from '../../src/studio/model/recordIds';
import { orderKeys } from '../../src/studio/model/serialize';
import { documentOf, emptyWork, workFromDocument } from '../../src/studio/model/editedDataset';

/** Valid ids (letters, digits, ".", "_", "-") that are also names Object.prototype has. */
const IDS = ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf'];

describe.each(IDS)('a source with the id %s', (id) => {
  it('has no text, selectors or quotes until it is given some', () => {
    const work = emptyWork();
    expect(quotesOf(work, id)).toEqual([]);
    // Setting an empty text on a source without one changes nothing (not "a function differs from ''").
    expect(setText(work, id, '')).toBe(work);
  });

  it('keeps its pasted text as its own, and the dataset written out carries it', () => {
    let work = emptyWork();
    work = { ...work, dataset: { ...work.dataset, sources: [{ id, title: 'A' }] } };
    work = setText(work, id, 'The article.');
    expect(Object.hasOwn(work.texts, id)).toBe(true);
    expect(Object.getPrototypeOf(work.texts)).toBe(Object.prototype);
    expect(work.texts[id]).toBe('The article.');
    expect((documentOf({ ...work, includeTexts: true }).sources as { text?: string }[])[0]!.text).toBe('The article.');
    expect(setText(work, id, '').texts).toEqual({});
  });

  it('reads a saved text back under that id, and moves it when the id is renamed', () => {
    const opened = workFromDocument(JSON.parse(`{"sources": [{"id": "${id}", "title": "A", "text": "Body."}]}`), {
      kind: 'new',
    } as never);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(Object.hasOwn(opened.work.texts, id)).toBe(true);
    expect(Object.getPrototypeOf(opened.work.texts)).toBe(Object.prototype);
    const renamed = renameReferences(opened.work, 'sources', id, 'a1');
    expect(renamed.texts).toEqual({ a1: 'Body.' });
    const back = renameReferences(renamed, 'sources', 'a1', id);
    expect(Object.hasOwn(back.texts, id)).toBe(true);
    expect(Object.getPrototypeOf(back.texts)).toBe(Object.prototype);
  });

  it('is kept as a key of a record when the dataset is written out', () => {
    const record = JSON.parse(`{"id": "x", "${id}": 1}`);
    const out = orderKeys({ sources: [record] }) as { sources: Record<string, unknown>[] };
    expect(Object.hasOwn(out.sources[0]!, id)).toBe(true);
    expect(JSON.stringify(out)).toContain(`"${id}":1`);
  });
});
