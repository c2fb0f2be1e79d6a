import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/lib/data/load';
import { checkWork } from '../../src/studio/model/check';
import { setText } from '../../src/studio/model/articleEdits';
import { editRecord } from '../../src/studio/model/edits';
import { workFromText, type Work } from '../../src/studio/model/editedDataset';
import { ROOT } from '../helpers';

function open(relative: string): Work {
  const r = workFromText(readFileSync(path.join(ROOT, relative), 'utf8'), { kind: 'file', name: relative });
  if (!r.ok) throw new Error(`${relative} does not open`);
  return r.work;
}

describe('checkWork', () => {
  it('reports what npm run validate reports, for a broken dataset', () => {
    const work = open('tests/fixtures/broken.json');
    const parsed = parseDataset(work.dataset);
    const checked = checkWork(work);
    expect(parsed.ok).toBe(false);
    expect(checked.data).toBeNull();
    for (const p of parsed.ok ? [] : parsed.problems) expect(checked.problems).toContainEqual({ kind: 'format', ...p });
  });

  it('runs the cross-checks while a shape is still wrong, so a missing actor shows at once', () => {
    const checked = checkWork(open('tests/fixtures/broken.json'));
    const paths = checked.problems.map((p) => p.path);
    expect(paths).toContain('engagements[1].citations[0].quote');
    expect(paths).toContain('engagements[0].participants[1].actor');
  });

  it('gives the dataset for the preview when it validates', () => {
    const checked = checkWork(open('data/kazakhstan-unga.json'));
    expect(checked.problems).toEqual([]);
    expect(checked.data?.engagements).toHaveLength(24);
  });

  it('flags a quote not found in its article text (the check-quotes rule), and nothing without a text', () => {
    let work = open('tests/fixtures/minimal.json');
    const { source, quote } = (work.dataset.engagements as { citations: { source: string; quote: string }[] }[])[0]!
      .citations[0]!;
    expect(checkWork(work).problems).toEqual([]);
    // The article: every quote citing the source, line breaks where the quotes have spaces.
    const all = (['engagements', 'deals'] as const).flatMap((c) =>
      (work.dataset[c] as { citations: { source: string; quote: string }[] }[]).flatMap((r) =>
        r.citations.filter((x) => x.source === source).map((x) => x.quote),
      ),
    );
    work = setText(work, source, `Some text. ${all.map((q) => q.replace(/ /g, '\n')).join(' Then. ')} More text.`);
    expect(checkWork(work).problems).toEqual([]);
    work = editRecord(work, 'engagements', 0, ['citations', 0, 'quote'], `${quote} (edited)`);
    expect(checkWork(work).problems).toContainEqual({
      kind: 'quote',
      path: 'engagements[0].citations[0].quote',
      source,
    });
    expect(checkWork(work).data).not.toBeNull();
  });

  it.each([
    [{ id: 'p', name: 'Bosnia', type: 'person' }, true],
    [{ id: 'p', name: 'Jane', type: 'person', country: 'BIH' }, false],
    [{ id: 'p', name: 'Jane', type: 'person', affiliation: 'acme' }, false],
    [{ id: 'p', name: 'Bosnia', type: 'state' }, false],
  ])(
    'warns that a person with neither a country nor an affiliation will not appear on the map (%o → %s)',
    (actor, warned) => {
      const work = open('tests/fixtures/minimal.json');
      const actors = [...((work.dataset.actors as object[]) ?? []), actor];
      const checked = checkWork({ ...work, dataset: { ...work.dataset, actors } as never });
      const warning = { kind: 'offMap', path: `actors[${actors.length - 1}].country` };
      if (warned) expect(checked.problems).toContainEqual(warning);
      else expect(checked.problems).not.toContainEqual(warning);
    },
  );

  it('an empty work is a checklist of what a dataset needs, not a list of errors, until its first record', async () => {
    const { emptyWork } = await import('../../src/studio/model/editedDataset');
    const blank = emptyWork();
    const checked = checkWork(blank);
    expect(checked.problems).toEqual([]);
    expect(checked.checklist).toEqual(
      ['title', 'delegation', 'source', 'session', 'record'].map((item) => ({ item, done: false })),
    );
    const named = {
      ...blank,
      dataset: {
        ...blank.dataset,
        title: 'India at UNGA 78',
        delegation: { country: 'IND', leader: 'A minister', aliases: [] },
      },
    };
    expect(
      checkWork(named)
        .checklist?.filter((c) => c.done)
        .map((c) => c.item),
    ).toEqual(['title', 'delegation']);
    const withSource = { ...named, dataset: { ...named.dataset, sources: [{ id: 's', publisher: '', title: '' }] } };
    expect(checkWork(withSource).checklist).toBeNull();
    expect(checkWork(withSource).problems.length).toBeGreaterThan(0);
  });
});
