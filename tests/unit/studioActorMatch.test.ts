import { describe, expect, it } from 'vitest';
import { matchActors, nameKey, searchActors } from '../../src/studio/model/actorMatch';
import type { JsonObject } from '../../src/studio/model/editedDataset';

const actors: JsonObject[] = [
  { id: 'amazon', name: 'Amazon', aliases: ['Amazon Corporation'], type: 'company' },
  { id: 'antonio-guterres', name: 'António Guterres', type: 'person' },
  {
    id: 'un',
    name: { en: 'United Nations', ru: 'Организация Объединённых Наций' },
    aliases: ['UN'],
    type: 'organization',
  },
  { id: 'un-women', name: 'UN Women', type: 'organization' },
];

describe('matchActors', () => {
  it.each([
    { name: 'Amazon Corporation', index: 1, via: 'alias', at: 0 },
    { name: 'amazon', index: 1, via: 'name', at: 0 },
    { name: 'Antonio Guterres', index: 1, via: 'name', at: 1 },
    { name: 'Организация Объединённых Наций', index: 1, via: 'name', at: 2 },
    { name: 'U.N.', index: 1, via: 'alias', at: 2 },
    { name: 'Amazon Web Services', index: 0 },
    { name: '', index: 0 },
  ])('$name', ({ name, index, via, at }) => {
    const found = matchActors(name, actors);
    expect(found).toHaveLength(index);
    if (index) expect(found[0]).toMatchObject({ via, index: at });
  });

  it('skips the actor being edited', () => {
    expect(matchActors('Amazon', actors, 0)).toEqual([]);
  });
});

describe('searchActors', () => {
  it('puts exact and prefix matches first', () => {
    expect(searchActors('un', actors)).toEqual([2, 3]);
    expect(searchActors('guter', actors)).toEqual([1]);
    expect(searchActors('', actors)).toEqual([0, 1, 2, 3]);
  });

  it('folds case and accents', () => {
    expect(nameKey('  António   GUTERRES ')).toBe('antonio guterres');
  });
});
