import { describe, expect, it } from 'vitest';
import { compareCaseDates, dateRange, newestFirst, parseCaseDate } from './case-date';

describe('parseCaseDate', () => {
  it('keeps a month-only date without a day', () => {
    expect(parseCaseDate('2022-01')).toEqual({ year: 2022, month: 1 });
    expect(parseCaseDate('2022-01')).not.toHaveProperty('day');
  });

  it('reads a full date', () => {
    expect(parseCaseDate('2021-11-12')).toEqual({ year: 2021, month: 11, day: 12 });
  });

  it('rejects other shapes', () => {
    for (const bad of ['2022', '2022-13', '2022/01/02', '22-01', '']) {
      expect(parseCaseDate(bad)).toBeUndefined();
    }
  });
});

describe('compareCaseDates', () => {
  it('orders months and days by time, a month before the days inside it', () => {
    const input = ['2021-12', '2021-11-12', '2022-01', '2021-10-31', '2021-11', '2021-11-01'];
    expect([...input].sort(compareCaseDates)).toEqual([
      '2021-10-31',
      '2021-11',
      '2021-11-01',
      '2021-11-12',
      '2021-12',
      '2022-01',
    ]);
  });

  it('puts unreadable dates last', () => {
    expect(['x', '2021-01'].sort(compareCaseDates)).toEqual(['2021-01', 'x']);
  });
});

describe('newestFirst', () => {
  it('lists the log newest first, a day before the month it falls in, unreadable last', () => {
    const rows = ['2021-11', 'x', '2022-01', '2021-11-12', '2021-10-31'].map((date) => ({ date }));
    expect(newestFirst(rows).map((r) => r.date)).toEqual([
      '2022-01',
      '2021-11-12',
      '2021-11',
      '2021-10-31',
      'x',
    ]);
    expect(rows[0]!.date).toBe('2021-11');
  });

  it('keeps the order of cases on the same date', () => {
    const rows = [
      { date: '2021-11', id: 1 },
      { date: '2022-01', id: 2 },
      { date: '2021-11', id: 3 },
    ];
    expect(newestFirst(rows).map((r) => r.id)).toEqual([2, 1, 3]);
  });
});

describe('dateRange', () => {
  it('gives the first and the last date that read, or nothing', () => {
    const rows = ['2021-11-12', 'x', '2021-03', '2022-01'].map((date) => ({ date }));
    expect(dateRange(rows)).toEqual(['2021-03', '2022-01']);
    expect(dateRange([{ date: 'x' }])).toBeUndefined();
  });
});
