// @vitest-environment node
// The flat arrays every filter and aggregation runs over, built once per dataset (in the worker
// for the page, in place for the tools), and their trip through postMessage.
import { describe, expect, it } from 'vitest';
import { buildIndexArrays, indexDataset, sectorKey } from '../../src/lib/data/buildIndex';
import {
  assembleIndex,
  itemsOf,
  transferablesOf,
  TYPE_BIT,
  type Csr,
  type DatasetIndex,
  type IndexArrays,
} from '../../src/lib/data/datasetIndex';
import { engagementsByCountry, filterDataset, filterOptions, summarize } from '../../src/lib/data/query';
import { sumByKind } from '../../src/lib/data/values';
import type { Dataset } from '../../src/lib/data/schema';
import { ACTOR_TYPES, QUALIFIERS, type ActorType } from '../../src/lib/basics/vocabulary';
import { synthDataset } from '../../scripts/synth/generate';
import { querySmall } from '../fixtures/querySmall';
import { filters } from '../helpers';

const data = querySmall();
const index = indexDataset(data);

const at = (id: string) => index.actorAt.get(id)!;
const slot = (code: string) => index.countrySlot.get(code)!;
const E = (id: string) => index.engagementAt.get(id)!;
/** Every list of a CSR, as plain arrays. */
const lists = (csr: Csr, n: number) => Array.from({ length: n }, (_, i) => [...itemsOf(csr, i)]);
const bits = (...types: ActorType[]) => types.reduce((m, t) => m | TYPE_BIT[t], 0);

/** The fixture with a change; the change may break what validation would catch. */
function variant(change: (d: Dataset) => void): DatasetIndex {
  const d = querySmall();
  change(d);
  return indexDataset(d);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Every typed array of an index's arrays, by field (a CSR's two as `field.offsets`, `field.values`). */
function typedArraysOf(arrays: IndexArrays): Map<string, ArrayBufferView> {
  const out = new Map<string, ArrayBufferView>();
  for (const [key, v] of Object.entries(arrays)) {
    if (ArrayBuffer.isView(v)) out.set(key, v);
    else if (v && typeof v === 'object' && 'offsets' in v) {
      out.set(`${key}.offsets`, (v as Csr).offsets);
      out.set(`${key}.values`, (v as Csr).values);
    }
  }
  return out;
}

describe("an engagement's day and its precision (eDay, eDatePrecision)", () => {
  const cases: { input: string | undefined; expected: { day: number; precision: 0 | 1 | 2 } }[] = [
    { input: undefined, expected: { day: NaN, precision: 0 } },
    { input: '', expected: { day: NaN, precision: 0 } },
    { input: '1970-01-01', expected: { day: 0, precision: 2 } },
    { input: '1970-01', expected: { day: 0, precision: 1 } },
    { input: '1969-12-31', expected: { day: -1, precision: 2 } },
    { input: '2023-09-18', expected: { day: 19618, precision: 2 } },
    { input: '2023-09-19', expected: { day: 19619, precision: 2 } },
    // A month-only date stands at its first day.
    { input: '2023-09', expected: { day: 19601, precision: 1 } },
    { input: '2024-02-29', expected: { day: 19782, precision: 2 } },
  ];
  it.each(cases)('$input', ({ input, expected }) => {
    const i = variant((d) => (d.engagements[0]!.date = input));
    expect({ day: i.eDay[0], precision: i.eDatePrecision[0] }).toEqual(expected);
  });
});

describe('sectorKey: the sector in the dataset language', () => {
  const deal = data.deals[0]!;
  const cases: { name: string; input: [typeof deal, string?]; expected: string }[] = [
    { name: 'a plain string', input: [deal], expected: 'transport & logistics' },
    {
      name: 'translations, English dataset',
      input: [{ ...deal, sector: { ru: 'энергетика', en: 'energy' } }, 'en'],
      expected: 'energy',
    },
    {
      name: 'translations, Russian dataset',
      input: [{ ...deal, sector: { en: 'energy', ru: 'энергетика' } }, 'ru'],
      expected: 'энергетика',
    },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    expect(sectorKey(...input)).toBe(expected);
  });
});

