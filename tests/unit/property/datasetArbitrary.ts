/**
 * Generated datasets for the loader's properties: valid ones, built from the format
 * (src/lib/data/schema.ts, tests/fixtures/minimal.json), and ways to break them.
 *
 * Valid means valid under the tighter rules being added to the schema as well as today's:
 * session numbers whole, 1 to 200 (so their span is at most 200), year = 1945 + number; usd
 * finite, > 0 and at most 1e13; every required label holds a visible character (a letter), not
 * only whitespace, zero-width or control characters.
 */
import fc from 'fast-check';
import { allAlpha3 } from '../../../src/lib/geo/codes';
import { ACTOR_TYPES, DEAL_BASES, ENGAGEMENT_TYPES, QUALIFIERS, STATUSES } from '../../../src/lib/basics/vocabulary';
import type { Actor, Dataset, Deal, Engagement, LocalText, Session, Source } from '../../../src/lib/data/schema';

/** Text a reader sees, with a letter in it, among the Unicode that trips string code. */
const DECOR = ['', ' ', '\u200b', '\u0301', '😀', '"', ',', '\n', '=', '👩‍👩‍👧'];
export const label = fc
  .tuple(
    fc.constantFrom(...DECOR),
    fc.string({ unit: 'grapheme', maxLength: 4 }),
    fc.constantFrom('A', 'ж', 'Қ', '東', 'é', '𝔸', 'z'),
    fc.string({ maxLength: 6 }),
    fc.constantFrom(...DECOR),
  )
  .map((parts) => parts.join(''));
const localText: fc.Arbitrary<LocalText> = fc.oneof(
  { weight: 3, arbitrary: label },
  fc.dictionary(fc.constantFrom('en', 'ru', 'kk', 'pt-BR', 'zh-Hant'), label, { minKeys: 1, maxKeys: 3 }),
);

// Arbitraries built once: building one (a regex, a 249-code list) costs more than drawing from it.
const idTail = fc.stringMatching(/^[a-z0-9._-]{0,5}$/);
const country = fc.constantFrom(...allAlpha3());
const month = fc.integer({ min: 1, max: 12 });
const dayOfMonth = fc.integer({ min: 1, max: 28 });

/** `count` distinct ids with a prefix, e.g. "a0.x_1", "a1". */
const ids = (prefix: string, min: number, max: number) =>
  fc
    .array(idTail, { minLength: min, maxLength: max })
    .map((tails) => tails.map((t, i) => `${prefix}${i}${t && `.${t}`}`));

const pad = (n: number) => String(n).padStart(2, '0');
/** A day in a year (days 1–28: every month has them). */
const dayIn = (year: number) => fc.tuple(month, dayOfMonth).map(([m, d]) => `${year}-${pad(m)}-${pad(d)}`);

const sessionsArb: fc.Arbitrary<Session[]> = fc
  .uniqueArray(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 4 })
  .chain((numbers) =>
    fc.tuple(
      ...numbers.map((number) => {
        const year = 1945 + number;
        return fc.record(
          {
            number: fc.constant(number),
            year: fc.constant(year),
            location: label,
            dates: fc
              .tuple(dayIn(year), dayIn(year + 1), fc.boolean())
              .map(([start, later, sameDay]) => ({ start, end: sameDay ? start : later })),
          },
          { requiredKeys: ['number', 'year'] },
        );
      }),
    ),
  );

const sourcesArb: fc.Arbitrary<Source[]> = ids('src', 1, 3).chain((sourceIds) =>
  fc.tuple(
    ...sourceIds.map((id) =>
      fc.record(
        {
          id: fc.constant(id),
          publisher: label,
          title: label,
          url: fc.constant(`https://example.org/${encodeURIComponent(id)}`),
          published: dayIn(2020),
          author: label,
          language: fc.constantFrom('en', 'ru', 'kk'),
        },
        { requiredKeys: ['id', 'publisher', 'title'] },
      ),
    ),
  ),
);

const actorsArb: fc.Arbitrary<Actor[]> = ids('a', 0, 5).chain((actorIds) =>
  fc.tuple(
    ...actorIds.map((id, i) =>
      fc
        .record(
          {
            id: fc.constant(id),
            name: localText,
            aliases: fc.array(label, { maxLength: 2 }),
            type: fc.constantFrom(...ACTOR_TYPES),
            country,
            // Any other actor (never itself): cycles are allowed by the format.
            affiliation:
              actorIds.length > 1
                ? fc.integer({ min: 1, max: actorIds.length - 1 }).map((k) => actorIds[(i + k) % actorIds.length]!)
                : fc.constant(undefined),
          },
          { requiredKeys: ['id', 'name', 'type'] },
        )
        .map((a) => (a.affiliation === undefined ? (({ affiliation: _, ...rest }) => rest)(a) : a) as Actor),
    ),
  ),
);

