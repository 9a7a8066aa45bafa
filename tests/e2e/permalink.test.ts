import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatPeriod } from '../../src/i18n/format';
import type { Lang } from '../../src/core/manifest';
import { translate } from '../../src/i18n/translate';
import { writeUrlState, type UrlState } from '../../src/store/url-state';
import { launchBrowser, openPage, waitForCharts, type OpenedPage, BOARD_CHARTS } from './browser';
import { servicesFigure } from './dashboard-page';
import { numberPattern, readSeed, readerNumber, toCsv } from './seed-figures';
import { startStaticServer, tempCopy, type StaticServer } from './static-server';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const SYNTHETIC_YEAR = '2020';
const MARK = {
  zh: '【测试用合成数据：2020年的行为虚构】',
  en: '[SYNTHETIC test data: the 2020 rows are invented]',
};

let browser: Browser;
let built: string;
const cleanups: (() => Promise<void> | void)[] = [];

/**
 * A copy of the site whose services.csv and crime.csv also hold an invented 2020, and whose
 * datasets.json says so in both definitions, so the page shows the data is synthetic.
 */
async function serveTwoYears(): Promise<{
  server: StaticServer;
  data: ReturnType<typeof readSeed>;
}> {
  const site = tempCopy(built);
  const server = await startStaticServer(site.dir);
  cleanups.push(() => server.close(), site.remove);
  const dir = join(site.dir, 'data');
  const seed = readSeed(dir);
  const services = [
    ...seed.services.map((s, i) => [SYNTHETIC_YEAR, s.item, String(Math.round(s.count * 0.8) + i)]),
    ...seed.services.map((s) => [s.period, s.item, String(s.count)]),
  ];
  writeFileSync(join(dir, 'services.csv'), toCsv(['period', 'item', 'count'], services));
  const crime = [
    ...seed.crime.map((c, i) => [
      SYNTHETIC_YEAR,
      c.metric,
      (c.change_pct + 2.5 + i).toFixed(1),
      c.baseline,
    ]),
    ...seed.crime.map((c) => [c.period, c.metric, String(c.change_pct), c.baseline]),
  ];
  writeFileSync(
    join(dir, 'crime.csv'),
    toCsv(['period', 'metric', 'change_pct', 'baseline'], crime),
  );
  const manifestFile = join(dir, 'datasets.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as {
    datasets: Record<string, { definition: { zh: string; en: string } }>;
  };
  for (const id of ['services', 'crime']) {
    const d = manifest.datasets[id]!.definition;
    d.zh = `${d.zh}${MARK.zh}`;
    d.en = `${d.en} ${MARK.en}`;
  }
  writeFileSync(manifestFile, JSON.stringify(manifest));
  return { server, data: readSeed(dir) };
}

async function open(url: string): Promise<OpenedPage> {
  const opened = await openPage(browser, url);
  cleanups.push(opened.close);
  await waitForCharts(opened.page, BOARD_CHARTS);
  return opened;
}

const panel = (page: Page, id: string) => page.locator(`section[data-panel="${id}"]`);
const chartText = async (page: Page, id: string) =>
  (await panel(page, id).locator('svg text').allTextContents()).join(' | ');

/** Everything a reader sees of the view's state, to compare two openings of one link. */
function viewOf(page: Page) {
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    theme: document.querySelector('.app')?.getAttribute('data-theme'),
    period: document.querySelector<HTMLSelectElement>('#period-select')?.value,
    compare: document.querySelector<HTMLSelectElement>('#compare-select')?.value,
    expanded: Array.from(
      document.querySelectorAll('[data-panel] button[aria-expanded="true"]'),
      (b) => b.getAttribute('aria-controls'),
    ),
    periods: Array.from(document.querySelectorAll('.panel-period'), (p) => p.textContent),
    kpiNotes: Array.from(document.querySelectorAll('.kpi-note'), (p) => p.textContent),
    captions: Array.from(document.querySelectorAll('.chart-caption'), (p) => p.textContent),
  }));
}

const compared = (current: string, previous: string, lang: Lang) =>
  translate(lang, 'ui.comparedWith', {
    period: formatPeriod(current, lang),
    previous: formatPeriod(previous, lang),
  });

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

