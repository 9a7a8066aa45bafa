import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHART_IDS } from '../core/chart-ids';
import {
  DEFAULT_URL_STATE,
  dashboardHref,
  dashboardUrl,
  embedUrl,
  parseEmbedLocation,
  parseUrlState,
  writeUrlState,
  type UrlState,
} from './url-state';

const SITE = 'https://data.example.gov.cn/putuo/';

const period = fc
  .tuple(fc.integer({ min: 1990, max: 2099 }), fc.option(fc.integer({ min: 1, max: 12 })))
  .map(([y, m]) => (m === null ? String(y) : `${y}-${String(m).padStart(2, '0')}`));

const state: fc.Arbitrary<UrlState> = fc.record({
  lang: fc.constantFrom('zh' as const, 'en' as const),
  theme: fc.constantFrom('light' as const, 'dark' as const, 'auto' as const),
  period: fc.option(period, { nil: undefined }),
  comparePeriod: fc.option(period, { nil: undefined }),
  panel: fc.option(fc.stringMatching(/^[a-z][a-z0-9-]{0,31}$/), { nil: undefined }),
  chart: fc.option(fc.constantFrom(...CHART_IDS), { nil: undefined }),
  mode: fc.option(fc.constant('wall' as const), { nil: undefined }),
  refresh: fc.option(
    fc.integer({ min: 1, max: 1440 * 10_000 }).map((n) => n / 10_000),
    { nil: undefined },
  ),
  rotate: fc.option(fc.integer({ min: 1, max: 86_400 }), { nil: undefined }),
  reload: fc.option(
    fc.integer({ min: 1, max: 8760 * 10_000 }).map((n) => n / 10_000),
    { nil: undefined },
  ),
  plain: fc.option(fc.constant(true as const), { nil: undefined }),
  transparent: fc.option(fc.constant(true as const), { nil: undefined }),
});

function isValid(s: UrlState): boolean {
  return (
    ['zh', 'en'].includes(s.lang) &&
    ['light', 'dark', 'auto'].includes(s.theme) &&
    [s.period, s.comparePeriod].every((p) => p === undefined || /^\d{4}(-\d\d)?$/.test(p)) &&
    (s.chart === undefined || (CHART_IDS as readonly string[]).includes(s.chart)) &&
    (s.mode === undefined || s.mode === 'wall') &&
    [s.plain, s.transparent].every((f) => f === undefined || f === true) &&
    [s.refresh, s.rotate, s.reload].every((n) => n === undefined || (Number.isFinite(n) && n > 0))
  );
}

describe('the embed flags and the wall reload', () => {
  it('plain=1 and transparent=1 are read, written as 1, and kept by embedUrl only', () => {
    const flags = parseUrlState('?plain=1&transparent=true&theme=auto&reload=0.001');
    expect(flags).toMatchObject({ plain: true, transparent: true, theme: 'auto', reload: 0.001 });
    expect(parseUrlState('?plain=0&transparent=yes')).toMatchObject({
      plain: undefined,
      transparent: undefined,
    });
    const url = new URL(embedUrl(SITE, 'crime', flags));
    expect(url.search).toBe('?lang=zh&theme=auto&plain=1&transparent=1');
    expect(parseEmbedLocation(url)).toMatchObject({
      chart: 'crime',
      plain: true,
      transparent: true,
    });
    expect(dashboardUrl(SITE, flags)).toBe(`${SITE}?theme=auto&reload=0.001`);
  });
});

