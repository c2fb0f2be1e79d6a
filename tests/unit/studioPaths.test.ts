import { describe, expect, it } from 'vitest';
import { fieldId, fieldIdsToTry, formatPath, isWithin, parsePath, recordOf } from '../../src/studio/model/paths';

describe('paths', () => {
  it.each([
    { path: 'deals[2].value.usd', keys: ['deals', 2, 'value', 'usd'] },
    { path: 'title.ru', keys: ['title', 'ru'] },
    { path: '(document)', keys: [] },
  ])('$path round-trips', ({ path, keys }) => {
    expect(parsePath(path)).toEqual(keys);
    expect(formatPath(keys)).toBe(path);
  });

  it('names the field of a path, and where to look when it has none', () => {
    expect(fieldId('deals[2].value.usd')).toBe('field-deals-2-value-usd');
    expect(fieldId(['title', 'pt-BR'])).toBe('field-title-pt-BR');
    expect(fieldIdsToTry('deals[2].value.usd')).toEqual([
      'field-deals-2-value-usd',
      'field-deals-2-value',
      'field-deals-2',
      'field-deals',
    ]);
  });

  it('finds the record a path is in', () => {
    expect(recordOf('engagements[3].citations[0].quote')).toEqual({ collection: 'engagements', index: 3 });
    expect(recordOf('delegation.country')).toEqual({ collection: 'dataset' });
    expect(recordOf('sources')).toEqual({ collection: 'dataset' });
  });

  it.each([
    { path: 'deals[1].value.usd', owner: 'deals[1].value', within: true },
    { path: 'deals[1]', owner: 'deals[1]', within: true },
    { path: 'deals[10].id', owner: 'deals[1]', within: false },
  ])('$path within $owner: $within', ({ path, owner, within }) => {
    expect(isWithin(path, owner)).toBe(within);
  });
});
