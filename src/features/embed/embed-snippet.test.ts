import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHART_IDS } from '../../core/chart-ids';
import { embedUrl, parseEmbedLocation } from '../../store/url-state';
import { embedSnippet } from './embed-snippet';

const SITE = 'https://data.example.gov.cn/putuo/';

const period = fc
  .tuple(fc.integer({ min: 1990, max: 2099 }), fc.option(fc.integer({ min: 1, max: 12 })))
  .map(([y, m]) => (m === null ? String(y) : `${y}-${String(m).padStart(2, '0')}`));

const state = fc.record({
  lang: fc.constantFrom('zh' as const, 'en' as const),
  theme: fc.constantFrom('light' as const, 'dark' as const, 'auto' as const),
  period: fc.option(period, { nil: undefined }),
});

describe('embedSnippet', () => {
  it('the iframe src parses back to the state it was written for', () => {
    fc.assert(
      fc.property(state, fc.constantFrom(...CHART_IDS), (s, id) => {
        const html = embedSnippet({
          src: embedUrl(SITE, id, s),
          script: `${SITE}embed.js`,
          title: '标题 "<b>" & more',
          height: 612.4,
        });
        const doc = new DOMParser().parseFromString(html, 'text/html');
        const frame = doc.querySelector('iframe[data-putuo-embed]');
        expect(frame?.getAttribute('title')).toBe('标题 "<b>" & more');
        expect(frame?.getAttribute('height')).toBe('612');
        const back = parseEmbedLocation(new URL(frame?.getAttribute('src') ?? ''));
        expect(back).toMatchObject({ lang: s.lang, theme: s.theme, period: s.period, chart: id });
        expect(doc.querySelector('script')?.getAttribute('src')).toBe(`${SITE}embed.js`);
      }),
      { numRuns: 30 },
    );
  });
});
