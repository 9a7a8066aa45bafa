import { describe, expect, it } from 'vitest';
import {
  escapeHtml,
  formatApprox,
  formatChange,
  formatCountChange,
  formatPeriod,
  numberFormats,
  withUnit,
  type Formatters,
} from './format';
import { translator } from './translate';

const zh: Formatters = { t: translator('zh'), lang: 'zh', ...numberFormats('zh') };
const en: Formatters = { t: translator('en'), lang: 'en', ...numberFormats('en') };

describe('format', () => {
  it('formats periods per language', () => {
    expect(formatPeriod('2021', 'zh')).toBe('2021年');
    expect(formatPeriod('2021', 'en')).toBe('2021');
    expect(formatPeriod('2021-03', 'zh')).toBe('2021年3月');
    expect(formatPeriod('2021-03', 'en')).toBe('March 2021');
    expect(formatPeriod('2021-11-12', 'zh')).toBe('2021年11月12日');
    expect(formatPeriod('2021-11-12', 'en')).toBe('November 12, 2021');
  });

  it('keeps approximate qualifiers', () => {
    expect(formatApprox(9300, 'at_least', zh)).toBe('9,300余');
    expect(formatApprox(9300, 'at_least', en)).toBe('9,300+');
    expect(formatApprox(40, 'about', zh)).toBe('约40');
    expect(formatApprox(40, '', en)).toBe('40');
  });

  it('joins units per language', () => {
    expect(withUnit('200余', '个', 'zh')).toBe('200余个');
    expect(withUnit('200+', 'communities', 'en')).toBe('200+ communities');
    expect(withUnit('5', '', 'en')).toBe('5');
  });

  it('shows a change with arrow and sign, never by colour alone', () => {
    expect(formatChange(-7.2, zh)).toBe('▼ −7.2%');
    expect(formatChange(22.25, en)).toBe('▲ +22.3%');
    expect(formatChange(0, en)).toBe('±0.0%');
    expect(formatCountChange(180, 200, en)).toBe('▼ −20 (−10.0%)');
    expect(formatCountChange(5, 0, en)).toBe('▲ +5');
  });

  it('escapes HTML', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
