import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { exportCsv } from '../../src/core/export-csv';
import { readCsv } from '../../src/core/read-csv';
import type { ServiceRow } from '../../src/core/types';
import { translate } from '../../src/i18n/translate';
import { BOARD_CHARTS, launchBrowser, openPage, waitForCharts } from './browser';
import { readSeed, readerNumber } from './seed-figures';
import { startStaticServer, type StaticServer } from './static-server';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const seed = readSeed();
const apart = new Set(Object.keys(seed.manifest.datasets.services.items ?? {}));
const charted = seed.services.filter((s) => !apart.has(s.item));

let browser: Browser;
let server: StaticServer;
const cleanups: (() => Promise<void> | void)[] = [];

beforeAll(async () => {
  server = await startStaticServer(DIST);
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  await browser?.close();
  await server?.close();
});

async function board(url = server.url, options = {}): Promise<Page> {
  const opened = await openPage(browser, url, options);
  cleanups.push(opened.close);
  await waitForCharts(opened.page, BOARD_CHARTS);
  return opened.page;
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el ? (el.getAttribute('data-chart') ?? el.id ?? el.tagName) : '';
  });

describe('keyboard only', () => {
  test('Tab reaches the chart; arrows read its marks; Enter moves focus into its table', async () => {
    const page = await board();
    let stops = 0;
    while ((await focused(page)) !== 'services' && stops++ < 80) await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('services');
    const chart = page.locator('[data-chart="services"]');
    const caption = await chart.getAttribute('aria-label');
    expect(await page.locator('[data-panel="services"] .chart-caption').textContent()).toBe(
      caption,
    );

    const summary = page.locator('[data-panel="services"] [data-mark-summary]');
    expect(await summary.getAttribute('aria-live')).toBe('polite');
    for (const s of charted) {
      await page.keyboard.press('ArrowDown');
      const text = (await summary.textContent()) ?? '';
      expect(text).toContain(s.item);
      expect(text).toContain(readerNumber(s.count, 'zh'));
    }
    // Past the last mark it wraps to the first.
    await page.keyboard.press('ArrowDown');
    expect(await summary.textContent()).toContain(charted[0]!.item);

    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('services-table');
    const table = page.locator('#services-table');
    expect(await table.isVisible()).toBe(true);
    for (const s of charted) expect(await table.textContent()).toContain(s.item);

    // And on to the next chart, still by Tab alone.
    stops = 0;
    while ((await focused(page)) !== 'crime' && stops++ < 40) await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('crime');
  }, 90_000);

  test('the high-contrast toggle is a pressed button, remembered after a reload', async () => {
    const page = await board();
    const toggle = page.getByRole('button', { name: translate('zh', 'dashboard.contrast') });
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.app').getAttribute('data-contrast')).toBe('high');
    await page.reload();
    await waitForCharts(page, BOARD_CHARTS);
    await page.locator('.app[data-contrast="high"]').waitFor({ timeout: 10_000 });
    // The live charts draw their bars with decal patterns in high contrast.
    await page.locator('[data-chart] svg path[fill^="url("]').first().waitFor({ timeout: 20_000 });
  }, 90_000);
});

const CHART_ROWS = translate('zh', 'data.chartCsv', { rows: charted.length });

async function text(download: Download): Promise<string> {
  return readFileSync((await download.path())!, 'utf8');
}

describe('get the data', () => {
  test('the board panel gives exactly its chart rows, their source note and the whole file', async () => {
    const page = await board(server.url, { acceptDownloads: true });
    const panel = page.locator('[data-panel="services"]');
    await panel.locator('.get-data summary').click();
    const [csvFile] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: CHART_ROWS }).click(),
    ]);
    const csv = await text(csvFile);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    // Read back through the core, as data:check would, and compared with data/ read the same way.
    const read = readCsv(new TextEncoder().encode(csv), { fileName: csvFile.suggestedFilename() });
    expect(read.ok && read.dataset.id).toBe('services');
    expect(read.ok ? (read.dataset.rows as ServiceRow[]) : []).toEqual(charted);
    expect(csv).toBe(exportCsv({ id: 'services', rows: charted }));

    const [noteFile] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: translate('zh', 'data.note') }).click(),
    ]);
    const note = await text(noteFile);
    expect(note).toContain(seed.manifest.datasets.services.definition.zh);
    expect(note).toContain(seed.manifest.sources.governance!.title.zh);

    const whole = await panel.getByRole('link', { name: /services\.csv/ }).getAttribute('href');
    const response = await page.request.get(new URL(whole!, server.url).href);
    expect(response.status()).toBe(200);
    expect(await response.text()).toBe(readFileSync(`${DIST}/data/services.csv`, 'utf8'));
    const manifest = panel.locator('[data-manifest-key]');
    expect(await manifest.getAttribute('data-manifest-key')).toBe('datasets.services');
  }, 90_000);

  test('every embed offers its rows as a CSV download', async () => {
    for (const id of ['services', 'crime', 'patrol'] as const) {
      const opened = await openPage(browser, `${server.url}embed/${id}.html`, {
        acceptDownloads: true,
      });
      cleanups.push(opened.close);
      const { page } = opened;
      await page.locator('.get-data summary').click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('.get-data a[download$=".csv"]').first().click(),
      ]);
      const csv = await text(download);
      const read = readCsv(new TextEncoder().encode(csv), { fileName: `${id}.csv` });
      expect(read.ok && read.dataset.id).toBe(id);
      const rows = read.ok ? read.dataset.rows : [];
      const expected = id === 'services' ? charted : seed[id];
      expect(rows).toEqual(expected);
    }
  }, 120_000);

  test('the wall’s notes carry the data links of each chart', async () => {
    const opened = await openPage(browser, `${server.url}?mode=wall`, {
      viewport: { width: 1920, height: 1080 },
    });
    cleanups.push(opened.close);
    const notes = opened.page.locator('.wall-notes .get-data');
    await notes.first().waitFor({ timeout: 20_000 });
    expect(await notes.count()).toBe(3);
    const hrefs = await opened.page
      .locator('.wall-notes .get-data a[href$=".csv"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['data/services.csv', 'data/crime.csv', 'data/patrol.csv']);
  }, 90_000);
});
