/**
 * The pure core of the synthetic dataset generator: `synthDataset({ engagements, seed })` returns a
 * dataset in the public format (src/lib/data/schema.ts) with the shape of real data, for
 * benchmarks and browser tests. Same arguments, same object: the only randomness is a mulberry32
 * stream seeded from `seed`, drawn in a fixed order.
 *
 * What makes it look real: sessions 1-80 with gaps (not every session attended) and more records in
 * recent ones; counterparts and companies drawn from Zipf distributions (a few very frequent, a long
 * tail); mostly bilateral meetings; ~1 deal per 5 engagements, ~70% of them undisclosed; dates that
 * are a day in late September, only a month, or missing. Names, quotes and sources are invented.
 */
import type {
  Actor,
  Dataset,
  Deal,
  DealBasis,
  Engagement,
  EngagementType,
  Qualifier,
  Session,
  Source,
} from '../../src/lib/data/schema';
import * as T from './tables';

export interface SynthOptions {
  /** Number of engagements (deals are about a fifth of that). */
  engagements: number;
  /** Any integer; the same seed gives the same dataset. */
  seed: number;
}

const HOME = 'KAZ';
const LEADER = 'Kassym-Jomart Tokayev';

/** mulberry32: a tiny 32-bit PRNG, good enough for test data and identical on every platform. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  constructor(readonly float: () => number) {}
  /** Integer in [lo, hi], both included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.float() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.float() < p;
  }
  pick<V>(items: readonly V[]): V {
    return items[Math.floor(this.float() * items.length)]!;
  }
  shuffle<V>(items: readonly V[]): V[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.float() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }
  /** `k` distinct items (fewer if there are not that many). */
  sample<V>(draw: () => V, k: number, tries = k * 8): V[] {
    const out = new Set<V>();
    for (let t = 0; out.size < k && t < tries; t++) out.add(draw());
    return [...out];
  }
}

/** Draws items with given weights: cumulative sums and a binary search, O(log n) per draw. */
class Weighted<V> {
  private readonly cumulative: number[] = [];
  private readonly total: number;
  constructor(
    private readonly items: readonly V[],
    weights: readonly number[],
  ) {
    let sum = 0;
    for (const w of weights) this.cumulative.push((sum += w));
    this.total = sum;
  }
  draw(rng: Random): V {
    const x = rng.float() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo]!;
  }
}

/** Rank-frequency like real counterparts: weight 1/(rank+1)^s. */
const zipf = <V>(items: readonly V[], s: number) =>
  new Weighted(
    items,
    items.map((_, i) => 1 / (i + 1) ** s),
  );
const weighted = <K extends string>(table: Record<K, number>) =>
  new Weighted(Object.keys(table) as K[], Object.values(table) as number[]);

