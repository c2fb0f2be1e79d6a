import { describe, expect, it } from 'vitest';
import { joinIdParts, slugify, uniqueId } from '../../src/studio/model/ids';
import { ID_PATTERN } from '../../src/lib/basics/vocabulary';

describe('slugify', () => {
  it.each([
    { name: 'Rafael Santana', id: 'rafael-santana' },
    { name: 'António Guterres', id: 'antonio-guterres' },
    { name: 'Rio Tinto', id: 'rio-tinto' },
    { name: 'Wabtec’s', id: 'wabtecs' },
    { name: 'AT&T', id: 'at-and-t' },
    { name: 'Қасым-Жомарт Тоқаев', id: 'qasym-zhomart-toqaev' },
    { name: 'Президент', id: 'prezident' },
    { name: '  —  ', id: '' },
    { name: 'International Business Machines Corporation of New York', id: 'international-business-machines' },
  ])('$name → $id', ({ name, id }) => {
    expect(slugify(name)).toBe(id);
    if (id) expect(id).toMatch(ID_PATTERN);
  });
});

describe('uniqueId', () => {
  it.each([
    { base: 'wabtec', taken: [], id: 'wabtec' },
    { base: 'wabtec', taken: ['wabtec'], id: 'wabtec-2' },
    { base: 'wabtec', taken: ['wabtec', 'wabtec-2'], id: 'wabtec-3' },
    { base: '', taken: ['actor'], id: 'actor-2' },
    { base: '-bad', taken: [], id: 'actor' },
  ])('$base with $taken taken → $id', ({ base, taken, id }) => {
    expect(uniqueId(base, taken, 'actor')).toBe(id);
  });
});

describe('joinIdParts', () => {
  it.each([
    { prefix: 'e', parts: [2023, 'wabtec'], id: 'e2023-wabtec' },
    { prefix: 'd', parts: [2025, undefined], id: 'd2025' },
    { prefix: '', parts: ['Orda.kz', '2025'], id: 'orda-kz-2025' },
  ])('$prefix + $parts → $id', ({ prefix, parts, id }) => {
    expect(joinIdParts(prefix, parts)).toBe(id);
  });
});
