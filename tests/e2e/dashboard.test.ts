import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Lang } from '../../src/core/manifest';
import { dataLabel } from '../../src/i18n/data-label';
import {
  launchBrowser,
  openPage,
  seriousViolations,
  waitForCharts,
  type OpenedPage,
} from './browser';
import {
  caseRows,
  expectText,
  kpiCard,
  languageButton,
  panel,
  servicesFigure,
  rowWith,
  showTables,
  switchLanguage,
} from './dashboard-page';
import {
  changePattern,
  datePattern,
  figurePattern,
  numberPattern,
  readSeed,
  toCsv,
} from './seed-figures';
import { startStaticServer, tempCopy, type StaticServer } from './static-server';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const seed = readSeed();
const { manifest } = seed;
/** Items counted in a unit of their own (份): figure cards, not rows of the services table. */
const APART = new Set(Object.keys(manifest.datasets.services.items ?? {}));
/** The services chart and the crime chart at least. */
const MIN_CHARTS = 2;

let browser: Browser;
/** dist/ as it was when the tests started, in case a rebuild runs beside them. */
let built: string;
const cleanups: (() => Promise<void> | void)[] = [];

/** A fresh copy of the built site on its own server, so a test may break its files. */
async function serveCopy(): Promise<StaticServer> {
  const site = tempCopy(built);
  const server = await startStaticServer(site.dir);
  cleanups.push(() => server.close(), site.remove);
  return server;
}

async function open(url: string, options?: Parameters<typeof openPage>[2]): Promise<OpenedPage> {
  const opened = await openPage(browser, url, options);
  cleanups.push(opened.close);
  return opened;
}

async function expectSeedFigures(page: Page, lang: Lang) {
  const label = (text: string) => dataLabel(manifest.labels, lang, text);
  const apart = new Set(Object.keys(manifest.datasets.services.items ?? {}).map(label));
  for (const s of seed.services) {
    const where = servicesFigure(page, label(s.item), apart);
    await expectText(where, new RegExp(numberPattern(s.count, lang)));
  }
  for (const c of seed.crime) {
    const pattern = changePattern(c.change_pct, lang);
    await expectText(rowWith(page, 'crime', label(c.metric)).first(), pattern);
    await expectText(kpiCard(page, label(c.metric)), pattern);
  }
  for (const p of seed.patrol) {
    const pattern = figurePattern(p.officers_per_day, p.approx, lang);
    await expectText(panel(page, 'patrol'), pattern);
    await expectText(kpiCard(page, label(p.force)), pattern);
  }
  for (const i of seed.indicators) {
    await expectText(kpiCard(page, label(i.indicator)), figurePattern(i.value, i.approx, lang));
  }
  const rows = await caseRows(page, lang);
  expect(rows).toHaveLength(seed.cases.length);
  for (const c of seed.cases) {
    const row = rows.find((r) => r.includes(label(c.summary)));
    expect(row, c.summary).toBeDefined();
    for (const text of [c.station, c.category, c.outcome]) expect(row).toContain(label(text));
    expect(row).toMatch(datePattern(c.date, lang));
  }
}

async function expectSourcesShown(page: Page, lang: Lang) {
  for (const id of ['services', 'crime', 'patrol', 'cases'] as const) {
    const meta = manifest.datasets[id];
    await expectText(panel(page, id).locator('h2'), meta.title[lang]);
    const firstSource = manifest.sources[meta.sources[0] ?? ''];
    if (firstSource) await expectText(panel(page, id), firstSource.title[lang]);
  }
}

