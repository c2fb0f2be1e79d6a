import { describe, expect, it } from 'vitest';
import { dateInPassage, sessionOfDate } from '../../src/studio/model/dates';

describe('sessionOfDate', () => {
  it.each([
    ['2023-09-25', 78],
    ['2023-09-01', 78],
    ['2023-08-31', 77],
    ['2024-01-10', 78],
    ['2025-09-23', 80],
    ['2023-09', 78],
    ['2023', undefined],
    ['', undefined],
    ['2023-13-01', undefined],
  ])('%s → %s', (date, n) => expect(sessionOfDate(date)).toBe(n));
});

describe('dateInPassage', () => {
  it.each([
    ['On September 24, he met the minister', 2023, '2023-09-24'],
    ['met on 24 September 2023 in New York', 2021, '2023-09-24'],
    ['On Sept. 24th the talks', 2023, '2023-09-24'],
    ['24 сентября министр встретился', 2023, '2023-09-24'],
    ['22 қыркүйекте', 2025, '2025-09-22'],
    ['in May 3 talks', 2020, '2020-05-03'],
    ['the 78th session in New York', 2023, undefined],
    ['September 31 is not a day', 2023, undefined],
    ['September 24 without a known year', undefined, undefined],
    ['first on 20 September, then September 24', 2023, '2023-09-20'],
  ])('%s', (text, year, iso) => expect(dateInPassage(text, year)).toBe(iso));
});
