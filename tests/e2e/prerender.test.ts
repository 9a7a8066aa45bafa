import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHART_IDS } from '../../src/charts/chart-registry';
import { PARSE_MARK } from '../../src/core/parse-mark';
import { launchBrowser, openPage, type OpenedPage } from './browser';
import { expectText, kpiCard, panel } from './dashboard-page';
import { changePattern, figurePattern, numberPattern, readSeed, toCsv } from './seed-figures';
import { startStaticServer, tempCopy, type StaticServer } from './static-server';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const seed = readSeed();

let browser: Browser;
let built: { dir: string; remove(): void };
const cleanups: (() => Promise<void> | void)[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  // dist/ as it was when the tests started, in case a rebuild runs beside them.
  built = tempCopy(DIST);
});

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  await browser?.close();
  built?.remove();
});

async function serveCopy(): Promise<StaticServer> {
  const site = tempCopy(built.dir);
  const server = await startStaticServer(site.dir);
  cleanups.push(() => server.close(), site.remove);
  return server;
}

async function open(url: string, options?: Parameters<typeof openPage>[2]): Promise<OpenedPage> {
  const opened = await openPage(browser, url, options);
  cleanups.push(opened.close);
  return opened;
}

/** Per chart: how many of its SVGs are shown, and how many marks the shown one has. */
/** Items the manifest counts in a unit of their own are figure cards, not bars. */
const apart = new Set(Object.keys(seed.manifest.datasets.services.items ?? {}));
const charted = seed.services.filter((s) => !apart.has(s.item));

function shownDrawings(page: Page) {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('[data-panel] [role="img"]'), (chart) => {
      const shown = Array.from(chart.querySelectorAll('svg')).filter(
        (svg) => svg.getBoundingClientRect().width > 0,
      );
      const marks = shown[0]?.querySelectorAll('path, rect') ?? [];
      return {
        panel: chart.closest('[data-panel]')?.getAttribute('data-panel'),
        shown: shown.length,
        marks: Array.from(marks).filter((m) => m.getBoundingClientRect().width > 0).length,
        live: chart.querySelector('.echarts-for-react') !== null,
      };
    }),
  );
}

/** Parses per data file in this page so far, from the marks the core parsers leave. */
function parsesIn(page: Page): Promise<Record<string, number>> {
  return page.evaluate((mark) => {
    const counts: Record<string, number> = {};
    for (const entry of performance.getEntriesByName(mark)) {
      const file = String((entry as PerformanceMark).detail);
      counts[file] = (counts[file] ?? 0) + 1;
    }
    return counts;
  }, PARSE_MARK);
}

async function expectKpiFigures(page: Page) {
  for (const c of seed.crime)
    await expectText(kpiCard(page, c.metric), changePattern(c.change_pct, 'zh'));
  for (const p of seed.patrol)
    await expectText(kpiCard(page, p.force), figurePattern(p.officers_per_day, p.approx, 'zh'));
  for (const i of seed.indicators)
    await expectText(kpiCard(page, i.indicator), figurePattern(i.value, i.approx, 'zh'));
}

