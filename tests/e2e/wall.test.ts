import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { translate } from '../../src/i18n/translate';
import { writeUrlState } from '../../src/store/url-state';
import {
  launchBrowser,
  openPage,
  seriousViolations,
  waitForCharts,
  type OpenedPage,
} from './browser';
import { changePattern, figurePattern, numberPattern, readSeed, toCsv } from './seed-figures';
import { startStaticServer, tempCopy, type StaticServer } from './static-server';
import { CHARTS_ON_WALL, layoutFacts } from './wall-shapes';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const seed = readSeed();
// An item the manifest counts in a unit of its own is a figure card, not a bar.
const apart = new Set(Object.keys(seed.manifest.datasets.services.items ?? {}));
const charted = seed.services.filter((s) => !apart.has(s.item));

let browser: Browser;
let built: string;
const cleanups: (() => Promise<void> | void)[] = [];

async function serveCopy(): Promise<StaticServer> {
  const site = tempCopy(built);
  const server = await startStaticServer(site.dir);
  cleanups.push(() => server.close(), site.remove);
  return server;
}

function wallUrl(server: StaticServer, state: { refresh?: number; rotate?: number; lang?: 'en' }) {
  return `${server.url}?${writeUrlState({ mode: 'wall', ...state }, { omitDefaults: true })}`;
}

async function openWall(
  url: string,
  viewport = { width: 1920, height: 1080 },
  deviceScaleFactor = 1,
): Promise<OpenedPage> {
  const opened = await openPage(browser, url, { viewport, deviceScaleFactor });
  cleanups.push(opened.close);
  // The built index.html holds the board pre-rendered; the wall replaces it once data/ is read.
  await opened.page.locator('.wall-head').waitFor({ timeout: 20_000 });
  await waitForCharts(opened.page, CHARTS_ON_WALL);
  return opened;
}

/** The words and figures a chart drew, one SVG text element each. */
const chartText = async (page: Page, id: string) =>
  (await page.locator(`[data-panel="${id}"] svg text`).allTextContents()).join(' | ');

const refreshCount = (page: Page) =>
  page.evaluate(() => Number(document.querySelector('.wall')?.getAttribute('data-refresh-count')));

async function waitForRefreshes(page: Page, atLeast: number) {
  await expect.poll(() => refreshCount(page), { timeout: 20_000 }).toBeGreaterThanOrEqual(atLeast);
}

/** Cumulative layout shift since the page loaded (the buffer keeps the early entries). */
function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list, observer) => {
          observer.disconnect();
          resolve(
            list
              .getEntries()
              .reduce((sum, e) => sum + (e as unknown as { value: number }).value, 0),
          );
        }).observe({ type: 'layout-shift', buffered: true });
        // With no shift at all the observer is never called.
        setTimeout(() => resolve(0), 500);
      }),
  );
}

beforeAll(async () => {
  const snapshot = tempCopy(DIST);
  cleanups.push(snapshot.remove);
  built = snapshot.dir;
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  await browser?.close();
});

