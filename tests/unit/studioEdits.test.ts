import { describe, expect, it } from 'vitest';
import { addCitation, headlineOf, recordFromSelection, setArticle, setText } from '../../src/studio/model/articleEdits';
import {
  addActorAsParticipant,
  addRecord,
  blankRecord,
  editRecord,
  mergeActor,
  removeRecord,
} from '../../src/studio/model/edits';
import { setIn } from '../../src/studio/model/paths';
import { suggestId } from '../../src/studio/model/recordIds';
import { makeSelector } from '../../src/studio/model/quoteSelector';
import { workFromDocument, type Work } from '../../src/studio/model/editedDataset';

function work(): Work {
  const opened = workFromDocument(
    {
      schemaVersion: 1,
      title: 'Test',
      delegation: { country: 'KAZ', leader: 'Leader', aliases: [] },
      sources: [{ id: 'wire-2023', publisher: 'Wire', title: 'Report', published: '2023-09-19' }],
      sessions: [{ number: 78, year: 2023 }],
      actors: [
        { id: 'acme', name: 'Acme', type: 'company', country: 'USA' },
        { id: 'jane-doe', name: 'Jane Doe', aliases: ['J. Doe'], type: 'person', affiliation: 'acme' },
      ],
      engagements: [
        {
          id: 'e2023-jane-doe',
          session: 78,
          type: 'bilateral',
          participants: [{ actor: 'jane-doe' }],
          topics: [],
          summary: 'Met.',
          citations: [{ source: 'wire-2023', quote: 'They met.' }],
        },
      ],
      deals: [
        {
          id: 'd2023-acme',
          session: 78,
          company: 'acme',
          engagement: 'e2023-jane-doe',
          value: null,
          basis: 'agreement',
          sector: 'rail',
          summary: 'A deal.',
          citations: [{ source: 'wire-2023', quote: 'A deal.' }],
        },
      ],
    },
    { kind: 'empty' },
  );
  if (!opened.ok) throw new Error('fixture does not open');
  return opened.work;
}

const frozen = () => {
  const w = work();
  return { w, copy: structuredClone(w) };
};

describe('setIn', () => {
  it('sets a nested value and removes a key given undefined, without changing the input', () => {
    const { w, copy } = frozen();
    const a = setIn(w, ['sources', 0, 'author'], 'A. Writer');
    expect((a.dataset.sources as never[])[0]).toMatchObject({ author: 'A. Writer' });
    const b = setIn(a, ['sources', 0, 'author'], undefined);
    expect((b.dataset.sources as Record<string, unknown>[])[0]).not.toHaveProperty('author');
    expect(w).toEqual(copy);
  });

  it('returns the same work when nothing changes', () => {
    const w = work();
    expect(setIn(w, ['title'], 'Test')).toBe(w);
  });
});

describe('editRecord: ids are references', () => {
  it('renames every reference when an id changes', () => {
    const { w, copy } = frozen();
    const next = editRecord(w, 'actors', 0, ['id'], 'acme-corp');
    const d = next.dataset as never as { actors: { affiliation?: string }[]; deals: { company: string }[] };
    expect(d.actors[1]!.affiliation).toBe('acme-corp');
    expect(d.deals[0]!.company).toBe('acme-corp');
    expect(w).toEqual(copy);
  });

  it('moves the article text and the selections with a renamed source', () => {
    let w = setText(work(), 'wire-2023', 'They met. A deal.');
    w = editRecord(w, 'sources', 0, ['id'], 'wire');
    expect(w.texts).toEqual({ wire: 'They met. A deal.' });
    const d = w.dataset as never as { engagements: { citations: { source: string }[] }[] };
    expect(d.engagements[0]!.citations[0]!.source).toBe('wire');
  });

  it('lets an id that reads as the suggestion follow the name as it is typed', () => {
    let w = work();
    w = editRecord(w, 'actors', 1, ['name'], 'Janet Doe');
    const d = w.dataset as never as { actors: { id: string }[]; engagements: { participants: { actor: string }[] }[] };
    expect(d.actors[1]!.id).toBe('janet-doe');
    expect(d.engagements[0]!.participants[0]!.actor).toBe('janet-doe');
    // …and an engagement id made from its first participant follows too.
    expect((w.dataset.engagements as { id: string }[])[0]!.id).toBe('e2023-janet-doe');
  });

  it('keeps an id written by hand', () => {
    let w = editRecord(work(), 'actors', 0, ['id'], 'acme-rail');
    w = editRecord(w, 'actors', 0, ['name'], 'Acme Railways');
    expect((w.dataset.actors as { id: string }[])[0]!.id).toBe('acme-rail');
  });

  it('keeps suggested ids unique', () => {
    const w = editRecord(work(), 'actors', 0, ['name'], 'Jane Doe');
    expect((w.dataset.actors as { id: string }[])[0]!.id).toBe('jane-doe-2');
  });

  it('renumbers a session with its year and its records', () => {
    const w = editRecord(work(), 'sessions', 0, ['number'], 79);
    expect((w.dataset.sessions as unknown[])[0]).toEqual({ number: 79, year: 2024 });
    expect((w.dataset.engagements as { session: number }[])[0]!.session).toBe(79);
    expect((w.dataset.deals as { session: number }[])[0]!.session).toBe(79);
  });
});

