import { describe, expect, it } from 'vitest';
import { compareCaseDates, formatCaseDate, parseCaseDate } from './case-date';

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

describe('formatCaseDate', () => {
  it('shows a month as a month in both languages', () => {
    expect(formatCaseDate('2022-01', 'zh')).toBe('2022年1月');
    expect(formatCaseDate('2022-01', 'en')).toBe('Jan 2022');
  });

  it('shows a full date with its day', () => {
    expect(formatCaseDate('2021-11-12', 'zh')).toBe('2021年11月12日');
    expect(formatCaseDate('2021-11-12', 'en')).toBe('12 Nov 2021');
  });

  it('never invents a day for a month, whatever the month', () => {
    for (let m = 1; m <= 12; m++) {
      const month = `2021-${String(m).padStart(2, '0')}`;
      expect(formatCaseDate(month, 'zh')).toBe(`2021年${m}月`);
      expect(formatCaseDate(month, 'en')).not.toMatch(/\b\d{1,2}\b/);
    }
  });

  it('passes unreadable text through', () => {
    expect(formatCaseDate('近日', 'zh')).toBe('近日');
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
