import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { syntheticServicesCsv } from '../../bench/synthetic-services';
import { formatPeriod } from '../../src/i18n/format';
import { translator } from '../../src/i18n/translate';
import {
  launchBrowser,
  openPage,
  seriousViolations,
  waitForCharts,
  type OpenedPage,
} from './browser';
import { changePattern, DATA_DIR, numberPattern, readSeed } from './seed-figures';
import { openLocalImport } from './local-import';
import { startStaticServer, tempCopy, type StaticServer } from './static-server';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const seed = readSeed();
const t = translator('zh');

let browser: Browser;
const cleanups: (() => Promise<void> | void)[] = [];

async function serveCopy(): Promise<StaticServer> {
  const site = tempCopy(DIST);
  const server = await startStaticServer(site.dir);
  cleanups.push(() => server.close(), site.remove);
  return server;
}

async function open(initScript?: () => void): Promise<OpenedPage> {
  const server = await serveCopy();
  const opened = await openPage(browser, 'about:blank');
  cleanups.push(opened.close);
  if (initScript) await opened.page.addInitScript(initScript);
  await opened.page.goto(server.url, { waitUntil: 'load' });
  await waitForCharts(opened.page, 2);
  return opened;
}

async function expectText(locator: Locator, pattern: string | RegExp, present = true) {
  const text = async () => ((await locator.count()) > 0 ? locator.first().innerText() : '');
  const polled = expect.poll(text, { timeout: 15_000 });
  await (present ? polled.toMatch(pattern) : polled.not.toMatch(pattern));
}

async function showTables(page: Page) {
  const toggles = page.locator('[data-panel] button[aria-expanded="false"]');
  for (let n = await toggles.count(); n > 0; n = await toggles.count()) {
    await toggles.first().click();
  }
}

const panel = (page: Page, id: string) => page.locator(`section[data-panel="${id}"]`);
const rowWith = (page: Page, id: string, text: string) =>
  panel(page, id).locator('table tr').filter({ hasText: text }).first();
const dialog = (page: Page) => page.getByRole('dialog', { name: t('import.title') });
const button = (scope: Page | Locator, name: string) =>
  scope.getByRole('button', { name, exact: true });

async function importFile(page: Page, name: string, bytes: Uint8Array) {
  await openLocalImport(page);
  await page
    .getByTestId('import-file-input')
    .first()
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(bytes) });
  await dialog(page).waitFor();
}

async function applyAndClose(page: Page) {
  const apply = button(dialog(page), t('import.apply'));
  await expect.poll(() => apply.isEnabled(), { timeout: 30_000 }).toBe(true);
  await apply.click();
  await page.keyboard.press('Escape');
  await dialog(page).waitFor({ state: 'detached' });
}

/** The published services plus a 2022 row for each item, as staff would export it from Excel. */
const services2022 = seed.services.map((s, i) => ({
  ...s,
  period: '2022',
  count: s.count + 100 + i,
}));