describe('permalinks', () => {
  test('a link with period, comparison, language, theme and an open table reproduces that view, and comes back unchanged', async () => {
    const { server, data } = await serveTwoYears();
    const latest = data.services
      .map((s) => s.period)
      .sort()
      .at(-1)!;
    const state: Partial<UrlState> = {
      lang: 'en',
      theme: 'dark',
      period: SYNTHETIC_YEAR,
      comparePeriod: latest,
      panel: 'crime-table',
    };
    const url = `${server.url}?${writeUrlState(state, { omitDefaults: true })}`;
    const { page } = await open(url);

    await expect.poll(() => page.url()).toBe(url);
    const view = await viewOf(page);
    expect(view).toMatchObject({
      lang: 'en',
      theme: 'dark',
      period: SYNTHETIC_YEAR,
      compare: latest,
      expanded: ['crime-table'],
    });
    expect(await panel(page, 'services').locator('.panel-period').innerText()).toBe(
      compared(SYNTHETIC_YEAR, latest, 'en'),
    );
    const crimeTable = panel(page, 'crime').locator('table');
    expect(await crimeTable.isVisible()).toBe(true);
    for (const c of data.crime)
      expect(await crimeTable.innerText()).toContain(readerNumber(Math.abs(c.change_pct), 'en'));
    expect(await panel(page, 'services').innerText()).toContain(MARK.en);

    // The copied link in a fresh browser context: the very same view.
    const again = await open(page.url());
    expect(await viewOf(again.page)).toEqual(view);
    expect(again.page.url()).toBe(url);

    // A change is written back at once, and survives a reload.
    await panel(page, 'services').getByRole('button', { name: 'View as table' }).click();
    const withTables = `${server.url}?${writeUrlState(
      { ...state, panel: 'crime-table,services-table' },
      { omitDefaults: true },
    )}`;
    await expect.poll(() => page.url()).toBe(withTables);
    await page.reload();
    await waitForCharts(page, BOARD_CHARTS);
    expect((await viewOf(page)).expanded.sort()).toEqual(['crime-table', 'services-table']);
    expect(page.url()).toBe(withTables);
  });
});

describe('compare two periods', () => {
  test('every chart and KPI card shows both periods, with the change in figures and per cent', async () => {
    const { server, data } = await serveTwoYears();
    const { page } = await open(server.url);
    const latest = data.services
      .map((s) => s.period)
      .sort()
      .at(-1)!;
    const [current, previous] = [formatPeriod(latest, 'zh'), formatPeriod(SYNTHETIC_YEAR, 'zh')];
    expect(await page.locator('#compare-select').inputValue()).toBe(SYNTHETIC_YEAR);

    for (const id of ['services', 'crime']) {
      // The build's drawing shows one period; the live chart that replaces it may still be loading.
      await expect.poll(() => chartText(page, id), { timeout: 15_000 }).toContain(previous);
      const text = await chartText(page, id);
      expect(text, id).toContain(current);
      expect(await panel(page, id).locator('.panel-period').innerText()).toBe(
        compared(latest, SYNTHETIC_YEAR, 'zh'),
      );
      expect(await panel(page, id).innerText()).toContain(MARK.zh);
    }

    // Crime changes are percentages already: their difference is in points.
    for (const c of data.crime.filter((r) => r.period === latest)) {
      const before = data.crime.find((r) => r.period === SYNTHETIC_YEAR && r.metric === c.metric)!;
      const card = page.locator('.kpi-card').filter({ hasText: c.metric });
      const delta = c.change_pct - before.change_pct;
      const note = await card.locator('.kpi-note').allInnerTexts();
      expect(note.join(' ')).toContain(`较${previous}`);
      expect(note.join(' ')).toMatch(
        new RegExp(`${delta < 0 ? '▼ −' : '▲ \\+'}${readerNumber(Math.abs(delta), 'zh')}`),
      );
    }

    await panel(page, 'services').getByRole('button', { name: '以表格查看' }).click();
    const pct = new Intl.NumberFormat('zh-CN', {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
    // An item counted in a unit of its own (份) is a figure card: both periods' figures, no change.
    const apart = new Set(Object.keys(data.manifest.datasets.services.items ?? {}));
    for (const s of data.services.filter((r) => r.period === latest)) {
      const before = data.services.find((r) => r.period === SYNTHETIC_YEAR && r.item === s.item)!;
      const row = await servicesFigure(page, s.item, apart).innerText();
      expect(row).toMatch(new RegExp(numberPattern(s.count, 'zh')));
      expect(row).toMatch(new RegExp(numberPattern(before.count, 'zh')));
      if (apart.has(s.item)) continue;
      const change = s.count - before.count;
      expect(row).toContain(`${readerNumber(Math.abs(change), 'zh')} (`);
      expect(row).toContain(`${pct.format(Math.abs((change / before.count) * 100))}%`);
    }

    // The earlier year alone, then compared with the later one: the picks go both ways.
    await page.locator('#period-select').selectOption(SYNTHETIC_YEAR);
    await expect.poll(() => page.locator('#compare-select').inputValue()).toBe('');
    await expect.poll(() => chartText(page, 'services')).not.toContain(current);
    await page.locator('#compare-select').selectOption(latest);
    await expect.poll(() => chartText(page, 'services')).toContain(current);
    expect(await chartText(page, 'crime')).toContain(previous);
    await expect
      .poll(() => page.url())
      .toBe(
        `${server.url}?${writeUrlState(
          { period: SYNTHETIC_YEAR, comparePeriod: latest, panel: 'services-table' },
          { omitDefaults: true },
        )}`,
      );
  });
});
