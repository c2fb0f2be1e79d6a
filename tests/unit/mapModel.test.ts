// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { synthDataset } from '../../scripts/synth/generate';
import { mapModel, mapScales, type MapModel } from '../../src/views/WorldMap/model';
import type { Dataset } from '../../src/lib/data/schema';
import type { ExportInput } from '../../src/views/shared/types';
import { bundledDataset, exportInput, fixture, indexOf, type InputOptions } from '../helpers';

const small = () => fixture('worldmap-small.json');

/** The model of a dataset under some filters and options, as the view makes it. */
function modelOf(data: Dataset, o: InputOptions = {}): { model: MapModel; input: ExportInput } {
  const input = exportInput(indexOf(data), o);
  const model = mapModel(input, mapScales(input.index, input.options, input.theme.map.classes.length));
  return { model, input };
}

const fill = (m: MapModel, code: string) => m.byCode.get(code)?.fill;
const cls = (m: MapModel, code: string) => m.byCode.get(code)?.cls;

describe('colour classes come from the whole dataset', () => {
  it('keeps Iran (1 engagement) in the same class, with the same colour, in three filter states', () => {
    const data = small();
    const states = [
      {},
      { filters: { years: [2023] } },
      { filters: { countries: ['IRN'] } },
      { filters: { actorTypes: ['person' as const] } },
    ];
    const models = states.map((o) => modelOf(data, o).model);
    for (const m of models) {
      expect(m.byCode.get('IRN')?.count).toBe(1);
      expect(cls(m, 'IRN')).toBe(0);
      expect(fill(m, 'IRN')).toBe(fill(models[0]!, 'IRN'));
    }
    // The United States has 3 in all (the top class) but 2 in 2023: a class of its own count, on the same bounds.
    expect(cls(models[0]!, 'USA')).toBe(2);
    expect(cls(models[1]!, 'USA')).toBe(1);
    expect(models[1]!.legend.map((c) => c.label)).toEqual(['1', '2']);
    expect(models[0]!.legend.map((c) => c.label)).toEqual(['1', '3']);
  });

  it('colours a country by its count under the filters: filtered out is plain land, yet still offered', () => {
    const { model } = modelOf(small(), { filters: { countries: ['IRN'] } });
    const usa = model.byCode.get('USA')!;
    expect(usa).toMatchObject({
      count: 0,
      offered: 3,
      cls: -1,
      fill: null,
      selected: false,
      label: 'United States, 3 engagements',
    });
    expect(model.byCode.get('IRN')).toMatchObject({ selected: true, count: 1 });
    expect([...model.fills.keys()]).toEqual(['IRN']);
  });

  it('shows in the legend only the classes that occur in what is drawn', () => {
    const { model } = modelOf(small(), { filters: { years: [2025] } });
    // 2025: the United States 1, Estonia, Singapore and Fiji 1 each: only the first class is drawn.
    expect(model.legend.map((c) => c.label)).toEqual(['1']);
    expect(new Set([...model.fills.values()])).toEqual(new Set(model.legend.map((c) => c.colour)));
  });

  it('uses the theme ramp: the same class is lighter in light, brighter in dark', () => {
    const light = modelOf(small()).model;
    const dark = modelOf(small(), { theme: 'dark' }).model;
    expect(fill(light, 'USA')).not.toBe(fill(dark, 'USA'));
    expect(cls(light, 'USA')).toBe(cls(dark, 'USA'));
  });
});

describe('planned events', () => {
  const withPlanned = () => {
    const data = small();
    data.engagements.find((e) => e.id === 'e3')!.status = 'planned';
    return data;
  };

  it('are left out of counts, colours and classes unless options.planned, and the note says so', () => {
    const { model } = modelOf(withPlanned());
    expect(model.byCode.get('IRN')).toMatchObject({ count: 0, planned: 1, fill: null, cls: -1 });
    expect(model.notes).toContain('1 planned event not counted.');
    // Iran stays in the list: its one engagement is still to come.
    expect(model.entries.map((e) => e.code)).toContain('IRN');
  });

  it('count with options.planned, and then no note', () => {
    const { model } = modelOf(withPlanned(), { options: { planned: true } });
    expect(model.byCode.get('IRN')).toMatchObject({ count: 1, planned: 0, cls: 0 });
    expect(model.notes.join(' ')).not.toMatch(/planned/);
  });

  it('in the bundled dataset: two planned events not counted', () => {
    expect(modelOf(bundledDataset()).model.notes).toContain('2 planned events not counted.');
  });
});

