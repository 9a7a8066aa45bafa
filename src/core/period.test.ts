// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  comparablePeriods,
  currentPeriod,
  periodLabel,
  periodPair,
  periodsIn,
  previousPeriod,
} from './period';

const rows = (...periods: string[]) => periods.map((period) => ({ period }));

describe('periodsIn', () => {
  it('is empty without rows', () => {
    expect(periodsIn([])).toEqual([]);
    expect(periodsIn([[], []])).toEqual([]);
  });

  it('pools the periods of several files once each, oldest first, a month after its year', () => {
    expect(periodsIn([rows('2021', '2019', '2021'), rows('2021-06', '2020', '2022')])).toEqual([
      '2019',
      '2020',
      '2021',
      '2021-06',
      '2022',
    ]);
  });
});

describe('currentPeriod', () => {
  const periods = ['2019', '2020', '2021-06'];

  it('is the latest when nothing is chosen', () => {
    expect(currentPeriod(periods, undefined)).toBe('2021-06');
  });

  it('follows the choice when the data holds it', () => {
    expect(currentPeriod(periods, '2019')).toBe('2019');
  });

  it('falls back to the latest when the data lacks the choice (an old link, an empty one)', () => {
    expect(currentPeriod(periods, '1999')).toBe('2021-06');
    expect(currentPeriod(periods, '')).toBe('2021-06');
  });

  it('is undefined without periods, chosen or not', () => {
    expect(currentPeriod([], undefined)).toBeUndefined();
    expect(currentPeriod([], '2021')).toBeUndefined();
  });
});

describe('comparablePeriods', () => {
  it('keeps periods of the same kind, before and after, but not the period itself', () => {
    expect(comparablePeriods(['2019', '2020', '2020-03', '2021', '2021-06'], '2020')).toEqual([
      '2019',
      '2021',
    ]);
    expect(comparablePeriods(['2020-03', '2021', '2021-06'], '2021-06')).toEqual(['2020-03']);
  });

  it('is empty without a current period', () => {
    expect(comparablePeriods(['2020', '2021'], undefined)).toEqual([]);
  });
});

describe('previousPeriod', () => {
  const periods = ['2019', '2020', '2020-12', '2021', '2022'];

  it('is the latest earlier period of the same kind, skipping a month between years', () => {
    expect(previousPeriod(periods, '2021', undefined)).toBe('2020');
    expect(previousPeriod(periods, '2020-12', undefined)).toBeUndefined();
  });

  it('is undefined for the oldest period and without a current one', () => {
    expect(previousPeriod(periods, '2019', undefined)).toBeUndefined();
    expect(previousPeriod(periods, undefined, '2019')).toBeUndefined();
  });

  it('takes the chosen comparison, even a later one', () => {
    expect(previousPeriod(periods, '2021', '2019')).toBe('2019');
    expect(previousPeriod(periods, '2019', '2022')).toBe('2022');
  });

  it('ignores a choice that is the period itself, of another kind, or not in the data', () => {
    expect(previousPeriod(periods, '2021', '2021')).toBe('2020');
    expect(previousPeriod(periods, '2021', '2020-12')).toBe('2020');
    expect(previousPeriod(periods, '2021', '1990')).toBe('2020');
  });
});

describe('periodPair', () => {
  it('is undefined without data', () => {
    expect(periodPair([], '2021', '2020')).toBeUndefined();
  });

  it('pairs the latest period with the one before it when nothing is chosen', () => {
    expect(periodPair(['2020', '2021'], undefined, undefined)).toEqual({
      current: '2021',
      previous: '2020',
    });
  });

  it('has no previous period when the latest is the only one of its kind', () => {
    // A file of years and one month: the month is the latest and has nothing to compare with.
    expect(periodPair(['2020', '2021', '2021-06'], undefined, undefined)).toEqual({
      current: '2021-06',
      previous: undefined,
    });
    expect(periodPair(['2021'], undefined, undefined)).toEqual({
      current: '2021',
      previous: undefined,
    });
  });

  it('resolves both choices against the data', () => {
    expect(periodPair(['2019', '2020', '2021'], '2019', '2021')).toEqual({
      current: '2019',
      previous: '2021',
    });
    expect(periodPair(['2019', '2020', '2021'], '1999', '1998')).toEqual({
      current: '2021',
      previous: '2020',
    });
  });
});

describe('periodLabel', () => {
  it('names the period and the one it is compared with, as data', () => {
    expect(periodLabel({ current: '2022', previous: '2021' })).toEqual({
      period: '2022',
      compareWith: '2021',
    });
    expect(periodLabel({ current: '2022', previous: undefined })).toEqual({
      period: '2022',
      compareWith: undefined,
    });
  });
});