function expectNoProblems(opened: OpenedPage) {
  expect(opened.problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
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

describe('the built dashboard', () => {
  test('shows every seed figure with its source, draws every chart and logs no error', async () => {
    const server = await serveCopy();
    const opened = await open(server.url);
    const { page } = opened;
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    const charts = await waitForCharts(page, MIN_CHARTS);
    for (const chart of charts) expect(chart.label.trim()).not.toBe('');
    await showTables(page);
    await expectSeedFigures(page, 'zh');
    await expectSourcesShown(page, 'zh');
    expectNoProblems(opened);
  });

  test('switches to English and back: text, <html lang> and figures', async () => {
    const server = await serveCopy();
    const opened = await open(server.url);
    const { page } = opened;
    await waitForCharts(page, MIN_CHARTS);
    const zhCaptions = (await waitForCharts(page, MIN_CHARTS)).map((c) => c.label);

    await switchLanguage(page, 'en');
    await expect.poll(() => languageButton(page, '中文').count()).toBe(1);
    const enCaptions = (await waitForCharts(page, MIN_CHARTS)).map((c) => c.label);
    expect(enCaptions).toHaveLength(zhCaptions.length);
    enCaptions.forEach((caption, i) => expect(caption).not.toBe(zhCaptions[i]));
    await showTables(page);
    await expectSeedFigures(page, 'en');
    await expectSourcesShown(page, 'en');

    await switchLanguage(page, 'zh');
    await expect.poll(() => languageButton(page, 'English').count()).toBe(1);
    await expectSourcesShown(page, 'zh');
    expect((await waitForCharts(page, MIN_CHARTS)).map((c) => c.label)).toEqual(zhCaptions);
    expectNoProblems(opened);
  });

  test('axe-core finds no serious or critical violation in Chinese or in English', async () => {
    const server = await serveCopy();
    const opened = await open(server.url);
    const { page } = opened;
    await waitForCharts(page, MIN_CHARTS);
    expect(await seriousViolations(page)).toEqual([]);
    await showTables(page);
    expect(await seriousViolations(page)).toEqual([]);
    await switchLanguage(page, 'en');
    await waitForCharts(page, MIN_CHARTS);
    expect(await seriousViolations(page)).toEqual([]);
    expectNoProblems(opened);
  });

  test('shows a replaced data/services.csv after a reload, with no rebuild', async () => {
    const server = await serveCopy();
    const opened = await open(server.url);
    const { page } = opened;
    const largest = seed.services.reduce((a, b) => (b.count > a.count ? b : a));
    const bumped = largest.count + 1;
    await waitForCharts(page, MIN_CHARTS);
    await showTables(page);
    const row = () => servicesFigure(page, largest.item, APART);
    await expectText(row(), new RegExp(numberPattern(largest.count, 'zh')));

    const rows = seed.services.map((s) => [
      s.period,
      s.item,
      String(s === largest ? bumped : s.count),
    ]);
    writeFileSync(
      join(server.root, 'data', 'services.csv'),
      toCsv(['period', 'item', 'count'], rows),
    );
    await page.reload({ waitUntil: 'load' });
    await waitForCharts(page, MIN_CHARTS);
    await showTables(page);
    await expectText(row(), new RegExp(numberPattern(bumped, 'zh')));
    await expectText(row(), new RegExp(numberPattern(largest.count, 'zh')), false);
    expectNoProblems(opened);
  });

  test('turns a broken data/crime.csv into an alert naming file, row and column', async () => {
    const server = await serveCopy();
    const column = 'change_pct';
    const header = ['period', 'metric', column, 'baseline'];
    expect(seed.crime.length).toBeGreaterThanOrEqual(2);
    // The second data row is row 3 as a spreadsheet shows it.
    const rows = seed.crime.map((r, i) => [
      r.period,
      r.metric,
      i === 1 ? 'n/a' : String(r.change_pct),
      r.baseline,
    ]);
    writeFileSync(join(server.root, 'data', 'crime.csv'), toCsv(header, rows));

    const opened = await open(server.url);
    const { page } = opened;
    const alert = page.getByRole('alert').filter({ hasText: 'crime.csv' });
    await expect.poll(() => alert.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await expectText(alert.first(), /第\s*3\s*行|row\s*3\b/i);
    await expectText(alert.first(), column);
    await waitForCharts(page, 1);
    await showTables(page);
    for (const s of seed.services) {
      await expectText(
        servicesFigure(page, s.item, APART),
        new RegExp(numberPattern(s.count, 'zh')),
      );
    }
    expectNoProblems(opened);
  });

  test('fits a 390×844 phone screen with no horizontal scroll, in both languages', async () => {
    const server = await serveCopy();
    const opened = await open(server.url, { viewport: { width: 390, height: 844 } });
    const { page } = opened;
    const overflow = () =>
      page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
    await waitForCharts(page, MIN_CHARTS);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await showTables(page);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await switchLanguage(page, 'en');
    await waitForCharts(page, MIN_CHARTS);
    expect(await overflow()).toBeLessThanOrEqual(0);
    expectNoProblems(opened);
  });
});