describe('the list and the words', () => {
  it('offers every counterpart in name order, never home, organizations apart', () => {
    const { model } = modelOf(small());
    expect(model.entries.map((e) => e.name)).toEqual(['Estonia', 'Fiji', 'Iran', 'Singapore', 'United States']);
    expect(model.home).toBe('KAZ');
    expect(model.byCode.has('KAZ')).toBe(false);
    expect(model.organizations.map((o) => [o.name, o.count])).toEqual([
      ['FIFA', 1],
      ['United Nations', 1],
    ]);
  });

  it('keeps a selected country the dataset never met in the list, so it can be unselected', () => {
    const { model } = modelOf(small(), { filters: { countries: ['FRA'] } });
    expect(model.byCode.get('FRA')).toMatchObject({ name: 'France', count: 0, offered: 0, selected: true });
    expect(model.empty).toBe(true);
  });

  it('summarises the counted countries and the most met', () => {
    expect(modelOf(small()).model.summary).toBe('5 counterpart countries; most engagements: United States (3)');
    expect(modelOf(small(), { filters: { years: [2025] } }).model.summary).toBe(
      '4 counterpart countries; most engagements: Estonia, Fiji, Singapore and 1 more (1 each)',
    );
    expect(modelOf(small(), { filters: { countries: ['FRA'] } }).model.summary).toBe(
      'No counterpart country under these filters',
    );
  });

  it('names countries in the reader’s language', async () => {
    const { i18nFor } = await import('../helpers');
    const { model } = modelOf(small(), { i18n: await i18nFor('ru') });
    expect(model.byCode.get('USA')?.name).not.toBe('United States');
  });

  it('does not mutate its inputs', () => {
    const data = small();
    const before = structuredClone(data);
    const input = exportInput(indexOf(data), { filters: { countries: ['IRN'], years: [2023] } });
    const filters = structuredClone(input.filters);
    const options = structuredClone(input.options);
    const e = input.filtered.e.slice();
    mapModel(input, mapScales(input.index, input.options, 6));
    expect(data).toEqual(before);
    expect(input.filters).toEqual(filters);
    expect(input.options).toEqual(options);
    expect(input.filtered.e).toEqual(e);
  });
});

describe('at scale: the model is bounded by countries and places, not records', () => {
  it('100,000 engagements: a filter change is one pass, the output stays small', () => {
    const index = indexOf(synthDataset({ engagements: 100_000, seed: 1 }));
    const base = exportInput(index);
    // Bounded by what it returns, not timed: speed is measured by npm run bench, never in a test.
    const scales = mapScales(index, base.options, 6);
    const inputs = [
      base,
      exportInput(index, { filters: { years: [index.data.sessions.at(-1)!.year] } }),
      exportInput(index, { filters: { countries: ['USA'] } }),
    ];
    const models = inputs.map((input) => mapModel(input, scales));
    for (const m of models) {
      expect(m.entries.length).toBeLessThanOrEqual(index.countries.length + 1);
      expect(m.sites.length).toBeLessThanOrEqual(scales.sites.places.length);
      expect(m.sites.length).toBeLessThan(200);
      for (const s of m.sites) expect(s.deals.length).toBeLessThanOrEqual(6);
      expect(m.legend.length).toBeLessThanOrEqual(6);
      expect(m.sizes.length).toBeLessThanOrEqual(2);
    }
    expect(models[0]!.entries.length).toBeGreaterThan(50);
  }, 60_000);
});