describe('the wall display (?mode=wall)', () => {
  // The last two are 1920×1080 laptops at Windows' 125% and 150%: the CSS viewport shrinks.
  // English is the longer language, so it goes to the tightest screens.
  const screens = [
    { width: 1366, height: 768, dpr: 1, lang: 'zh' },
    { width: 1920, height: 1080, dpr: 1, lang: 'zh' },
    { width: 3840, height: 2160, dpr: 1, lang: 'en' },
    { width: 1536, height: 864, dpr: 1.25, lang: 'zh' },
    { width: 1280, height: 720, dpr: 1.5, lang: 'en' },
  ] as const;
  test.each(screens)(
    '$width×$height at devicePixelRatio $dpr ($lang): fills the screen, no scrollbar, charts drawn to size',
    async ({ width, height, dpr, lang }) => {
      const server = await serveCopy();
      const url = wallUrl(server, lang === 'en' ? { lang } : {});
      const { page } = await openWall(url, { width, height }, dpr);
      const facts = await layoutFacts(page);
      expect(facts.dpr).toBe(dpr);
      expect(facts.overflowX).toBeLessThanOrEqual(0);
      expect(facts.overflowY).toBeLessThanOrEqual(0);
      expect(facts.clipped).toEqual([]);
      expect(facts.texts).toBeGreaterThan(20);
      expect(facts.minText).toBeGreaterThanOrEqual(14);
      expect(facts.transformed).toBe(0);
      expect(facts.charts).toHaveLength(CHARTS_ON_WALL);
      for (const chart of facts.charts) {
        expect(chart.drawn[0]!).toBeGreaterThanOrEqual(chart.box[0]! * 0.9);
        expect(chart.drawn[1]!).toBeGreaterThanOrEqual(chart.box[1]! * 0.9);
        // Drawn at the box's CSS size, not drawn small and scaled up.
        expect(Math.abs(chart.attr[0]! - chart.box[0]!)).toBeLessThanOrEqual(1);
        expect(Math.abs(chart.attr[1]! - chart.box[1]!)).toBeLessThanOrEqual(1);
      }

      // The case screen: every case shown, or the ones left out counted; nothing cut.
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => page.locator('.wall-case').count()).toBeGreaterThan(0);
      const cases = await layoutFacts(page);
      expect(cases.overflowY).toBeLessThanOrEqual(0);
      expect(cases.clipped).toEqual([]);
      expect(cases.minText).toBeGreaterThanOrEqual(14);
      const shown = await page.locator('.wall-case').count();
      const more = (await page.locator('.wall-case-more').count())
        ? await page.locator('.wall-case-more').innerText()
        : '';
      if (shown < seed.cases.length) expect(more).toContain(String(seed.cases.length - shown));
      else expect(more).toBe('');
    },
  );

  test('redraws its charts at the new size when the window changes, on the same instances', async () => {
    const server = await serveCopy();
    const { page } = await openWall(wallUrl(server, {}), { width: 1366, height: 768 });
    const ids = () =>
      page.evaluate(() =>
        Array.from(document.querySelectorAll('[_echarts_instance_]'), (e) =>
          e.getAttribute('_echarts_instance_'),
        ),
      );
    const before = await ids();
    await page.setViewportSize({ width: 2560, height: 1440 });
    await expect
      .poll(async () =>
        (await layoutFacts(page)).charts.every((c) => Math.abs(c.attr[0]! - c.box[0]!) <= 1),
      )
      .toBe(true);
    const facts = await layoutFacts(page);
    expect(facts.overflowY).toBeLessThanOrEqual(0);
    expect(facts.minText).toBeGreaterThan(20);
    expect(await ids()).toEqual(before);
  });

  test('shows a ticking clock and where the data stands', async () => {
    const server = await serveCopy();
    const opened = await openWall(wallUrl(server, {}));
    const clock = () => opened.page.locator('.wall-time').innerText();
    const first = await clock();
    expect(first).toMatch(/\d{2}:\d{2}:\d{2}/);
    await expect.poll(clock, { timeout: 5_000 }).not.toBe(first);
    const loaded = translate('zh', 'wall.loadedAt', { time: '' }).trim();
    expect(await opened.page.locator('.wall-as-of').innerText()).toContain(loaded);
    expect(await seriousViolations(opened.page)).toEqual([]);
    expect(opened.problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
  });

  test('a failing refresh shows a banner saying since when, and the last good figures stay', async () => {
    const server = await serveCopy();
    const { page } = await openWall(wallUrl(server, { refresh: 0.01 }));
    await waitForRefreshes(page, 2);
    const banner = page.locator('.wall-banner');
    expect(await banner.isVisible()).toBe(false);

    await page.route('**/data/**', (route) => route.fulfill({ status: 500, body: 'down' }));
    const failed = translate('zh', 'wall.refreshFailed', { since: '\u0000', lastGood: '' }).split(
      '\u0000',
    )[0]!;
    await expect.poll(() => banner.isVisible(), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => banner.innerText()).toContain(failed);
    // Three missed intervals make the data stale as well.
    await expect
      .poll(() => page.locator('[data-notice="stale"]').count(), { timeout: 10_000 })
      .toBe(1);

    const kpis = await page.locator('.wall-kpis').innerText();
    for (const c of seed.crime) expect(kpis).toMatch(changePattern(c.change_pct, 'zh'));
    for (const p of seed.patrol)
      expect(kpis).toMatch(figurePattern(p.officers_per_day, p.approx, 'zh'));
    for (const i of seed.indicators) expect(kpis).toMatch(figurePattern(i.value, i.approx, 'zh'));
    const services = await chartText(page, 'services');
    for (const s of charted) expect(services).toMatch(new RegExp(numberPattern(s.count, 'zh')));
    await waitForCharts(page, CHARTS_ON_WALL);

    await page.unroute('**/data/**');
    await expect.poll(() => banner.isVisible(), { timeout: 10_000 }).toBe(false);
  });

  test('keeps its chart instances and DOM size across refreshes of changing data, with no layout shift', async () => {
    const server = await serveCopy();
    const { page } = await openWall(wallUrl(server, { refresh: 0.005 }));
    // Counted with the banner empty: on a busy machine a refresh can be three intervals late,
    // and the staleness notice is then one more element for a second.
    const snapshot = async () =>
      (await (
        await page.waitForFunction(
          () =>
            document.querySelector<HTMLElement>('.wall-banner')?.hidden && {
              ids: Array.from(document.querySelectorAll('[_echarts_instance_]'), (e) =>
                e.getAttribute('_echarts_instance_'),
              ),
              nodes: document.getElementsByTagName('*').length,
            },
          undefined,
          { polling: 10, timeout: 10_000 },
        )
      ).jsonValue()) as { ids: (string | null)[]; nodes: number };
    await waitForRefreshes(page, 2);
    const before = await snapshot();
    expect(before.ids).toHaveLength(CHARTS_ON_WALL);
    const largest = charted.reduce((a, b) => (b.count > a.count ? b : a));
    for (let step = 1; step <= 3; step++) {
      const bumped = largest.count + step;
      // Synthetic counts, written only into this test's copy of the site.
      const rows = seed.services.map((s) => [
        s.period,
        s.item,
        String(s === largest ? bumped : s.count),
      ]);
      writeFileSync(
        join(server.root, 'data', 'services.csv'),
        toCsv(['period', 'item', 'count'], rows),
      );
      await expect
        .poll(() => chartText(page, 'services'), { timeout: 10_000 })
        .toMatch(new RegExp(numberPattern(bumped, 'zh')));
    }
    const after = await snapshot();
    expect(after.ids).toEqual(before.ids);
    expect(after.nodes).toBe(before.nodes);
    expect(await layoutShift(page)).toBe(0);
  });

  test('drops from its chart the period and the item a refreshed file no longer has', async () => {
    const server = await serveCopy();
    const file = join(server.root, 'data', 'services.csv');
    const header = ['period', 'item', 'count'];
    const rows = (period: string, items: typeof seed.services) =>
      items.map((s) => [period, s.item, String(s.count + 1)]);
    const dropped = seed.services.at(-1)!;
    const kept = seed.services.slice(0, -1);
    // Synthetic counts for 2020 beside 2021, written only into this test's copy of the site.
    writeFileSync(
      file,
      toCsv(header, [...rows('2020', seed.services), ...rows('2021', seed.services)]),
    );
    const url = `${server.url}?${writeUrlState({ mode: 'wall', refresh: 0.005, comparePeriod: '2020' }, { omitDefaults: true })}`;
    const { page } = await openWall(url);
    await expect.poll(() => chartText(page, 'services'), { timeout: 10_000 }).toContain('2020');
    expect(await chartText(page, 'services')).toContain(dropped.item);
    const instance = () =>
      page
        .locator('[data-panel="services"] [_echarts_instance_]')
        .getAttribute('_echarts_instance_');
    const before = await instance();

    writeFileSync(file, toCsv(header, rows('2021', kept)));
    await expect
      .poll(() => chartText(page, 'services'), { timeout: 10_000 })
      .not.toContain(dropped.item);
    const text = await chartText(page, 'services');
    expect(text).not.toContain('2020');
    for (const s of kept.filter((k) => !apart.has(k.item))) expect(text).toContain(s.item);
    expect(await instance()).toBe(before);
  });

  test('rotates through its screens; space pauses, the arrows move', async () => {
    const server = await serveCopy();
    const opened = await openPage(browser, wallUrl(server, { rotate: 3 }), {
      viewport: { width: 1920, height: 1080 },
    });
    cleanups.push(opened.close);
    const { page } = opened;
    const group = () =>
      page.evaluate(() => document.querySelector('.wall')?.getAttribute('data-group'));
    // The header comes with the first figures, and with it the first screen's full time:
    // 3 s, as drawing three charts can keep a busy machine's page occupied for over a second.
    await page.locator('.wall-head').waitFor({ timeout: 20_000 });
    expect(await group()).toBe('overview');
    await expect.poll(group, { timeout: 10_000 }).toBe('cases');
    await page.keyboard.press('Space');
    expect(await page.locator('.wall[data-paused]').count()).toBe(1);
    const paused = await group();
    await page.waitForTimeout(4_000);
    expect(await group()).toBe(paused);
    await page.keyboard.press('ArrowRight');
    expect(await group()).not.toBe(paused);
    await page.keyboard.press('ArrowLeft');
    expect(await group()).toBe(paused);
    // Back on the overview, its charts are drawn afresh at full size.
    if (paused !== 'overview') await page.keyboard.press('ArrowRight');
    await waitForCharts(page, CHARTS_ON_WALL);
    await page.keyboard.press('Space');
    expect(await page.locator('.wall[data-paused]').count()).toBe(0);
    expect(await layoutShift(page)).toBe(0);
  });

  test('speaks English when the link says so', async () => {
    const server = await serveCopy();
    const { page } = await openWall(wallUrl(server, { lang: 'en' }));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('h1').innerText()).toBe(translate('en', 'app.title'));
    const kpis = await page.locator('.wall-kpis').innerText();
    for (const p of seed.patrol)
      expect(kpis).toMatch(figurePattern(p.officers_per_day, p.approx, 'en'));
  });
});