describe('TYPE_BIT', () => {
  it('gives every actor type its own bit', () => {
    const all = ACTOR_TYPES.map((t) => TYPE_BIT[t]);
    expect(new Set(all).size).toBe(ACTOR_TYPES.length);
    for (const b of all) expect(b & (b - 1)).toBe(0);
  });
});

describe('buildIndexArrays on the query fixture', () => {
  const nE = data.engagements.length;

  it('dictionaries: counterpart and company countries sorted without home, sectors in first-seen order, sessions ascending', () => {
    // DEU and GBR only as company seats; KAZ is home.
    expect(index.countries).toEqual(['DEU', 'FRA', 'GBR', 'USA']);
    expect(index.sectors).toEqual(['transport & logistics', 'energy', 'mining, metals']);
    // The fixture lists 79 before 78.
    expect([...index.sessionNumbers]).toEqual([78, 79, 80]);
    expect(index.sessionNumbers).toBeInstanceOf(Int32Array);
  });

  it('per engagement: year, session slot, date, planned', () => {
    expect([...index.eYear]).toEqual([2023, 2023, 2023, 2024, 2024, 2024]);
    expect([...index.eSessionSlot]).toEqual([0, 0, 0, 1, 1, 1]);
    // e-un undated, e-usa 2023-09-19, e-acme 2023-09-18, e-roundtable 2024-09, e-france 2024-09-24, e-speech undated.
    expect([...index.eDay]).toEqual([NaN, 19619, 19618, 19967, 19990, NaN]);
    expect([...index.eDatePrecision]).toEqual([0, 2, 2, 1, 2, 0]);
    expect([...index.ePlanned]).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('every CSR list has one offset per record plus one, rising from 0 to the number of values', () => {
    for (const key of ['eCountries', 'eOrgs', 'eInvolved', 'eDeals'] as const) {
      const { offsets, values } = index[key];
      expect(offsets).toBeInstanceOf(Uint32Array);
      expect(values).toBeInstanceOf(Uint32Array);
      expect(offsets.length).toBe(nE + 1);
      expect(offsets[0]).toBe(0);
      expect(offsets[nE]).toBe(values.length);
      for (let i = 0; i < nE; i++) expect(offsets[i + 1]!).toBeGreaterThanOrEqual(offsets[i]!);
    }
  });

  it('eCountries: counterpart countries, each once, in participant order, home left out', () => {
    expect(lists(index.eCountries, nE)).toEqual([
      [], // e-un: organizations
      [slot('USA')], // e-usa: two people from one country
      [slot('USA')], // e-acme: through the company
      [slot('USA'), slot('FRA')], // e-roundtable: the home minister is left out
      [slot('FRA')], // e-france: through the affiliation
      [], // e-speech: nobody
    ]);
  });

  it('eOrgs: organizations without a country, through a person or directly', () => {
    expect(lists(index.eOrgs, nE)).toEqual([[at('un'), at('asia-forum')], [], [], [], [], []]);
  });

  it('eInvolved: every participant and the bodies they speak for, home side included', () => {
    expect(lists(index.eInvolved, nE)).toEqual([
      [at('un-chief'), at('un'), at('asia-forum')],
      [at('us-president'), at('usa'), at('us-envoy')],
      [at('acme-ceo'), at('acme')],
      [at('acme-ceo'), at('acme'), at('globex-ceo'), at('globex'), at('kaz-minister')],
      [at('fr-minister'), at('fra')],
      [],
    ]);
  });

  it('eTypes: the types of the counterpart side only', () => {
    expect([...index.eTypes]).toEqual([
      bits('person', 'organization'),
      bits('person', 'state'),
      bits('person', 'company'),
      bits('person', 'company'), // the home minister adds nothing
      bits('person', 'state'),
      0,
    ]);
  });

  it('eDeals: linked deals and unlinked deals of a company involved that session, in dataset order', () => {
    expect(lists(index.eDeals, nE)).toEqual([[], [], [0, 1], [2, 3], [], []]);
  });

  it('per deal: year, session, company, its country, sector, value, basis, planned, engagement', () => {
    expect([...index.dYear]).toEqual([2023, 2023, 2024, 2024, 2024]);
    expect([...index.dSessionSlot]).toEqual([0, 0, 1, 1, 1]);
    expect([...index.dCompany]).toEqual([at('acme'), at('acme'), at('globex'), at('globex'), at('zeta')]);
    expect([...index.dCountry]).toEqual([slot('USA'), slot('USA'), slot('DEU'), slot('DEU'), slot('GBR')]);
    expect([...index.dSector]).toEqual([0, 0, 1, 1, 2]);
    expect([...index.dUsd]).toEqual([1e9, 2.5e8, NaN, 5e9, 3e8]);
    const q = (name: (typeof QUALIFIERS)[number]) => QUALIFIERS.indexOf(name);
    expect([...index.dQualifier]).toEqual([q('about'), q('exact'), 255, q('over'), q('up-to')]);
    expect([...index.dCumulative]).toEqual([0, 0, 0, 1, 0]);
    expect([...index.dPlanned]).toEqual([0, 0, 0, 0, 0]);
    expect([...index.dEngagement]).toEqual([E('e-acme'), -1, E('e-roundtable'), -1, -1]);
    expect(index.dUsd).toBeInstanceOf(Float64Array);
    expect(index.dCountry).toBeInstanceOf(Int32Array);
  });

  it('lookups by key, and the dataset kept as it is', () => {
    expect(index.data).toBe(data);
    expect(index.datasetLang).toBe('en');
    expect(index.actors.get('acme')?.name).toBe('Acme Rail');
    expect(index.sessions.get(78)?.year).toBe(2023);
    expect(index.sources.get('wire')?.publisher).toBe('Example Wire');
    expect(index.sectorSlot.get('energy')).toBe(1);
    expect(index.actors.get('nobody')).toBeUndefined();
    expect(index.sessions.get(77)).toBeUndefined();
    expect(index.engagementAt.get(data.engagements[3]!.id)).toBe(3);
    expect(index.engagementAt.get('not-there')).toBeUndefined();
  });
});

describe('buildIndexArrays on variants', () => {
  const cases: { name: string; change: (d: Dataset) => void; check: (i: DatasetIndex) => void }[] = [
    {
      name: 'planned engagements and deals are flagged',
      change: (d) => {
        d.engagements[1]!.status = 'planned';
        d.engagements[2]!.status = 'held';
        d.deals[4]!.status = 'planned';
      },
      check: (i) => {
        expect([...i.ePlanned]).toEqual([0, 1, 0, 0, 0, 0]);
        expect([...i.dPlanned]).toEqual([0, 0, 0, 0, 1]);
      },
    },
    {
      name: 'a company at home has no counterpart country',
      change: (d) => {
        d.actors.find((a) => a.id === 'zeta')!.country = 'KAZ';
      },
      check: (i) => {
        expect(i.dCountry[4]).toBe(-1);
        expect(i.countries).toEqual(['DEU', 'FRA', 'USA']);
      },
    },
    {
      name: 'translated sectors are keyed by the dataset-language text',
      change: (d) => {
        d.deals[2]!.sector = { ru: 'энергетика', en: 'energy' };
      },
      check: (i) => {
        expect(i.sectors).toEqual(['transport & logistics', 'energy', 'mining, metals']);
        expect([...i.dSector]).toEqual([0, 0, 1, 1, 2]);
      },
    },
    {
      name: 'a Russian dataset keys sectors by the Russian text',
      change: (d) => {
        d.language = 'ru';
        d.deals[2]!.sector = { en: 'energy', ru: 'энергетика' };
        d.deals[3]!.sector = 'энергетика';
      },
      check: (i) => {
        expect(i.datasetLang).toBe('ru');
        expect(i.sectors).toEqual(['transport & logistics', 'энергетика', 'mining, metals']);
      },
    },
    {
      name: 'affiliation cycles end, and an unknown participant is skipped',
      change: (d) => {
        d.actors.push(
          { id: 'cyc-a', name: 'Cy A', type: 'person', affiliation: 'cyc-b' },
          { id: 'cyc-b', name: 'Cy B', type: 'state', country: 'IRN', affiliation: 'cyc-a' },
        );
        d.engagements[5]!.participants = [{ actor: 'ghost' }, { actor: 'cyc-a' }, { actor: 'cyc-b' }];
      },
      check: (i) => {
        expect(itemsOf(i.eCountries, 5).length).toBe(1);
        expect(i.countries[itemsOf(i.eCountries, 5)[0]!]).toBe('IRN');
        expect([...itemsOf(i.eInvolved, 5)].map((a) => i.data.actors[a]!.id)).toEqual(['cyc-a', 'cyc-b']);
        expect(i.eTypes[5]).toBe(bits('person', 'state'));
      },
    },
    {
      name: 'no records at all',
      change: (d) => {
        d.engagements = [];
        d.deals = [];
      },
      check: (i) => {
        expect([...i.eCountries.offsets]).toEqual([0]);
        expect(i.eCountries.values.length).toBe(0);
        expect(i.dYear.length).toBe(0);
        expect(i.sectors).toEqual([]);
      },
    },
  ];
  it.each(cases)('$name', ({ change, check }) => check(variant(change)));
});

describe('buildIndexArrays does not mutate the dataset', () => {
  it('builds from a deeply frozen dataset and leaves it equal', () => {
    const d = querySmall();
    const before = structuredClone(d);
    deepFreeze(d);
    expect(() => indexDataset(d)).not.toThrow();
    expect(d).toEqual(before);
  });
});

describe('the arrays travel to the page', () => {
  const big = synthDataset({ engagements: 2000, seed: 3 });
  const FILTERS = [
    filters(),
    filters({ years: [2023, 2025] }),
    filters({ countries: ['USA', 'CHN'] }),
    filters({ actorTypes: ['company'] }),
    filters({ sectors: [indexDataset(big).sectors[0]!] }),
    filters({ companies: [big.actors.find((a) => a.type === 'company')!.id] }),
  ];
  /** What the views ask of an index, for comparing two of them. */
  const answers = (i: DatasetIndex) =>
    FILTERS.map((f) => {
      const filtered = filterDataset(i, f);
      return {
        e: [...filtered.e],
        d: [...filtered.d],
        byCountry: engagementsByCountry(filtered, i),
        kinds: sumByKind(filtered.deals),
        summary: summarize(filtered, i, { includePlanned: false }),
      };
    });

  it('assembleIndex(data, buildIndexArrays(data)) equals indexDataset(data)', () => {
    expect(assembleIndex(data, buildIndexArrays(data))).toEqual(indexDataset(data));
    expect(assembleIndex(big, buildIndexArrays(big))).toEqual(indexDataset(big));
  });

  it('a structured clone of the arrays (what postMessage delivers) assembles to the same answers', () => {
    const arrays = buildIndexArrays(big);
    const copy = structuredClone(arrays);
    expect(copy.eCountries.values).not.toBe(arrays.eCountries.values);
    const fromCopy = assembleIndex(structuredClone(big), copy);
    const local = indexDataset(big);
    expect(fromCopy).toEqual(local);
    expect(answers(fromCopy)).toEqual(answers(local));
    expect(filterOptions(fromCopy)).toEqual(filterOptions(local));
    // The filters match something, so the comparison is not between empty answers.
    expect(answers(local).every((a) => a.e.length + a.d.length > 0)).toBe(true);
  });

  it('transferablesOf lists every buffer once, so a transfer moves them all', () => {
    const arrays = buildIndexArrays(big);
    const typed = typedArraysOf(arrays);
    const buffers = transferablesOf(arrays);
    expect(new Set(buffers).size).toBe(buffers.length);
    expect(new Set(buffers)).toEqual(new Set([...typed.values()].map((t) => t.buffer)));
    // Every field, CSR halves included (27 typed arrays, each on its own buffer here).
    expect(typed.size).toBe(27);
    expect(buffers.length).toBe(27);

    const expected = answers(indexDataset(big));
    const sizes = new Map([...typed].map(([k, t]) => [k, t.byteLength]));
    // A buffer listed twice, or a detached one, makes the transfer throw (DataCloneError).
    const moved = structuredClone(arrays, { transfer: buffers });
    for (const [key, t] of typed) {
      if (sizes.get(key)! > 0) expect(t.byteLength, `${key} was not transferred`).toBe(0);
    }
    expect(answers(assembleIndex(big, moved))).toEqual(expected);
  });

  it('every field of the arrays is a typed array, a CSR or a plain list of strings', () => {
    const arrays = buildIndexArrays(data);
    for (const [key, v] of Object.entries(arrays)) {
      const ok =
        ArrayBuffer.isView(v) ||
        (typeof v === 'object' && 'offsets' in v) ||
        (Array.isArray(v) && v.every((s) => typeof s === 'string'));
      expect(ok, key).toBe(true);
    }
  });
});
