import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { cellRef } from '../../src/core/workbook-cells';
import { longServiceRow, longServices } from '../fixtures/long-workbook';
import * as W from '../fixtures/workbooks';
import { openPage, seriousViolations, waitForCharts } from './browser';
import { sendDocumentedHeaders, serveSite, t } from './hardening-helpers';
import { servicesFigure } from './dashboard-page';
import { changePattern, numberPattern, readSeed } from './seed-figures';
import { openLocalImport } from './local-import';
import { browserSession } from './session';

const session = browserSession();
const seed = readSeed();
/** Items counted in a unit of their own (份): figure cards, not rows of the services table. */
const APART = new Set(Object.keys(seed.manifest.datasets.services.items ?? {}));

/** The dashboard served with the documented headers, CSP `worker-src 'self'` included. */
async function open() {
  const server = await serveSite(session.cleanups);
  sendDocumentedHeaders(server);
  const opened = await openPage(session.browser, 'about:blank');
  session.cleanups.push(opened.close);
  const requested: string[] = [];
  opened.page.on('request', (r) => requested.push(r.url()));
  await opened.page.goto(server.url, { waitUntil: 'load' });
  await waitForCharts(opened.page, 2);
  return { ...opened, requested };
}

const dialog = (page: Page) => page.getByRole('dialog', { name: t('import.title') });
const button = (scope: Page | Locator, name: string) =>
  scope.getByRole('button', { name, exact: true });
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function pick(page: Page, name: string, bytes: Uint8Array) {
  await openLocalImport(page);
  await page
    .getByTestId('import-file-input')
    .first()
    .setInputFiles({ name, mimeType: XLSX_TYPE, buffer: Buffer.from(bytes) });
  await dialog(page).waitFor();
}

async function expectText(locator: Locator, pattern: string | RegExp) {
  await expect.poll(() => locator.innerText(), { timeout: 30_000 }).toMatch(pattern);
}

async function showTables(page: Page) {
  const toggles = page.locator('[data-panel] button[aria-expanded="false"]');
  for (let n = await toggles.count(); n > 0; n = await toggles.count())
    await toggles.first().click();
}
const rowWith = (page: Page, id: string, text: string) =>
  page.locator(`section[data-panel="${id}"] table tr`).filter({ hasText: text }).first();

/** The published services and crime with a 2022 row each, kept in one workbook as staff would. */
async function staffWorkbook(): Promise<{
  bytes: Uint8Array;
  services: number[];
  crime: number[];
}> {
  const book = new ExcelJS.Workbook();
  const services = book.addWorksheet('服务');
  services.addRow(['期间', '事项', '数量']);
  const counts = seed.services.map((s, i) => s.count + 100 + i);
  for (const s of seed.services) services.addRow([Number(s.period), s.item, s.count]);
  seed.services.forEach((s, i) => services.addRow([2022, s.item, counts[i]]));
  const crime = book.addWorksheet('警情');
  crime.addRow(['期间', '指标', '同比', '比较基准']);
  const changes = seed.crime.map((_, i) => -3.5 - i);
  const percentRow = (values: (string | number)[]) =>
    (crime.addRow(values).getCell(3).numFmt = '0.0%');
  for (const c of seed.crime)
    percentRow([Number(c.period), c.metric, c.change_pct / 100, c.baseline]);
  seed.crime.forEach((c, i) => percentRow([2022, c.metric, changes[i]! / 100, c.baseline]));
  book.addWorksheet('说明').addRow(['合成测试数据']);
  return { bytes: new Uint8Array(await book.xlsx.writeBuffer()), services: counts, crime: changes };
}

