/**
 * The dataset format (a public contract, documented in docs/dataset-format.md and exported to
 * data/schema.json). Shapes only: checks that need the whole document (ids, references,
 * dates against sessions, real country codes) live in load.ts.
 */
import './zodSetup';
import { z } from 'zod';
import { ACTOR_TYPES, DEAL_BASES, ENGAGEMENT_TYPES, ID_PATTERN, QUALIFIERS, STATUSES } from '../basics/vocabulary';
import { MAX_SESSION, MAX_USD } from './limits';

export { ACTOR_TYPES, DEAL_BASES, ENGAGEMENT_TYPES, QUALIFIERS, STATUSES } from '../basics/vocabulary';
export type { ActorType, DealBasis, EngagementType, Qualifier } from '../basics/vocabulary';

/** At least one character that shows: the rule for every text a view uses as a label. */
export const VISIBLE = /[^\s\p{C}\p{M}]/u;

const nonEmpty = (what: string) =>
  z
    .string({ error: (iss) => (iss.input === undefined ? `${what} is missing: add it` : `${what} must be a string`) })
    .trim()
    // A pattern rather than a length, so the JSON Schema also flags "   " as the loader does. A
    // visible character: not a space, a control or format character (zero-width space, joiners,
    // direction marks) nor a lone combining mark, since a label made only of those shows nothing.
    .regex(VISIBLE, { error: `${what} must not be empty: give it at least one visible character (spaces and zero-width characters alone show nothing)` });

const id = nonEmpty('id').regex(ID_PATTERN, {
  error: 'ids use letters, digits, ".", "_" and "-" only (for example "wabtec-2025")',
});

const alpha3 = z
  .string()
  .regex(/^[A-Z]{3}$/, { error: 'use an ISO 3166-1 alpha-3 country code in capitals, such as "KAZ" or "USA"' });

const day = z.iso.date({ error: 'use a calendar date written YYYY-MM-DD, such as "2023-09-18"' });
const dayOrMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])(-\d{2})?$/, {
    error: 'use YYYY-MM-DD, or YYYY-MM when the day is unknown; leave the field out when the date is unknown',
  })
  .refine((s) => s.length === 7 || day.safeParse(s).success, { error: 'this day does not exist in that month' });


/** A BCP 47 language tag in the usual lower-case form: "en", "ru", "kk", "pt-BR". */
const languageTag = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'use a BCP 47 language code such as "en", "ru" or "kk"' });

/**
 * Text a reader sees, in one language or several: a plain string (in the dataset's `language`),
 * or translations by language, `{ "en": "Wabtec", "ru": "Вабтек" }`. A plain string stays valid,
 * so every dataset written before translations existed still loads.
 */
const localText = (what: string) =>
  z.union(
    [
      nonEmpty(what),
      z
        .record(languageTag, nonEmpty(what))
        .refine((o) => Object.keys(o).length > 0, { error: `${what} has no language: give at least one, such as {"en": "…"}` }),
    ],
    {
      error: (iss) =>
        iss.input === undefined
          ? `${what} is missing: add it`
          : iss.code === 'invalid_union'
          ? `${what} must be text, or translations by language such as {"en": "…", "ru": "…"} (language codes in lower case)`
          : undefined,
    },
  );

const status = z
  .enum(STATUSES, { error: `status must be one of "held", "planned"` })
  .optional()
  .describe('"planned" when the source announces it as still to come; "held" (the default) otherwise');

const listOf = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');

export const citationSchema = z.object({
  source: id.describe('id of an entry in sources[]'),
  quote: nonEmpty('quote').describe('the supporting passage, copied verbatim from the source'),
});

const citations = z
  .array(citationSchema)
  .min(1, { error: 'add at least one citation: { "source": <source id>, "quote": <verbatim passage> }' });

export const sourceSchema = z.object({
  id,
  publisher: nonEmpty('publisher'),
  title: nonEmpty('title'),
  // Only http(s): the url becomes a link, and javascript: or data: addresses must never do so.
  url: z.httpUrl({ error: 'url must be an absolute http(s) address, such as "https://example.org/article"' }).optional(),
  published: day.optional(),
  author: nonEmpty('author').optional(),
  language: languageTag.optional().describe('language the source is written in; its quotes stay in it'),
  text: z.string().optional().describe('the full text of the article, kept by the dataset studio when asked'),
});

const SESSION_NUMBER = `session number must be a whole number from 1 to ${MAX_SESSION} (UNGA session N opens in year 1945 + N)`;

export const sessionSchema = z.object({
  // Bounded, so that a view laying sessions out in order never meets an absurd span.
  number: z
    .int({ error: SESSION_NUMBER })
    .min(1, { error: SESSION_NUMBER })
    .max(MAX_SESSION, { error: SESSION_NUMBER }),
  year: z.int({ error: 'year must be a whole number' }),
  location: nonEmpty('location').optional(),
  dates: z.object({ start: day, end: day }).optional(),
});