describe('records from a selection', () => {
  const text = 'A signing ceremony was held for agreements worth about $4.2 billion with Acme.';

  it('makes a deal whose quote is the selected text, with the value the passage states', () => {
    const w0 = setText(work(), 'wire-2023', text);
    const sel = makeSelector(text, 0, text.length)!;
    const { work: w, index } = recordFromSelection(w0, 'deals', 'wire-2023', sel);
    const deal = (w.dataset.deals as Record<string, unknown>[])[index]!;
    expect(deal).toMatchObject({
      session: 78,
      value: { usd: 4_200_000_000, qualifier: 'about' },
      citations: [{ source: 'wire-2023', quote: text }],
    });
    expect(deal.id).toBe('d2023');
    expect(w.selectors['wire-2023']).toEqual([{ exact: sel.exact, prefix: sel.prefix, suffix: sel.suffix }]);
  });

  it('makes an engagement, and adds a citation to an existing record', () => {
    const sel = makeSelector(text, 0, 18)!;
    const { work: w, index } = recordFromSelection(work(), 'engagements', 'wire-2023', sel);
    expect((w.dataset.engagements as Record<string, unknown>[])[index]).toMatchObject({
      type: 'bilateral',
      participants: [],
      citations: [{ quote: 'A signing ceremony' }],
    });
    const cited = addCitation(w, 'deals', 0, 'wire-2023', sel);
    expect((cited.dataset.deals as { citations: unknown[] }[])[0]!.citations).toHaveLength(2);
  });
});

describe("suggestions from the source's date and the passage", () => {
  const noSessions = (published: string) =>
    setIn(setIn(work(), ['sessions'], []), ['sources', 0, 'published'], published);

  it.each([
    ['2023-09-25', 78, 2023],
    ['2023-06-01', 77, 2022],
    ['2025-09-23', 80, 2025],
  ])('a new session for a source published %s is the %sth (%s)', (published, number, year) => {
    expect(blankRecord(noSessions(published), 'sessions', 2026)).toEqual({ number, year });
  });

  it("a new session with no dated source is this year's, and after the existing ones the next", () => {
    expect(blankRecord(noSessions(''), 'sessions', 2026)).toEqual({ number: 81, year: 2026 });
    expect(blankRecord(work(), 'sessions', 2026)).toEqual({ number: 79, year: 2024 });
  });

  it("a record from a passage takes the session of the source's date and the day the passage names", () => {
    const text = 'On September 24, the minister met his counterpart.';
    const w0 = setText(noSessions('2023-09-25'), 'wire-2023', text);
    const { work: w, index } = recordFromSelection(w0, 'engagements', 'wire-2023', makeSelector(text, 0, text.length)!);
    expect((w.dataset.engagements as Record<string, unknown>[])[index]).toMatchObject({
      session: 78,
      date: '2023-09-24',
    });
    expect(w.dataset.sessions).toEqual([{ number: 78, year: 2023 }]);
    const again = recordFromSelection(w, 'engagements', 'wire-2023', makeSelector(text, 0, text.length)!).work;
    expect(again.dataset.sessions).toEqual([{ number: 78, year: 2023 }]);
  });

  it('adds no session when the source has no date', () => {
    const text = 'They met.';
    const w0 = setText(noSessions(''), 'wire-2023', text);
    const { work: w } = recordFromSelection(w0, 'engagements', 'wire-2023', makeSelector(text, 0, text.length)!);
    expect(w.dataset.sessions).toEqual([]);
  });

  it('a passage naming no day leaves the date out', () => {
    const text = 'The minister met his counterpart.';
    const w0 = setText(work(), 'wire-2023', text);
    const { work: w, index } = recordFromSelection(w0, 'engagements', 'wire-2023', makeSelector(text, 0, text.length)!);
    expect((w.dataset.engagements as Record<string, unknown>[])[index]).not.toHaveProperty('date');
  });
});

