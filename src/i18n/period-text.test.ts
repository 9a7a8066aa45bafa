import { describe, expect, it } from 'vitest';
import { periodText } from './period-text';

describe('periodText', () => {
  it('names one period alone', () => {
    expect(periodText({ period: '2022', compareWith: undefined }, 'zh')).toBe('2022年');
    expect(periodText({ period: '2022', compareWith: undefined }, 'en')).toBe('2022');
  });

  it('names the period compared with another, in zh and en', () => {
    const label = { period: '2022', compareWith: '2021' };
    expect(periodText(label, 'zh')).toBe('2022年，对比2021年');
    expect(periodText(label, 'en')).toBe('2022, compared with 2021');
    expect(periodText({ period: '2021-06', compareWith: '2020-06' }, 'en')).toBe(
      'June 2021, compared with June 2020',
    );
  });
});