const citationsArb = (sources: Source[]) =>
  fc.array(fc.record({ source: fc.constantFrom(...sources.map((s) => s.id)), quote: label }), {
    minLength: 1,
    maxLength: 2,
  });
const optionalStatus = fc.option(fc.constantFrom(...STATUSES), { nil: undefined });
const withoutUndefined = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

function engagementsArb(sessions: Session[], sources: Source[], actors: Actor[]): fc.Arbitrary<Engagement[]> {
  return ids('e', 0, 4).chain((engagementIds) =>
    fc.tuple(
      ...engagementIds.map((id) =>
        fc.constantFrom(...sessions).chain((s) =>
          fc
            .record({
              id: fc.constant(id),
              session: fc.constant(s.number),
              date: fc.option(
                fc.oneof(
                  dayIn(s.year),
                  dayIn(s.year).map((d) => d.slice(0, 7)),
                ),
                { nil: undefined },
              ),
              type: fc.constantFrom(...ENGAGEMENT_TYPES),
              status: optionalStatus,
              participants: actors.length
                ? fc.subarray(actors.map((a) => a.id)).map((list) => list.map((actor) => ({ actor })))
                : fc.constant<{ actor: string }[]>([]),
              topics: fc.array(localText, { maxLength: 2 }),
              summary: localText,
              citations: citationsArb(sources),
            })
            .map(withoutUndefined),
        ),
      ),
    ),
  );
}

function dealsArb(
  sessions: Session[],
  sources: Source[],
  actors: Actor[],
  engagements: Engagement[],
): fc.Arbitrary<Deal[]> {
  const companies = actors.filter((a) => a.type === 'company').map((a) => a.id);
  if (!companies.length) return fc.constant([]);
  return ids('d', 0, 4).chain((dealIds) =>
    fc.tuple(
      ...dealIds.map((id) =>
        fc.constantFrom(...sessions).chain((s) => {
          const sameSession = engagements.filter((e) => e.session === s.number).map((e) => e.id);
          return fc
            .record({
              id: fc.constant(id),
              session: fc.constant(s.number),
              company: fc.constantFrom(...companies),
              engagement: sameSession.length
                ? fc.option(fc.constantFrom(...sameSession), { nil: undefined })
                : fc.constant(undefined),
              value: fc.option(
                fc.record({
                  usd: fc.double({ min: Number.MIN_VALUE, max: 1e13, noNaN: true }),
                  qualifier: fc.constantFrom(...QUALIFIERS),
                }),
                { nil: null },
              ),
              basis: fc.constantFrom(...DEAL_BASES),
              status: optionalStatus,
              sector: localText,
              summary: localText,
              figures: fc.option(
                fc.array(
                  fc.record({
                    label,
                    value: fc.double({ noNaN: true, noDefaultInfinity: true }),
                    qualifier: fc.constantFrom(...QUALIFIERS),
                  }),
                  { maxLength: 2 },
                ),
                { nil: undefined },
              ),
              sites: fc.option(
                fc.array(
                  fc.record({
                    name: label,
                    lon: fc.double({ min: -180, max: 180, noNaN: true }),
                    lat: fc.double({ min: -90, max: 90, noNaN: true }),
                  }),
                  { maxLength: 2 },
                ),
                { nil: undefined },
              ),
              citations: citationsArb(sources),
            })
            .map(withoutUndefined);
        }),
      ),
    ),
  );
}

/** A dataset valid under the format, today's rules and the tighter ones (see above). */
export const validDataset: fc.Arbitrary<Dataset> = fc
  .record({ sessions: sessionsArb, sources: sourcesArb, actors: actorsArb })
  .chain(({ sessions, sources, actors }) =>
    engagementsArb(sessions, sources, actors).chain((engagements) =>
      fc.record(
        {
          schemaVersion: fc.constant(1 as const),
          language: fc.constantFrom('en', 'ru', 'kk'),
          title: localText,
          description: fc.oneof(fc.string(), fc.dictionary(fc.constantFrom('en', 'ru'), fc.string(), { maxKeys: 2 })),
          delegation: fc.record({ country, leader: localText, aliases: fc.array(label, { maxLength: 2 }) }),
          sources: fc.constant(sources),
          sessions: fc.constant(sessions),
          actors: fc.constant(actors),
          engagements: fc.constant(engagements),
          deals: dealsArb(sessions, sources, actors, engagements),
        },
        {
          requiredKeys: [
            'schemaVersion',
            'title',
            'delegation',
            'sources',
            'sessions',
            'actors',
            'engagements',
            'deals',
          ],
        },
      ),
    ),
  );