describe('the pre-rendered dashboard', () => {
  test('with JavaScript off shows every KPI figure and every chart drawn, at phone and desktop width', async () => {
    const server = await serveCopy();
    for (const width of [412, 1280]) {
      const { page, problems } = await open(server.url, {
        javaScriptEnabled: false,
        viewport: { width, height: 900 },
      });
      await expectKpiFigures(page);
      const charts = await shownDrawings(page);
      // Patrol's single value is a figure card: no chart without something to compare.
      expect(charts.map((c) => c.panel)).toEqual(CHART_IDS.filter((id) => id !== 'patrol'));
      await expectText(
        panel(page, 'patrol').locator('.figure-card'),
        figurePattern(seed.patrol[0]!.officers_per_day, seed.patrol[0]!.approx, 'zh'),
      );
      for (const chart of charts) {
        expect(chart.shown, `${chart.panel} at ${width}`).toBe(1);
        expect(chart.marks, `${chart.panel} at ${width}`).toBeGreaterThan(0);
      }
      const caption = await panel(page, 'services').locator('.chart-caption').innerText();
      for (const s of charted) expect(caption).toMatch(new RegExp(numberPattern(s.count, 'zh')));
      // With scripts off, Chromium refuses the page's script files itself.
      expect(problems.failedRequests.filter((r) => !/\.js: csp$/.test(r))).toEqual([]);
    }
  });

  test('hydrates with no error, keeps the drawings, and a hovered chart turns live with a tooltip', async () => {
    const server = await serveCopy();
    const { page, problems } = await openPage(browser, 'about:blank');
    cleanups.push(() => page.context().close());
    const stylesheets: string[] = [];
    page.on(
      'request',
      (r) => void (r.resourceType() === 'stylesheet' && stylesheets.push(r.url())),
    );
    await page.goto(server.url, { waitUntil: 'load' });
    // The data is fetched once hydration is done.
    await expect
      .poll(
        () =>
          page.evaluate(() =>
            performance
              .getEntriesByType('resource')
              .some((r) => r.name.endsWith('/data/services.csv')),
          ),
        { timeout: 15_000 },
      )
      .toBe(true);
    await page.waitForLoadState('networkidle');
    // data/ holds the files the build rendered from: boot and fetch parse none of them.
    expect(await parsesIn(page)).toEqual({});
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    // The browser computed the same drawings the build made: none was dropped.
    const before = await shownDrawings(page);
    expect(before.every((c) => c.shown === 1 && !c.live)).toBe(true);

    const services = panel(page, 'services').locator('[data-chart]');
    const box = (await services.boundingBox())!;
    await page.mouse.move(box.x + box.width / 3, box.y + box.height / 3);
    await expect
      .poll(async () => (await shownDrawings(page))[0], { timeout: 20_000 })
      .toMatchObject({ panel: 'services', live: true, shown: 1 });
    await page.mouse.move(box.x + box.width / 3, box.y + box.height / 4);
    // ECharts' tooltip: the one element it stacks above everything.
    const tooltip = services.locator('div[style*="z-index: 9999999"]');
    const counts = seed.services.map((s) => numberPattern(s.count, 'zh')).join('|');
    await expectText(tooltip, new RegExp(counts));
    expect(await page.locator('[data-drawings="services"]').count()).toBe(0);
    // Every stylesheet of the first view is inline, and lazy code does not fetch it again.
    expect(stylesheets).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
  });

  test('shows a data/services.csv replaced on the host once the page has loaded', async () => {
    const server = await serveCopy();
    const largest = charted.reduce((a, b) => (b.count > a.count ? b : a));
    const bumped = largest.count + 1;
    const rows = seed.services.map((s) => [
      s.period,
      s.item,
      String(s === largest ? bumped : s.count),
    ]);
    writeFileSync(
      join(server.root, 'data', 'services.csv'),
      toCsv(['period', 'item', 'count'], rows),
    );

    const { page, problems } = await open(server.url);
    const caption = panel(page, 'services').locator('.chart-caption');
    await expectText(caption, new RegExp(numberPattern(bumped, 'zh')));
    await expectText(caption, new RegExp(numberPattern(largest.count, 'zh')), false);
    // The build's drawing no longer fits the data: the live chart draws the new figure.
    await expect
      .poll(async () => (await shownDrawings(page))[0], { timeout: 20_000 })
      .toMatchObject({ live: true, shown: 1 });
    const labels = panel(page, 'services').locator('.echarts-for-react svg text');
    await expect
      .poll(() => labels.allTextContents(), { timeout: 10_000 })
      .toContainEqual(expect.stringMatching(new RegExp(numberPattern(bumped, 'zh'))));
    // Only the changed file is parsed, once.
    await page.waitForLoadState('networkidle');
    expect(await parsesIn(page)).toEqual({ 'services.csv': 1 });
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
  });

  test('turns the pre-rendered figures of a file gone from the host into its error card', async () => {
    const server = await serveCopy();
    rmSync(join(server.root, 'data', 'patrol.csv'));
    const { page } = await open(server.url);
    const alert = panel(page, 'patrol').getByRole('alert');
    await expect.poll(() => alert.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await expectText(alert, 'patrol.csv');
    await expect.poll(() => panel(page, 'patrol').locator('svg').count()).toBe(0);
  });
});

describe('an embed page', () => {
  test('parses nothing when data/ holds its files, and each of them once when one changed', async () => {
    const server = await serveCopy();
    const url = new URL('embed/services.html', server.url).href;
    const fetched = (page: Page) =>
      expect
        .poll(
          () =>
            page.evaluate(
              () =>
                performance
                  .getEntriesByType('resource')
                  .filter((r) => /\/data\/(datasets\.json|services\.csv)$/.test(r.name)).length,
            ),
          { timeout: 15_000 },
        )
        .toBe(2);
    const same = await open(url);
    await fetched(same.page);
    await same.page.waitForLoadState('networkidle');
    expect(await parsesIn(same.page)).toEqual({});

    const largest = seed.services.reduce((a, b) => (b.count > a.count ? b : a));
    const rows = seed.services.map((s) => [
      s.period,
      s.item,
      String(s === largest ? largest.count + 1 : s.count),
    ]);
    writeFileSync(
      join(server.root, 'data', 'services.csv'),
      toCsv(['period', 'item', 'count'], rows),
    );
    const changed = await open(url);
    await expectText(
      changed.page.locator('#embed'),
      new RegExp(numberPattern(largest.count + 1, 'zh')),
    );
    // The redraw needs the manifest too: both files, once each.
    expect(await parsesIn(changed.page)).toEqual({ 'datasets.json': 1, 'services.csv': 1 });
    expect(same.problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
  });
});