function gbkServicesCsv(): Uint8Array {
  const rows = [...seed.services, ...services2022].map((s) => {
    const item = /[",]/.test(s.item) ? `"${s.item.replace(/"/g, '""')}"` : s.item;
    return `${s.period},${item},${s.count}`;
  });
  return new Uint8Array(iconv.encode(['期间,事项,数量', ...rows].join('\r\n') + '\r\n', 'gbk'));
}

async function expect2022Services(page: Page) {
  await expect
    .poll(() => page.locator('#period-select option').allInnerTexts())
    .toContain(formatPeriod('2022', 'zh'));
  await showTables(page);
  for (const s of services2022) {
    const before = seed.services.find((p) => p.item === s.item)!;
    const row = rowWith(page, 'services', s.item);
    await expectText(row, new RegExp(numberPattern(s.count, 'zh')));
    await expectText(row, new RegExp(numberPattern(s.count - before.count, 'zh')));
  }
}

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  await browser?.close();
});

describe('staff import in the built app', () => {
  test('a GBK Excel services.csv adds 2022: period selector, figures and changes; reload keeps it; undo restores', async () => {
    const { page, problems } = await open();
    await importFile(page, 'services.csv', gbkServicesCsv());
    await expect
      .poll(() =>
        dialog(page)
          .getByRole('combobox', { name: t('import.facts.encoding') })
          .inputValue(),
      )
      .toBe('gb18030');
    await expectText(dialog(page), t('dataset.services'));
    await applyAndClose(page);
    await expect2022Services(page);
    const banner = page.getByRole('status').filter({ hasText: 'services.csv' });
    await expectText(banner, t('import.banner.draft', { dataset: t('dataset.services') }));

    await page.reload({ waitUntil: 'load' });
    await waitForCharts(page, 2);
    await expect2022Services(page);
    await expectText(banner, 'services.csv');

    await button(banner, t('import.undo')).click();
    await expect.poll(() => page.locator('#period-select').count()).toBe(0);
    await showTables(page);
    for (const s of seed.services) {
      await expectText(rowWith(page, 'services', s.item), new RegExp(numberPattern(s.count, 'zh')));
    }
    await page.reload({ waitUntil: 'load' });
    await waitForCharts(page, 2);
    expect(await page.locator('#period-select').count()).toBe(0);
    expect(await page.getByRole('status').filter({ hasText: 'services.csv' }).count()).toBe(0);
    expect(problems.pageErrors).toEqual([]);
  });

  test('a UTF-8-BOM semicolon crime.csv with a sep= line applies', async () => {
    const { page } = await open();
    const crime2022 = seed.crime.map((c, i) => ({ ...c, period: '2022', change_pct: -3.5 - i }));
    const lines = [...seed.crime, ...crime2022].map(
      (c) => `${c.period};${c.metric};${c.change_pct};${c.baseline}`,
    );
    const text = '\uFEFFsep=;\r\nperiod;metric;change_pct;baseline\r\n' + lines.join('\r\n');
    await importFile(page, 'crime-2022.csv', new TextEncoder().encode(text));
    await expectText(dialog(page), t('import.delimiter.semicolon'));
    await applyAndClose(page);
    await showTables(page);
    for (const c of crime2022) {
      await expectText(rowWith(page, 'crime', c.metric), changePattern(c.change_pct, 'zh'));
    }
  });

  test('a broken file gets an alert naming row and column, and no figure on the page changes', async () => {
    const { page } = await open();
    await showTables(page);
    const before = await page.locator('main').innerText();
    const broken = ['period,item,count', '2022,全城通办,600', '2022,大都市圈,九百'].join('\n');
    await importFile(page, 'services.csv', new TextEncoder().encode(broken));
    const alert = dialog(page).getByRole('alert');
    await expectText(alert, t('issue.row', { row: 3 }));
    await expectText(alert, t('issue.column', { column: 'count' }));
    expect(await button(dialog(page), t('import.apply')).isDisabled()).toBe(true);
    await page.keyboard.press('Escape');
    await dialog(page).waitFor({ state: 'detached' });
    expect(await page.locator('main').innerText()).toBe(before);
    expect(await page.locator('.import-banner').count()).toBe(0);
    await page.reload({ waitUntil: 'load' });
    await waitForCharts(page, 2);
    await showTables(page);
    // The permalink reopens the tables; the lazily loaded case log may still be arriving.
    await expect.poll(() => page.locator('main').innerText(), { timeout: 15_000 }).toBe(before);
  });

  test('the dialog is a native modal: the page behind is inert, Esc closes it, focus goes back', async () => {
    const { page } = await open();
    await openLocalImport(page);
    await button(page, t('import.button')).first().focus();
    await importFile(
      page,
      'services.csv',
      new TextEncoder().encode('period,item,count\n2022,a,1\n'),
    );
    expect(await dialog(page).evaluate((el) => el.matches('dialog:modal'))).toBe(true);
    const focusInDialog = () => dialog(page).evaluate((el) => el.contains(document.activeElement));
    expect(await focusInDialog()).toBe(true);
    // Inert: focusing a control behind the dialog leaves focus where it was.
    await page.evaluate(() =>
      document.querySelector<HTMLElement>('.import-button button')?.focus(),
    );
    expect(await focusInDialog()).toBe(true);
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      expect(
        await page.evaluate(() => document.querySelector('main')?.contains(document.activeElement)),
      ).toBe(false);
    }
    await page.keyboard.press('Escape');
    await dialog(page).waitFor({ state: 'detached' });
    expect(
      await page.evaluate(() =>
        document.querySelector('.import-button')?.contains(document.activeElement),
      ),
    ).toBe(true);
  });

  test('a file dropped on the page opens the dialog; dialog and banner pass axe', async () => {
    const { page } = await open();
    // Changed with issue 11: the drop zone is a staff tool too, there once the staff link was used.
    await openLocalImport(page);
    const csv = 'period,item,count\n2022,全城通办,600\n';
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.csv', { type: 'text/csv' }));
      for (const type of ['dragenter', 'dragover', 'drop'])
        document.body.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true }));
    }, csv);
    await dialog(page).waitFor();
    await expectText(dialog(page), 'dropped.csv');
    const apply = button(dialog(page), t('import.apply'));
    await expect.poll(() => apply.isEnabled()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await applyAndClose(page);
    await expectText(page.locator('.import-banner'), 'dropped.csv');
    expect(await seriousViolations(page)).toEqual([]);
  });

  test.each([
    [
      'IndexedDB is missing (private mode)',
      () => {
        Object.defineProperty(window, 'indexedDB', { value: undefined });
      },
    ],
    [
      'IndexedDB is over its quota',
      () => {
        IDBObjectStore.prototype.put = () => {
          throw new DOMException('full', 'QuotaExceededError');
        };
      },
    ],
  ])('when %s, an import still applies and a notice says it was not saved', async (_, fault) => {
    const { page, problems } = await open(fault);
    await importFile(page, 'services.csv', gbkServicesCsv());
    await applyAndClose(page);
    await expect2022Services(page);
    const notice = t('import.notice.saveFailed', { dataset: t('dataset.services') });
    await expectText(page.locator('.import-banner'), notice);
    await page.reload({ waitUntil: 'load' });
    await waitForCharts(page, 2);
    expect(await page.locator('#period-select').count()).toBe(0);
    expect(problems.pageErrors).toEqual([]);
  });

  test('"Export for publishing" gives a file that passes data:check', async () => {
    const { page } = await open();
    await importFile(page, 'services.csv', gbkServicesCsv());
    await applyAndClose(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      button(page.getByRole('status'), t('import.exportForPublishing')).click(),
    ]);
    expect(download.suggestedFilename()).toBe('services.csv');
    const dir = mkdtempSync(join(tmpdir(), 'import-export-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    cpSync(DATA_DIR, dir, { recursive: true });
    await download.saveAs(join(dir, 'services.csv'));
    const bytes = readFileSync(join(dir, 'services.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).not.toMatch(/^\uFEFF?sep=/);
    const out = execFileSync('npx', ['tsx', 'scripts/data-check.ts', dir, '--lang=en'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(out).toContain(`services.csv: ok, ${seed.services.length + services2022.length} rows`);
  });

  // How smooth it is (longest main-thread task) is measured by `npm run bench`, not timed here.
  test('a 200,000-row synthetic file goes through the worker to a preview that applies', async () => {
    const { page } = await open();
    const dir = mkdtempSync(join(tmpdir(), 'import-200k-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'synthetic-200k.csv');
    writeFileSync(file, syntheticServicesCsv(200_000));
    await openLocalImport(page);
    await page.getByTestId('import-file-input').first().setInputFiles(file);
    await dialog(page).waitFor();
    const apply = button(dialog(page), t('import.apply'));
    await expect.poll(() => apply.isEnabled(), { timeout: 60_000 }).toBe(true);
    await apply.click();
    await page.keyboard.press('Escape');
    await expectText(page.getByRole('status'), 'synthetic-200k.csv');
  }, 120_000);
});