describe('parseUrlState', () => {
  it('reads every key', () => {
    expect(
      parseUrlState('?lang=en&theme=dark&period=2021-03&compare=2020&panel=crime&chart=patrol'),
    ).toEqual({
      lang: 'en',
      theme: 'dark',
      period: '2021-03',
      comparePeriod: '2020',
      panel: 'crime',
      chart: 'patrol',
    });
  });

  it('reads the wall keys and a list of open panels', () => {
    expect(
      parseUrlState('mode=wall&refresh=0.05&rotate=30&panel=crime-table,services-table'),
    ).toMatchObject({
      mode: 'wall',
      refresh: 0.05,
      rotate: 30,
      panel: 'crime-table,services-table',
    });
    for (const bad of ['refresh=0', 'refresh=-1', 'refresh=1e3', 'refresh=9999', 'rotate=NaN'])
      expect(parseUrlState(bad)).toEqual(DEFAULT_URL_STATE);
    expect(parseUrlState('panel=a,,b').panel).toBeUndefined();
    expect(writeUrlState({ panel: 'crime-table,services-table' }, { omitDefaults: true })).toBe(
      'panel=crime-table,services-table',
    );
  });

  it('turns bad values into defaults, one key at a time', () => {
    const parsed = parseUrlState(
      'lang=fr&theme=neon&period=2021-13&compare=20211&panel=<script>&chart=../../etc',
    );
    expect(parsed).toEqual(DEFAULT_URL_STATE);
    expect(parseUrlState('lang=EN&theme=%20dark%20').lang).toBe('en');
    expect(parseUrlState('lang=EN&theme=%20dark%20').theme).toBe('dark');
  });

  it('never throws and always returns a valid state, whatever the query', () => {
    fc.assert(
      fc.property(fc.string(), (query) => {
        const parsed = parseUrlState(query);
        expect(isValid(parsed)).toBe(true);
      }),
    );
    for (const query of ['%', '%E0%A4%A', '?&&==&lang', 'period=%00', '\u0000\uFFFF']) {
      expect(isValid(parseUrlState(query))).toBe(true);
    }
  });
});

describe('round trips', () => {
  it('writeUrlState then parseUrlState gives the state back, with or without defaults', () => {
    fc.assert(
      fc.property(state, fc.boolean(), (s, omitDefaults) => {
        expect(parseUrlState(writeUrlState(s, { omitDefaults }))).toEqual(s);
      }),
    );
  });

  it('writes keys in one order, so equal states give equal links', () => {
    const a = writeUrlState({ period: '2021', lang: 'en', theme: 'dark' });
    const b = writeUrlState({ theme: 'dark', lang: 'en', period: '2021' });
    expect(a).toBe(b);
    expect(writeUrlState(DEFAULT_URL_STATE, { omitDefaults: true })).toBe('');
  });

  it('embed URL: the chart comes back from the path; lang, theme, period and the flags from the query', () => {
    fc.assert(
      fc.property(state, fc.constantFrom(...CHART_IDS), (s, id) => {
        const url = new URL(embedUrl(SITE, id, s));
        expect(url.pathname).toBe(`/putuo/embed/${id}.html`);
        const back = parseEmbedLocation(url);
        expect(back).toEqual({
          ...DEFAULT_URL_STATE,
          lang: s.lang,
          theme: s.theme,
          period: s.period,
          plain: s.plain,
          transparent: s.transparent,
          chart: id,
        });
      }),
    );
  });

  it('embed URL always spells out language and theme, so a snippet never changes meaning', () => {
    const url = new URL(embedUrl(SITE, 'services', DEFAULT_URL_STATE));
    expect(url.searchParams.get('lang')).toBe('zh');
    expect(url.searchParams.get('theme')).toBe('light');
  });

  it('dashboard permalink round-trips everything but the chart and the embed flags', () => {
    fc.assert(
      fc.property(state, (s) => {
        const url = new URL(dashboardUrl(SITE, s));
        expect(url.pathname).toBe('/putuo/');
        expect(parseUrlState(url.search)).toEqual({
          ...s,
          chart: undefined,
          plain: undefined,
          transparent: undefined,
        });
        const relative = new URL(dashboardHref(s), `${SITE}embed/services.html`);
        expect(relative.href).toBe(url.href);
      }),
    );
  });
});
