// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { intlKnowsKazakh, kazakhCompare, kazakhDate } from '../../src/lib/i18n/kazakhFallback';

describe('Kazakh without the runtime’s locale data', () => {
  it('Node’s full ICU knows Kazakh, and the fallback dates read as its own do', () => {
    expect(intlKnowsKazakh()).toBe(true);
    const intl = (o: Intl.DateTimeFormatOptions) =>
      new Intl.DateTimeFormat('kk', { ...o, timeZone: 'UTC' }).format(new Date(Date.UTC(2023, 8, 17)));
    expect(kazakhDate(2023, 9, 17, true)).toBe(intl({ day: 'numeric', month: 'long', year: 'numeric' }));
    expect(kazakhDate(2023, 9, 17, false)).toBe(intl({ day: 'numeric', month: 'long' }));
    expect(kazakhDate(2023, 9, undefined, true)).toBe(intl({ month: 'long', year: 'numeric' }));
  });

  it.each([
    {
      input: [
        'Эстония',
        'Әзербайжан',
        'Ангола',
        'Ұлыбритания',
        'Үндістан',
        'Уганда',
        'Финляндия',
        'Қазақстан',
        'Кения',
        'Іле',
      ],
      expected: [
        'Ангола',
        'Әзербайжан',
        'Кения',
        'Қазақстан',
        'Уганда',
        'Ұлыбритания',
        'Үндістан',
        'Финляндия',
        'Іле',
        'Эстония',
      ],
    },
    { input: ['б', 'Б', 'а'], expected: ['а', 'б', 'Б'] },
  ])('sorts by the Kazakh alphabet: $expected', ({ input, expected }) => {
    const copy = [...input];
    expect([...input].sort(kazakhCompare)).toEqual(expected);
    expect(input).toEqual(copy);
  });
});
