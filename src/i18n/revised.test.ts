import { describe, expect, it } from 'vitest';
import { translator } from './translate';
import { revisedLine, revisedText } from './revised';

describe('revisedText', () => {
  it('gives the day of the republish in zh and en', () => {
    expect(revisedText('2026-11-30T08:15:00Z', 'zh', translator('zh'))).toBe(
      '修订于 2026年11月30日',
    );
    expect(revisedText('2026-11-30T08:15:00Z', 'en', translator('en'))).toBe(
      'Revised on 30 Nov 2026',
    );
  });

  it('counts the day in Beijing time: 20:00 UTC is already the next day there', () => {
    expect(revisedText('2026-11-29T20:00:00Z', 'en', translator('en'))).toBe(
      'Revised on 30 Nov 2026',
    );
  });
});

describe('revisedLine', () => {
  const revisions = { crime: '2026-11-30T08:15:00Z' };
  const t = translator('zh');
  it('is there only for a republished dataset showing its published figures', () => {
    expect(revisedLine(revisions, 'crime', true, 'zh', t)).toBe('修订于 2026年11月30日');
    expect(revisedLine(revisions, 'crime', false, 'zh', t)).toBeUndefined();
    expect(revisedLine(revisions, 'services', true, 'zh', t)).toBeUndefined();
  });
});
