import { beforeAll, describe, expect, it } from 'vitest';
import type { I18n } from '../../src/lib/i18n/i18n';
import { isNewActorOption, searchNewActors } from '../../src/studio/model/choices';
import type { JsonObject } from '../../src/studio/model/editedDataset';
import { i18nFor } from '../helpers';

let en: I18n;
let ru: I18n;
beforeAll(async () => {
  en = await i18nFor('en');
  ru = await i18nFor('ru');
});

const first = (q: string, actors: JsonObject[] = [], i18n = en) => searchNewActors(q, actors, i18n)[0];

describe('searchNewActors: countries and known organizations the participant box can create', () => {
  it.each([
    ['Bosnia', 'Bosnia and Herzegovina', 'BIH'],
    ['Czech Republic', 'Czechia', 'CZE'],
    ['Czechia', 'Czechia', 'CZE'],
    ['UK', 'United Kingdom', 'GBR'],
    ['USA', 'United States', 'USA'],
    ['Russia', 'Russia', 'RUS'],
    ['South Korea', 'South Korea', 'KOR'],
    ['Ivory Coast', "Côte d'Ivoire", 'CIV'],
    ['India', 'India', 'IND'],
    ['ind', 'India', 'IND'],
  ])('“%s” offers %s, a state (%s)', (q, label, code) => {
    expect(first(q)).toMatchObject({ label, actor: { name: label, type: 'state', country: code } });
    expect(isNewActorOption(first(q)!.value)).toBe(true);
  });

  it.each([
    ['United Nations', 'United Nations'],
    ['UN', 'United Nations'],
    ['NATO', 'NATO'],
    ['IMF', 'International Monetary Fund'],
    ['World Bank', 'World Bank'],
    ['FIFA', 'FIFA'],
    ['WHO', 'World Health Organization'],
    ['European Council', 'European Council'],
  ])('“%s” offers %s, an organization with no country', (q, name) => {
    expect(searchNewActors(q, [], en).map((o) => o.actor)).toContainEqual({ name, type: 'organization' });
  });

  it("names countries in the reader's language", () => {
    expect(first('Босния', [], ru)).toMatchObject({
      label: 'Босния и Герцеговина',
      actor: { type: 'state', country: 'BIH' },
    });
  });

  it('offers nothing the dataset already has: a state of that country, an actor of that name', () => {
    const actors: JsonObject[] = [
      { id: 'bih', name: 'Bosnia', type: 'state', country: 'BIH' },
      { id: 'un', name: 'UN', type: 'organization' },
    ];
    expect(searchNewActors('Bosnia', actors, en)).toEqual([]);
    expect(searchNewActors('United Nations', actors, en).map((o) => o.label)).not.toContain('United Nations');
  });

  it('offers nothing for one letter, and no option value is a valid id', () => {
    expect(searchNewActors('b', [], en)).toEqual([]);
    for (const o of searchNewActors('un', [], en)) expect(o.value).not.toMatch(/^[A-Za-z0-9]/);
  });
});
