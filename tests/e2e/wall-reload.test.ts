import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { writeUrlState } from '../../src/store/url-state';
import { openPage, waitForCharts } from './browser';
import { distPerFile } from './dist-per-file';
import { CHARTS_ON_WALL } from './wall-shapes';

/** 0.002 hours: the page is due for a reload 7.2 s after it opens. */
const RELOAD_HOURS = 0.002;
const site = distPerFile();
const { cleanups } = site;

/** A mark on the page's window: gone once the page has reloaded. */
const mark = (page: Page) => page.evaluate(() => void Object.assign(window, { keptPage: true }));
const marked = (page: Page) => page.evaluate(() => 'keptPage' in window);

test('reload=H reloads the whole page after a data check passes, never after one fails', async () => {
  const csv = join(site.server.root, 'data', 'services.csv');
  const good = readFileSync(csv, 'utf8');
  // The first count made negative: a file every check refuses.
  const bad = good.replace(/,(\d+)(\r?\n)/, ',-$1$2');
  expect(bad).not.toBe(good);
  writeFileSync(csv, bad);

  // A refresh every 1.2 s, so a failed check is tried again that often.
  const query = writeUrlState({ mode: 'wall', reload: RELOAD_HOURS, refresh: 0.02 });
  const opened = await openPage(site.browser, `${site.server.url}?${query}`, {
    viewport: { width: 1920, height: 1080 },
  });
  cleanups.push(opened.close);
  const { page } = opened;
  let loads = 0;
  page.on('load', () => loads++);
  await page.locator('.wall-head').waitFor({ timeout: 30_000 });
  await mark(page);

  // Well past the due time, with every check failing: the same page, its error in view.
  await page.waitForTimeout(RELOAD_HOURS * 3_600_000 + 6_000);
  expect(await marked(page)).toBe(true);
  expect(loads).toBe(0);
  expect(await page.locator('[data-panel="services"] [role="alert"]').count()).toBe(1);

  writeFileSync(csv, good);
  await expect.poll(() => loads, { timeout: 30_000 }).toBeGreaterThan(0);
  await page.locator('.wall-head').waitFor({ timeout: 30_000 });
  expect(await marked(page)).toBe(false);
  expect(new URL(page.url()).search).toBe(`?${query}`);
  await waitForCharts(page, CHARTS_ON_WALL, 30_000);
}, 120_000);