describe('addActorAsParticipant', () => {
  it('creates a state with its country and makes it a participant, in one change', () => {
    const w = addActorAsParticipant(work(), 0, { name: 'Bosnia and Herzegovina', type: 'state', country: 'BIH' });
    expect((w.dataset.actors as unknown[]).at(-1)).toEqual({
      id: 'bosnia-and-herzegovina',
      name: 'Bosnia and Herzegovina',
      type: 'state',
      country: 'BIH',
    });
    expect((w.dataset.engagements as { participants: unknown[] }[])[0]!.participants).toEqual([
      { actor: 'jane-doe' },
      { actor: 'bosnia-and-herzegovina' },
    ]);
  });
});

describe("an article's headline", () => {
  it.each([
    ['India at the UN General Assembly\n\nNEW YORK. Text.', 'India at the UN General Assembly'],
    ['\n  Headline  \nBody', 'Headline'],
    ['NEW YORK. On September 24 the minister met. Then more.', undefined],
    ['x'.repeat(201), undefined],
    ['', undefined],
  ])('%j → %s', (text, headline) => expect(headlineOf(text)).toBe(headline));

  it('becomes the title of a source that has none, and never replaces one', () => {
    const untitled = setIn(work(), ['sources', 0, 'title'], '');
    expect(
      (setArticle(untitled, 'wire-2023', 'A headline\nBody.').dataset.sources as { title: string }[])[0]!.title,
    ).toBe('A headline');
    expect(
      (setArticle(work(), 'wire-2023', 'A headline\nBody.').dataset.sources as { title: string }[])[0]!.title,
    ).toBe('Report');
    expect(setArticle(work(), 'wire-2023', 'A headline\nBody.').texts['wire-2023']).toBe('A headline\nBody.');
  });
});

describe('records', () => {
  it('adds blank records with free ids', () => {
    const w = work();
    const { work: a, index } = addRecord(w, 'engagements', blankRecord(w, 'engagements'));
    expect((a.dataset.engagements as Record<string, unknown>[])[index]).toMatchObject({ id: 'e2023', session: 78 });
    expect(blankRecord(w, 'sessions')).toEqual({ number: 79, year: 2024 });
    expect(suggestId(w, 'sources', { publisher: 'Wire', published: '2023-01-01' })).toBe('wire-2023-2');
  });

  it('removes a record', () => {
    const w = removeRecord(work(), 'deals', 0);
    expect(w.dataset.deals).toEqual([]);
  });

  it('merges a duplicate actor into the existing one', () => {
    let w = addRecord(work(), 'actors', { name: 'J. Doe', type: 'person' }).work;
    w = editRecord(w, 'engagements', 0, ['participants'], [{ actor: 'jane-doe' }, { actor: 'j-doe' }]);
    w = mergeActor(w, 2, 1);
    expect((w.dataset.actors as unknown[]).length).toBe(2);
    expect(
      (w.dataset.engagements as { participants: { actor: string }[] }[])[0]!.participants.map((p) => p.actor),
    ).toEqual(['jane-doe', 'jane-doe']);
  });
});