const ENGAGEMENT_MIX: Record<EngagementType, number> = {
  bilateral: 0.62,
  roundtable: 0.1,
  signing: 0.09,
  summit: 0.07,
  speech: 0.06,
  call: 0.06,
};
const QUALIFIER_MIX: Record<Qualifier, number> = { about: 0.4, over: 0.2, 'up-to': 0.15, exact: 0.25 };
const BASIS_MIX: Record<DealBasis, number> = {
  agreement: 0.28,
  'investment-plan': 0.2,
  project: 0.18,
  financing: 0.14,
  program: 0.14,
  'cumulative-investment': 0.06,
};
const DISCLOSED_SHARE = 0.3;

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** 1st, 2nd, 3rd, 11th, 22nd… */
function ordinal(n: number): string {
  const teen = Math.floor(n / 10) % 10 === 1;
  const suffix = teen ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** Third Tuesday of September: when a regular session opens. */
function sessionOpening(year: number): number {
  const weekday = new Date(Date.UTC(year, 8, 1)).getUTCDay();
  return 1 + ((2 - weekday + 7) % 7) + 14;
}

/** "$1.2 billion", "$480 million": how the articles write amounts. */
function money(usd: number): string {
  const [unit, word] = usd >= 1e9 ? [1e9, 'billion'] : [1e6, 'million'];
  return `$${Number((usd / unit).toPrecision(3))} ${word}`;
}
const QUALIFIER_WORDS: Record<Qualifier, string> = { about: 'about ', over: 'over ', 'up-to': 'up to ', exact: '' };

/** Keeps a quote between 60 and 200 characters, cutting at a word boundary. */
function fitQuote(text: string): string {
  let out = text;
  if (out.length < 60) out = `${out.replace(/\.$/, '')}, the presidential press service reported.`;
  if (out.length > 200) {
    const cut = out.lastIndexOf(' ', 199);
    out = `${out.slice(0, cut).replace(/[,;:]$/, '')}.`;
  }
  return out;
}

function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The generator writes every name as plain text (the format also allows translations). */
type NamedActor = Actor & { name: string };

interface Party {
  /** The actor that stands for the counterpart: a state, organization or company. */
  body: NamedActor;
  /** People who speak for it, most senior first, with their role. */
  people: { actor: NamedActor; role: string }[];
}

interface DraftEngagement {
  order: number;
  session: number;
  date?: string;
  type: EngagementType;
  participants: { actor: string; role?: string }[];
  topics: string[];
  summary: string;
  quotes: string[];
  companies: NamedActor[];
}

export function synthDataset({ engagements: engagementCount, seed }: SynthOptions): Dataset {
  if (!Number.isInteger(engagementCount) || engagementCount < 0) {
    throw new Error(`engagements must be a whole number of 0 or more, not ${engagementCount}`);
  }
  if (!Number.isInteger(seed)) throw new Error(`seed must be a whole number, not ${seed}`);
  const rng = new Random(mulberry32(seed));
  const usedIds = new Set<string>();
  const uniqueId = (base: string) => {
    let id = base;
    for (let k = 2; usedIds.has(id); k++) id = `${base}-${k}`;
    usedIds.add(id);
    return id;
  };
  const personName = () => `${rng.pick(T.FIRST_NAMES)} ${rng.pick(T.LAST_NAMES)}`;
  const person = (name: string, affiliation: string, country?: string): NamedActor => ({
    id: uniqueId(slug(name)),
    name,
    type: 'person',
    ...(country ? { country } : {}),
    affiliation,
  });

  // --- Sessions: attendance grows over the decades; recent sessions hold most records. ---
  const attended: number[] = [];
  for (let n = 1; n <= 80; n++) {
    const p = n >= 60 ? 0.92 : n >= 40 ? 0.7 : n >= 20 ? 0.45 : 0.3;
    if (rng.chance(p) || n === 80) attended.push(n);
  }
  const sessions: Session[] = attended.map((number) => {
    const year = 1945 + number;
    // The 3rd and 6th sessions met in Paris.
    const session: Session = { number, year, location: number === 3 || number === 6 ? 'Paris' : 'New York' };
    if (rng.chance(0.5)) {
      const open = sessionOpening(year);
      session.dates = { start: `${year}-09-${pad(open)}`, end: `${year}-09-${pad(open + 8)}` };
    }
    return session;
  });
  const sessionDraw = new Weighted(
    attended,
    attended.map((n) => Math.exp((n - 80) / 18)),
  );

  // --- Actors ---
  const members = T.UN_MEMBERS.map(([code, name]) => ({ code, name }));
  const states = new Map<string, Party>();
  for (const { code, name } of members) {
    const body: NamedActor = { id: uniqueId(slug(name)), name, type: 'state', country: code };
    const head = rng.chance(0.6) ? 'President' : 'Prime Minister';
    states.set(code, {
      body,
      people: [
        { actor: person(personName(), body.id, code), role: `${head} of ${name}` },
        { actor: person(personName(), body.id, code), role: `Minister of Foreign Affairs of ${name}` },
      ],
    });
  }
  const frequent = T.FREQUENT_COUNTERPARTS.filter((c) => c !== HOME);
  const tail = rng.shuffle(members.map((m) => m.code).filter((c) => c !== HOME && !frequent.includes(c)));
  const stateDraw = zipf(
    [...frequent, ...tail].map((c) => states.get(c)!),
    1.05,
  );

  const organizations: Party[] = T.ORGANIZATIONS.map((o) => {
    const body: NamedActor = {
      id: uniqueId(o.id),
      name: o.name,
      type: 'organization',
      ...(o.country ? { country: o.country } : {}),
    };
    // Officials of international bodies speak for the body, not for their nationality.
    // "FIFA President", "United Nations Secretary-General"; a title that names its body stays as it is.
    const role = / of /.test(o.head) ? o.head : `${o.name} ${o.head}`;
    return { body, people: [{ actor: person(personName(), body.id), role }] };
  });
  const organizationDraw = zipf(organizations, 0.9);
  const un = organizations[0]!;
  const assemblyPresidency = organizations.find((o) => o.body.id === 'unga-presidency')!;

  const companyCount = Math.min(1000, Math.max(40, Math.round(engagementCount / 10)));
  const countryDraw = zipf(T.COMPANY_COUNTRIES, 1.0);
  const companies: (Party & { sector: string })[] = [];
  const companyNames = new Set<string>();
  while (companies.length < companyCount) {
    const industry = rng.pick(T.COMPANY_INDUSTRIES);
    const name = `${rng.pick(T.COMPANY_STEMS)} ${industry}${rng.pick(T.COMPANY_FORMS)}`;
    if (companyNames.has(name)) continue;
    companyNames.add(name);
    // The most frequent companies come from the most frequent home countries.
    const country = companies.length < 20 ? rng.pick(T.COMPANY_COUNTRIES.slice(0, 8)) : countryDraw.draw(rng);
    const body: NamedActor = { id: uniqueId(slug(name)), name, type: 'company', country };
    const people = [
      { actor: person(personName(), body.id, rng.chance(0.3) ? country : undefined), role: `CEO of ${name}` },
    ];
    if (companies.length < companyCount / 10) {
      people.push({ actor: person(personName(), body.id), role: `Vice President of ${name}` });
    }
    companies.push({ body, people, sector: T.INDUSTRY_SECTOR[industry] ?? rng.pick(T.SECTORS) });
  }
  const companyDraw = zipf(companies, 1.1);

  const actors: Actor[] = [
    ...members.map((m) => states.get(m.code)!.body),
    ...organizations.map((o) => o.body),
    ...companies.map((c) => c.body),
    ...[...states.values(), ...organizations, ...companies].flatMap((p) => p.people.map((x) => x.actor)),
  ];

  // --- Engagements ---
  const typeDraw = weighted(ENGAGEMENT_MIX);
  const topicDraw = zipf(T.TOPICS, 0.8);
  const partyKindDraw = weighted({ state: 0.62, company: 0.28, organization: 0.1 });
  const drawParty = (kind: 'state' | 'company' | 'organization'): Party =>
    kind === 'state' ? stateDraw.draw(rng) : kind === 'company' ? companyDraw.draw(rng) : organizationDraw.draw(rng);
  const companyParties = new Set<Party>(companies);

  const drafts: DraftEngagement[] = [];
  for (let i = 0; i < engagementCount; i++) {
    const session = sessionDraw.draw(rng);
    const year = 1945 + session;
    const type = typeDraw.draw(rng);
    const parties: Party[] = [];
    const participants: { actor: string; role?: string }[] = [];
    // Who the summary and quotes name: the first person met, else the body itself.
    let named: { name: string; role?: string } | undefined;
    const speaker = (party: Party, rank = 0) => {
      const who = party.people[Math.min(rank, party.people.length - 1)]!;
      if (participants.some((p) => p.actor === who.actor.id)) return;
      participants.push({ actor: who.actor.id, role: who.role });
      named ??= { name: who.actor.name, role: who.role };
    };

    if (type === 'bilateral' || type === 'call') {
      const party = drawParty(partyKindDraw.draw(rng));
      parties.push(party);
      const rank = rng.chance(0.75) ? 0 : 1;
      if (rng.chance(0.15)) participants.push({ actor: party.body.id });
      else speaker(party, rank);
      if (rng.chance(0.15)) speaker(party, 1 - rank);
    } else if (type === 'summit') {
      for (const party of rng.sample(
        () => (rng.chance(0.85) ? stateDraw.draw(rng) : organizationDraw.draw(rng)),
        rng.int(2, 3),
      )) {
        parties.push(party);
        speaker(party);
      }
    } else if (type === 'speech') {
      const party = rng.chance(0.7) ? un : assemblyPresidency;
      parties.push(party);
      if (rng.chance(0.5)) participants.push({ actor: party.body.id });
      else speaker(party);
    } else if (type === 'signing') {
      const party = rng.chance(0.7) ? companyDraw.draw(rng) : stateDraw.draw(rng);
      parties.push(party);
      if (rng.chance(0.3)) participants.push({ actor: party.body.id, role: 'party to the agreement' });
      else speaker(party, rng.chance(0.6) ? 0 : 1);
      if (rng.chance(0.25)) {
        const witness = stateDraw.draw(rng);
        parties.push(witness);
        speaker(witness, 1);
      }
    } else {
      for (const party of rng.sample(() => companyDraw.draw(rng), rng.int(2, 3))) {
        parties.push(party);
        speaker(party);
      }
    }

    const companiesHere = parties.filter((p) => companyParties.has(p)).map((p) => p.body);
    const topics = rng.sample(() => topicDraw.draw(rng), rng.int(1, 3));
    const first = parties[0]!;
    const who: { name: string; role?: string } = named ?? { name: first.body.name };
    const whoWithRole = who.role ? `${who.name}, ${who.role},` : who.name;
    const names = parties.map((p) => p.body.name);
    const about = joinList(topics);
    const summary =
      type === 'speech'
        ? `Addressed the ${first.body.name} on ${about}.`
        : type === 'summit'
          ? `Took part in a meeting with leaders of ${joinList(names)} on ${about}.`
          : type === 'signing'
            ? `Attended the signing of documents with ${first.body.name} on ${about}.`
            : type === 'roundtable'
              ? `Held a roundtable with business leaders of ${joinList(names)} on ${about}.`
              : type === 'call'
                ? `Spoke by phone with ${whoWithRole} about ${about}.`
                : `Met ${whoWithRole} to discuss ${about}.`;
    const quoteTemplates = [
      who.role
        ? `The Head of State held talks with ${who.role} ${who.name} on ${about}.`
        : `The Head of State held talks with representatives of ${who.name} on ${about}.`,
      `During the meeting, the sides discussed prospects for cooperation in ${about}.`,
      `The President noted the great potential for expanding ties with ${first.body.name} in ${topics[0]}.`,
      `The parties exchanged views on ${about} and agreed to maintain regular contacts at all levels.`,
      `${who.name} expressed interest in further developing cooperation with Kazakhstan in ${topics[0]}.`,
    ];
    const quotes = rng.sample(() => fitQuote(rng.pick(quoteTemplates)), rng.chance(0.8) ? 1 : 2);

    // Late September around the general debate; sometimes only the month, sometimes nothing.
    const dateKind = rng.float();
    const date =
      dateKind < 0.58
        ? `${year}-09-${pad(rng.int(15, 30))}`
        : dateKind < 0.73
          ? `${year}-09`
          : dateKind < 0.78
            ? `${year}-10-${pad(rng.int(1, 5))}`
            : undefined;

    drafts.push({ order: i, session, date, type, participants, topics, summary, quotes, companies: companiesHere });
  }
  // Chronological, as sources are compiled; undated records last in their session.
  drafts.sort((a, b) => a.session - b.session || (a.date ?? '~').localeCompare(b.date ?? '~') || a.order - b.order);

  // --- Sources: about one article per 15 records of a session, at least one per session. ---
  const perSession = new Map<number, DraftEngagement[]>();
  for (const d of drafts) {
    const list = perSession.get(d.session);
    if (list) list.push(d);
    else perSession.set(d.session, [d]);
  }
  const sources: Source[] = [];
  const sourcesOf = new Map<number, Source[]>();
  for (const { number, year } of sessions) {
    const count = Math.min(40, Math.max(1, Math.ceil((perSession.get(number)?.length ?? 0) / 15)));
    const list: Source[] = [];
    for (let k = 1; k <= count; k++) {
      const publisher = rng.pick(T.PUBLISHERS);
      const title = rng.pick([
        `President's working visit to New York: day ${k}`,
        `Kazakhstan at the ${ordinal(number)} UN General Assembly: meetings and agreements`,
        `Head of State meets world leaders and business heads in New York`,
        `UNGA ${number}: Kazakh delegation signs deals worth billions`,
      ]);
      const source: Source = {
        id: `s${number}-${k}`,
        publisher,
        title,
        url: `https://example.org/${slug(publisher)}/${year}/unga-${number}-${k}`,
        published: `${year}-09-${pad(rng.int(15, 30))}`,
      };
      if (rng.chance(0.4)) source.author = personName();
      list.push(source);
    }
    sources.push(...list);
    sourcesOf.set(number, list);
  }

  const counters = new Map<number, number>();
  const nextId = (prefix: string, session: number) => {
    const k = (counters.get(session) ?? 0) + 1;
    counters.set(session, k);
    return `${prefix}${session}-${pad(k, 4)}`;
  };
  const cite = (session: number, quotes: readonly string[]) =>
    quotes.map((quote) => ({ source: rng.pick(sourcesOf.get(session)!).id, quote }));

  // Keys in the schema's order, so a file reads like a hand-written one.
  const engagements: Engagement[] = drafts.map((d) => ({
    id: nextId('e', d.session),
    session: d.session,
    ...(d.date ? { date: d.date } : {}),
    type: d.type,
    participants: d.participants,
    topics: d.topics,
    summary: d.summary,
    citations: cite(d.session, d.quotes),
  }));

  // --- Deals: ~1 per 5 engagements; over half come out of a meeting with that company. ---
  const dealTarget = Math.round(engagementCount / 5);
  const withCompany = drafts.map((d, i) => ({ d, e: engagements[i]! })).filter((x) => x.d.companies.length > 0);
  const linkShare = withCompany.length ? Math.min(0.9, (0.55 * dealTarget) / withCompany.length) : 0;
  const companyByActor = new Map(companies.map((c) => [c.body.id, c]));
  const dealDrafts: { order: number; session: number; company: Party & { sector: string }; engagement?: string }[] = [];
  for (const { d, e } of withCompany) {
    if (dealDrafts.length < dealTarget && rng.chance(linkShare)) {
      dealDrafts.push({
        order: dealDrafts.length,
        session: d.session,
        company: companyByActor.get(d.companies[0]!.id)!,
        engagement: e.id,
      });
    }
  }
  while (dealDrafts.length < dealTarget) {
    dealDrafts.push({ order: dealDrafts.length, session: sessionDraw.draw(rng), company: companyDraw.draw(rng) });
  }
  dealDrafts.sort((a, b) => a.session - b.session || a.order - b.order);

  const qualifierDraw = weighted(QUALIFIER_MIX);
  const basisDraw = weighted(BASIS_MIX);
  const BASIS_VERBS: Record<DealBasis, string> = {
    agreement: 'signed an agreement',
    'investment-plan': 'announced plans to invest',
    financing: 'agreed to provide financing',
    'cumulative-investment': 'has invested since entering the market',
    program: 'launched a program',
    project: 'will implement a project',
  };
  counters.clear();
  const deals: Deal[] = dealDrafts.map(({ session, company, engagement }) => {
    const name = company.body.name;
    const basis = basisDraw.draw(rng);
    const sector = rng.chance(0.7) ? company.sector : rng.pick(T.SECTORS);
    let value: Deal['value'] = null;
    if (rng.chance(DISCLOSED_SHARE)) {
      // Log-uniform from $10 million to $20 billion, rounded as articles round.
      const usd = Number((10 ** (7 + rng.float() * 3.3)).toPrecision(2));
      value = { usd, qualifier: qualifierDraw.draw(rng) };
    }
    const amount = value ? `${QUALIFIER_WORDS[value.qualifier]}${money(value.usd)}` : undefined;
    const summary = amount
      ? `${name} ${BASIS_VERBS[basis]} (${amount}) in Kazakhstan's ${sector} sector.`
      : `${name} ${BASIS_VERBS[basis]} in Kazakhstan's ${sector} sector; no value was disclosed.`;
    const quotes = [
      fitQuote(
        amount
          ? rng.pick([
              `The Kazakh side welcomed ${name}'s plans to invest ${amount} in the ${sector} industry of the country.`,
              `Under the agreement, ${name} will commit ${amount} to projects in ${sector}, the press service said.`,
              `The total value of the documents signed with ${name} amounts to ${amount}.`,
            ])
          : rng.pick([
              `The President praised ${name}'s plans to expand its ${sector} operations in Kazakhstan.`,
              `The sides discussed the implementation of joint projects in ${sector} with the participation of ${name}.`,
              `${name} confirmed its intention to localize production in Kazakhstan and to train local specialists.`,
            ]),
      ),
    ];
    if (rng.chance(0.2))
      quotes.push(
        fitQuote(`The agreements with ${name} are expected to create new jobs and to transfer modern technologies.`),
      );
    const deal: Deal = {
      id: nextId('d', session),
      session,
      company: company.body.id,
      ...(engagement ? { engagement } : {}),
      value,
      basis,
      sector,
      summary,
      citations: cite(session, quotes),
    };
    if (rng.chance(0.15)) {
      deal.figures = [
        rng.chance(0.5)
          ? {
              label: 'jobs to be created',
              value: rng.int(2, 100) * 50,
              qualifier: rng.pick(['about', 'over', 'up-to'] as const),
            }
          : {
              label: 'megawatts of capacity',
              value: rng.int(1, 40) * 25,
              qualifier: rng.pick(['about', 'up-to', 'exact'] as const),
            },
      ];
    }
    if (rng.chance(0.3)) {
      deal.sites = Array.from({ length: rng.chance(0.8) ? 1 : 2 }, () => {
        const [city, lon, lat] = rng.pick(T.KAZ_CITIES);
        // Within ~15 km of the city, so every site stays inside the country.
        const jitter = () => Math.round((rng.float() - 0.5) * 30) / 100;
        return {
          name: `${city} ${rng.pick(T.FACILITIES)}`,
          lon: Number((lon + jitter()).toFixed(2)),
          lat: Number((lat + jitter()).toFixed(2)),
        };
      });
    }
    return deal;
  });

  return {
    schemaVersion: 1,
    title: `Synthetic benchmark dataset: ${engagementCount.toLocaleString('en-US')} engagements (seed ${seed})`,
    description:
      'Generated by scripts/synth.ts for performance tests. People, companies, quotes and sources are invented; none of these events happened.',
    delegation: { country: HOME, leader: LEADER, aliases: ['Tokayev'] },
    sources,
    sessions,
    actors,
    engagements,
    deals,
  };
}
