import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Download, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { cellOf } from '../../src/core/export-csv';
import { readCsv } from '../../src/core/read-csv';
import { hostileBytes } from '../fixtures/hostile/payloads';
import { waitForCharts, BOARD_CHARTS } from './browser';
import { openLocalImport } from './local-import';
import { browserSession } from './session';
import { guardedPage, serveSite, t } from './hardening-helpers';

const session = browserSession();

/** What Excel, LibreOffice and Google Sheets take as the start of a formula. */
const FORMULA = /^[=+\-@\t\r]/;
const NUMBER = /^-?\d+(\.\d+)?$/;

/** The formula items of the fixture, as the core reads them (trimmed, as a cell would be). */
function formulaItems(): string[] {
  const read = readCsv(new Uint8Array(hostileBytes('services-formula.csv')), {
    fileName: 'services.csv',
  });
  if (!read.ok) throw new Error('services-formula.csv must be valid');
  const items = read.dataset.rows.map((r) => String(cellOf(r, 'item')));
  expect(items.every((item) => FORMULA.test(item))).toBe(true);
  return items;
}

/** Every cell of a downloaded CSV; only plain numbers may start with a minus. */
async function cellsOf(download: Download): Promise<{ text: string; cells: string[] }> {
  const text = readFileSync((await download.path())!, 'utf8');
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  return { text, cells: parsed.data.flat() };
}

function expectNeutral(cells: string[], where: string) {
  const live = cells.filter((c) => FORMULA.test(c) && !NUMBER.test(c));
  expect(live, `${where}: cells a spreadsheet would run`).toEqual([]);
}

const dialog = (page: Page) => page.getByRole('dialog', { name: t('import.title') });

async function importFile(page: Page, name: string, buffer: Buffer) {
  await openLocalImport(page);
  await page
    .getByTestId('import-file-input')
    .first()
    .setInputFiles({ name, mimeType: 'text/csv', buffer });
  await dialog(page).waitFor();
}

describe('every CSV the app writes neutralises formula cells', () => {
  test('"Export for publishing": formula items written as text, and the file reads back to the same items', async () => {
    const items = formulaItems();
    const server = await serveSite(session.cleanups);
    const { page } = await guardedPage(session.browser, session.cleanups);
    await page.goto(server.url);
    await waitForCharts(page, BOARD_CHARTS);
    await importFile(page, 'services.csv', hostileBytes('services-formula.csv'));
    const apply = dialog(page).getByRole('button', { name: t('import.apply'), exact: true });
    await expect.poll(() => apply.isEnabled(), { timeout: 30_000 }).toBe(true);
    await apply.click();
    await page.keyboard.press('Escape');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .locator('.import-banner')
        .getByRole('button', { name: t('import.exportForPublishing') })
        .click(),
    ]);
    const { text, cells } = await cellsOf(download);
    expectNeutral(cells, 'export');
    const back = readCsv(new TextEncoder().encode(text), { fileName: 'services.csv' });
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.dataset.rows.map((r) => String(cellOf(r, 'item')))).toEqual(items);
  });

  test('the issues download of a rejected file: formula values and messages written as text', async () => {
    const server = await serveSite(session.cleanups);
    const { page } = await guardedPage(session.browser, session.cleanups);
    await page.goto(server.url);
    await waitForCharts(page, BOARD_CHARTS);
    await importFile(page, 'services.csv', hostileBytes('services-formula-errors.csv'));
    const save = dialog(page).getByRole('button', { name: t('import.issues.download') });
    await expect.poll(() => save.count(), { timeout: 30_000 }).toBe(1);
    const [download] = await Promise.all([page.waitForEvent('download'), save.click()]);
    const { text, cells } = await cellsOf(download);
    expectNeutral(cells, 'issues');
    // The values are there, only made inert.
    for (const value of ['=1+1', '+SUM(A1:A9)']) expect(text).toContain(`'${value}`);
  });

  test('the embed CSV link, after the embed redraws from formula items in data/', async () => {
    const items = formulaItems();
    const server = await serveSite(session.cleanups, {
      'services.csv': hostileBytes('services-formula.csv'),
    });
    const { page } = await guardedPage(session.browser, session.cleanups);
    await page.goto(`${server.url}embed/services.html`);
    // The page redraws once it has read data/; the table is opened after, as a redraw replaces it.
    await expect
      .poll(() => page.locator('main#embed table').textContent(), { timeout: 30_000 })
      .toContain(items[1]!);
    await page.locator('details.table summary').click();
    // 'Get the data' holds the chart's CSV first, then its notes and the whole file.
    await page.locator('details.get-data summary').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('.get-data a[download]').first().click(),
    ]);
    const { cells } = await cellsOf(download);
    expectNeutral(cells, 'embed CSV');
    for (const item of items) expect(cells).toContain(`'${item}`);
  });
});