describe('Excel workbooks in the built app', () => {
  test('a workbook with services and crime sheets: both offered, applied together; the reader loads only then', async () => {
    const { page, problems, requested } = await open();
    expect(requested.filter((u) => u.includes('read-workbook'))).toEqual([]);
    const book = await staffWorkbook();
    await pick(page, '2022年统计.xlsx', book.bytes);
    const d = dialog(page);
    const services = d.getByRole('checkbox', { name: /服务/ });
    const crime = d.getByRole('checkbox', { name: /警情/ });
    await expect.poll(() => services.isChecked(), { timeout: 30_000 }).toBe(true);
    expect(await crime.isChecked()).toBe(true);
    await expectText(d.locator('.import-issues--warning').last(), /说明/);
    await expectText(d.getByRole('region', { name: '警情' }), t('import.diff.title'));
    expect(requested.some((u) => /read-workbook-[\w-]+\.js$/.test(u))).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    await button(d, t('import.sheets.apply', { count: 2 })).click();
    await page.keyboard.press('Escape');
    await d.waitFor({ state: 'detached' });
    await showTables(page);
    for (const [i, s] of seed.services.entries())
      await expectText(
        servicesFigure(page, s.item, APART),
        new RegExp(numberPattern(book.services[i]!, 'zh')),
      );
    for (const [i, c] of seed.crime.entries())
      await expectText(rowWith(page, 'crime', c.metric), changePattern(book.crime[i]!, 'zh'));
    expect(problems.pageErrors).toEqual([]);
  });

  test('a sheet with an error blocks the whole workbook; unticking it applies the other', async () => {
    const { page } = await open();
    const book = new ExcelJS.Workbook();
    book.addWorksheet('服务').addRows([
      ['期间', '事项', '数量'],
      [2022, '全城通办', '九百'],
    ]);
    book.addWorksheet('警情').addRows([
      ['期间', '指标', '同比', '比较基准'],
      [2022, '警情', -3, '前三年平均'],
    ]);
    await pick(page, 'mixed.xlsx', new Uint8Array(await book.xlsx.writeBuffer()));
    const d = dialog(page);
    await expectText(d.getByRole('alert'), `${cellRef('服务', 'C2')}（数量）`);
    const apply = button(d, t('import.sheets.apply', { count: 2 }));
    expect(await apply.isDisabled()).toBe(true);
    await expectText(d, t('import.sheets.blocked'));
    await d.getByRole('checkbox', { name: /服务/ }).uncheck();
    await button(d, t('import.sheets.apply', { count: 1 })).click();
    await page.keyboard.press('Escape');
    await expectText(page.locator('.import-banner'), 'mixed.xlsx');
    expect(await page.locator('.import-banner').count()).toBe(1);
  });

  test.each([
    ['one sheet', '服务.xlsx', W.oneSheet, t('dataset.services')],
    ['date cells and serials', 'dates.xlsx', W.datesAndSerials, t('dataset.cases')],
    [
      'a formula with its cached value',
      'formula.xlsx',
      () => W.withFormula(true),
      t('dataset.services'),
    ],
    ['a merged title row', 'title.xlsx', W.mergedTitle, t('issue.header_row', { row: 3 })],
    [
      'hidden rows',
      'hidden.xlsx',
      W.hiddenRowsAndSheet,
      t('issue.hidden_row', { count: 1, rows: '3' }),
    ],
    ['an .xlsm', 'macro.xlsm', W.macroWorkbook, t('issue.workbook_macros')],
  ])('%s: read, previewed and applicable', async (_, name, make, shown) => {
    const { page, problems } = await open();
    await pick(page, name, await make());
    await expectText(dialog(page), shown);
    const apply = dialog(page).getByRole('button', { name: /应用/ }).last();
    await expect.poll(() => apply.isEnabled(), { timeout: 30_000 }).toBe(true);
    expect(problems.pageErrors).toEqual([]);
  });

  test('a SYNTHETIC 200,000-row workbook, past what read-excel-file reads alone, is read whole in the worker', async () => {
    const { page, problems } = await open();
    const rows = 200_000;
    await pick(page, 'long.xlsx', await longServices(rows));
    const d = dialog(page);
    const apply = button(d, t('import.apply'));
    await expect.poll(() => apply.isEnabled(), { timeout: 90_000 }).toBe(true);
    await expectText(d, t('import.rows.caption', { shown: 20, total: rows }));
    const previewed = d.locator('.import-rows tbody tr');
    expect(await previewed.count()).toBe(20);
    for (const i of [0, 19]) {
      const { period, item, count } = longServiceRow(i);
      await expectText(previewed.nth(i), new RegExp(`${period}\\s+${item}\\s+${count}`));
    }
    expect(problems.pageErrors).toEqual([]);
  }, 150_000);

  test.each([
    [
      'a formula with no cached value',
      'formula.xlsx',
      () => W.withFormula(false),
      `${cellRef('服务', 'C4')}（数量）`,
    ],
    ['an .xls', 'old.xls', W.legacyXls, t('issue.xls_not_supported')],
    [
      'a password-protected workbook',
      'locked.xlsx',
      W.encryptedXlsx,
      t('issue.workbook_encrypted'),
    ],
    ['a corrupt zip', 'broken.xlsx', W.corruptZip, /工作簿文件已损坏/],
    ['a zip bomb', 'bomb.xlsx', () => W.zipBomb(), t('issue.workbook_too_big', { limitMb: 200 })],
    [
      'a zip bomb that understates its size',
      'liar.xlsx',
      () => W.zipBomb(true),
      /工作簿文件已损坏/,
    ],
    [
      'a sheet naming cell XFD1048576',
      'far.xlsx',
      W.farCell,
      t('issue.workbook_too_big', { limitMb: 200 }),
    ],
  ])('%s: refused with a clear message, nothing changes', async (_, name, make, message) => {
    const { page, problems } = await open();
    await showTables(page);
    const before = await page.locator('main').innerText();
    await pick(page, name, await make());
    await expectText(dialog(page).getByRole('alert'), message);
    expect(await button(dialog(page), t('import.apply')).isDisabled()).toBe(true);
    await page.keyboard.press('Escape');
    await dialog(page).waitFor({ state: 'detached' });
    expect(await page.locator('main').innerText()).toBe(before);
    expect(await page.locator('.import-banner').count()).toBe(0);
    expect(problems.pageErrors).toEqual([]);
  });

  test('a workbook dropped on the page, or pasted as a file, opens in the dialog', async () => {
    const { page } = await open();
    // Changed with issue 11: the drop zone is a staff tool too, there once the staff link was used.
    await openLocalImport(page);
    const bytes = [...(await W.oneSheet())];
    await page.evaluate((b) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(b)], 'dropped.xlsx'));
      for (const type of ['dragenter', 'dragover', 'drop'])
        document.body.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true }));
    }, bytes);
    await expectText(dialog(page), 'dropped.xlsx');
    await expectText(dialog(page), t('dataset.services'));
    await page.evaluate((b) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(b)], 'pasted.xlsx'));
      document
        .querySelector('.import-paste textarea')!
        .dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
        );
    }, bytes);
    await expectText(dialog(page).locator('.import-files'), 'pasted.xlsx');
  });
});