export const actorSchema = z.object({
  id,
  name: localText('name'),
  aliases: z.array(nonEmpty('alias')).optional(),
  type: z.enum(ACTOR_TYPES, { error: `actor type must be one of ${listOf(ACTOR_TYPES)}` }),
  country: alpha3.optional().describe('nationality of a person or state, headquarters of a company'),
  countryUncited: z
    .boolean({ error: 'countryUncited must be true or false' })
    .optional()
    .describe('true when no cited source states the country (a headquarters from general knowledge); the page marks it as such'),
  affiliation: id.optional().describe('id of the government, organization or company the actor speaks for'),
});

export const participantSchema = z.object({
  actor: id.describe('id of an entry in actors[]'),
  role: nonEmpty('role').optional(),
});

export const engagementSchema = z.object({
  id,
  session: z.int({ error: 'session must be the number of an entry in sessions[]' }),
  date: dayOrMonth.optional(),
  type: z.enum(ENGAGEMENT_TYPES, { error: `engagement type must be one of ${listOf(ENGAGEMENT_TYPES)}` }),
  status,
  participants: z.array(participantSchema),
  topics: z.array(localText('topic')),
  summary: localText('summary'),
  citations,
});

export const valueSchema = z
  .object({
    usd: z
      .number({ error: 'usd must be a number of US dollars, such as 4200000000' })
      .positive({ error: 'usd must be positive; write "value": null when the source gives no value' })
      // Bounded, so that every sum of values stays a finite number.
      .max(MAX_USD, { error: `usd must be at most ${MAX_USD} (10 trillion US dollars): check the number of zeros` }),
    qualifier: z.enum(QUALIFIERS, { error: `qualifier must be one of ${listOf(QUALIFIERS)}` }),
  })
  .nullable()
  .describe('null when the sources do not disclose a value (never 0)');

export const figureSchema = z.object({
  label: nonEmpty('figure label').describe('what is counted, such as "freight locomotives to be produced"'),
  value: z.number({ error: 'figure value must be a number' }),
  qualifier: z.enum(QUALIFIERS, { error: `qualifier must be one of ${listOf(QUALIFIERS)}` }),
});

export const siteSchema = z.object({
  name: nonEmpty('site name'),
  lon: z
    .number({ error: 'lon must be a longitude in degrees, such as 71.45' })
    .min(-180, { error: 'lon is a longitude between -180 and 180' })
    .max(180, { error: 'lon is a longitude between -180 and 180' }),
  lat: z
    .number({ error: 'lat must be a latitude in degrees, such as 51.17' })
    .min(-90, { error: 'lat is a latitude between -90 and 90' })
    .max(90, { error: 'lat is a latitude between -90 and 90' }),
  approximate: z
    .boolean({ error: 'approximate must be true or false' })
    .optional()
    .describe('true when the source names only a region or city and the point stands at its centre'),
});

export const dealSchema = z.object({
  id,
  session: z.int({ error: 'session must be the number of an entry in sessions[]' }),
  company: id.describe('id of an actor of type "company"'),
  engagement: id.optional().describe('id of the engagement where the deal was signed or announced'),
  value: valueSchema,
  basis: z.enum(DEAL_BASES, { error: `basis must be one of ${listOf(DEAL_BASES)}` }),
  status,
  sector: localText('sector'),
  summary: localText('summary'),
  figures: z.array(figureSchema).optional().describe('other figures the sources give: counts, years, capacities'),
  sites: z.array(siteSchema).optional(),
  citations,
});

export const datasetSchema = z.object({
  schemaVersion: z.literal(1, { error: 'schemaVersion must be 1' }),
  language: languageTag.optional().describe('language of the plain-string texts; "en" when absent'),
  title: localText('title'),
  // Any string, empty included, as before translations existed.
  description: z
    .union([z.string(), z.record(languageTag, z.string())], {
      error: (iss) => (iss.code === 'invalid_union' ? 'description must be text, or translations by language such as {"en": "…", "ru": "…"} (language codes in lower case)' : undefined),
    })
    .optional(),
  delegation: z.object({
    country: alpha3,
    leader: localText('leader'),
    aliases: z.array(nonEmpty('alias')),
  }),
  sources: z.array(sourceSchema).min(1, { error: 'list at least one source' }),
  sessions: z.array(sessionSchema).min(1, { error: 'list at least one UNGA session' }),
  actors: z.array(actorSchema),
  engagements: z.array(engagementSchema),
  deals: z.array(dealSchema),
});

export type Dataset = z.infer<typeof datasetSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Session = z.infer<typeof sessionSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type Engagement = z.infer<typeof engagementSchema>;
export type Deal = z.infer<typeof dealSchema>;
export type DealValue = z.infer<typeof valueSchema>;
export type Citation = z.infer<typeof citationSchema>;
/** A text in one language (a plain string) or several (`{ "en": …, "ru": … }`). */
export type LocalText = z.infer<ReturnType<typeof localText>>;
