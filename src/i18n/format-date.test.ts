import { describe, expect, it } from 'vitest';
import { formatCaseDate, formatTime } from './format-date';

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

describe('formatTime', () => {
  it("writes Beijing time, whatever the reader's time zone", () => {
    const time = Date.UTC(2022, 0, 5, 16, 30);
    expect(formatTime(time, 'zh')).toContain('2022年1月6日');
    expect(formatTime(time, 'en')).toMatch(/Jan 6, 2022.*12:30/);
  });
});
