import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { readCsv } from '../../src/core/read-csv';
import { hostileBytes } from '../fixtures/hostile/payloads';
import { waitForCharts, BOARD_CHARTS } from './browser';
import { servicesFigure } from './dashboard-page';
import { openLocalImport } from './local-import';
import { browserSession } from './session';
import {
  guardedPage,
  publishedFile,
  serveSite,
  showTables,
  t,
  type Guarded,
} from './hardening-helpers';
import { numberPattern, readSeed } from './seed-figures';

const seed = readSeed();
const session = browserSession();

const DB = 'putuo-dashboard';
const STORE = 'import-drafts';
const services = t('dataset.services');

const dialog = (page: Page) => page.getByRole('dialog', { name: t('import.title') });
const banner = (page: Page) => page.locator('.import-banner');
const button = (scope: Page | Locator, name: string) =>
  scope.getByRole('button', { name, exact: true });
const servicesRow = (page: Page, item: string) =>
  page.locator('section[data-panel="services"] table tr').filter({ hasText: item }).first();

/** The published services.csv with a 2022 row for 全城通办. */
const services2022 = (count: number) =>
  Buffer.concat([publishedFile('services.csv'), Buffer.from(`2022,全城通办,${count}\r\n`)]);

/** The board on a fresh static host; `before` runs first on a plain file of the same origin. */
async function open(init?: () => void, before?: (page: Page) => Promise<void>) {
  const site = await serveSite(session.cleanups);
  const guarded = await guardedPage(session.browser, session.cleanups, init);
  if (before) {
    await guarded.page.goto(new URL('robots.txt', site.url).href);
    await before(guarded.page);
  }
  await guarded.page.goto(site.url);
  await waitForCharts(guarded.page, BOARD_CHARTS);
  return { server: site, guarded, page: guarded.page };
}

async function pick(page: Page, files: { name: string; buffer: Buffer }[]) {
  await openLocalImport(page);
  await page
    .getByTestId('import-file-input')
    .first()
    .setInputFiles(files.map((f) => ({ ...f, mimeType: 'text/csv' })));
  await dialog(page).waitFor();
}

async function readyToApply(page: Page): Promise<Locator> {
  const apply = button(dialog(page), t('import.apply'));
  await expect.poll(() => apply.isEnabled(), { timeout: 30_000 }).toBe(true);
  return apply;
}

async function closeDialog(page: Page) {
  await page.keyboard.press('Escape');
  await dialog(page).waitFor({ state: 'detached' });
}

/** Every key and value in every IndexedDB database of the page's origin, as JSON. */
function idbContents(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(async () => {
    const out: Record<string, unknown> = {};
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((done, fail) => {
        r.onsuccess = () => done(r.result);
        r.onerror = () => fail(r.error);
      });
    for (const info of await indexedDB.databases()) {
      const db = await request(indexedDB.open(info.name!));
      for (const name of Array.from(db.objectStoreNames)) {
        const store = db.transaction(name).objectStore(name);
        const [keys, values] = await Promise.all([
          request(store.getAllKeys()),
          request(store.getAll()),
        ]);
        keys.forEach((k, i) => (out[`${info.name}/${name}/${String(k)}`] = values[i]));
      }
      db.close();
    }
    return out;
  });
}

/** Writes one record into the app's draft store, as an earlier visit (or version) would have. */
function writeDraft(page: Page, key: string, value: unknown) {
  return page.evaluate(
    async ([db, store, k, v]) => {
      const open = indexedDB.open(db as string);
      open.onupgradeneeded = () => open.result.createObjectStore(store as string);
      const conn = await new Promise<IDBDatabase>((done, fail) => {
        open.onsuccess = () => done(open.result);
        open.onerror = () => fail(open.error);
      });
      const tx = conn.transaction(store as string, 'readwrite');
      tx.objectStore(store as string).put(v, k as string);
      await new Promise((done) => (tx.oncomplete = done));
      conn.close();
    },
    [DB, STORE, key, value] as const,
  );
}

/** The published figures are what the page shows, and it has not gone blank. */
async function expectPublished(page: Page) {
  await waitForCharts(page, BOARD_CHARTS);
  await showTables(page);
  // An item counted in a unit of its own (份) is a figure card; the rest are table rows.
  const apart = new Set(Object.keys(seed.manifest.datasets.services.items ?? {}));
  for (const s of seed.services)
    await expect
      .poll(() => servicesFigure(page, s.item, apart).innerText())
      .toMatch(new RegExp(numberPattern(s.count, 'zh')));
  expect(await page.locator('#period-select').count()).toBe(0);
}

async function expectNotice(page: Page, text: string) {
  await expect.poll(() => banner(page).innerText(), { timeout: 15_000 }).toContain(text);
}

function expectNoErrors(guarded: Guarded) {
  expect(guarded.problems.pageErrors).toEqual([]);
  expect(guarded.dialogs).toEqual([]);
}

describe('storage faults', () => {
  test('IndexedDB missing (private mode): published data and a notice on load; an import applies and says it is not kept', async () => {
    const { page, guarded } = await open(() => {
      Reflect.deleteProperty(window, 'indexedDB');
      Object.defineProperty(window, 'indexedDB', { value: undefined });
    });
    await expectPublished(page);
    await expectNotice(page, t('import.notice.storageUnavailable'));
    await pick(page, [{ name: 'services.csv', buffer: services2022(600) }]);
    await (await readyToApply(page)).click();
    await closeDialog(page);
    await expectNotice(page, t('import.notice.saveFailed', { dataset: services }));
    await expect
      .poll(() => servicesRow(page, '全城通办').innerText())
      .toMatch(new RegExp(numberPattern(600, 'zh')));
    expectNoErrors(guarded);
  });

  test('IndexedDB that will not open: published data and one notice, not one per dataset', async () => {
    const { page, guarded } = await open(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('storage disabled', 'InvalidStateError');
      };
    });
    await expectPublished(page);
    await expectNotice(page, t('import.notice.storageUnavailable'));
    expect(await banner(page).locator('.import-banner__notice').count()).toBe(1);
    expectNoErrors(guarded);
  });

  test('quota exceeded on Apply: the import shows with a notice, nothing half-written is stored, a reload shows the published data', async () => {
    const { page, guarded } = await open(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await pick(page, [{ name: 'services.csv', buffer: services2022(600) }]);
    await (await readyToApply(page)).click();
    await closeDialog(page);
    await expectNotice(page, t('import.notice.saveFailed', { dataset: services }));
    expect(Object.keys(await idbContents(page))).toEqual([]);
    await page.reload();
    await expectPublished(page);
    expect(await banner(page).count()).toBe(0);
    expectNoErrors(guarded);
  });

  test.each([
    ['corrupt (not a record)', '{"half": "a JSON string'],
    [
      'corrupt (rows of the wrong shape)',
      {
        schemaVersion: 1,
        dataset: { id: 'services', rows: [{ period: 2022 }] },
        fileName: 'x.csv',
        importedAt: 1,
      },
    ],
    [
      'from an older version',
      {
        schemaVersion: 0,
        dataset: { id: 'services', rows: [{ period: '2022', item: '全城通办', count: 600 }] },
        fileName: 'old.csv',
        importedAt: 1,
      },
    ],
    [
      'from a newer version',
      {
        schemaVersion: 99,
        dataset: { id: 'services', rows: [] },
        fileName: 'new.csv',
        importedAt: 1,
      },
    ],
  ])('a stored draft %s: published data, a notice, and the record removed', async (_, record) => {
    // Written before the board opens: a board already running could read and drop it itself.
    const { page, guarded } = await open(undefined, (p) =>
      writeDraft(p, 'import-draft:services', record),
    );
    await expectPublished(page);
    await expectNotice(page, t('import.notice.draftDropped', { dataset: services }));
    expect(await idbContents(page)).toEqual({});
    expectNoErrors(guarded);
  });
});

describe('two tabs', () => {
  test('applying at the same moment: both end on the last write, the other tab is told, no mix is left; undo follows too', async () => {
    const a = await open();
    // A second tab of the same browser profile: same origin, same IndexedDB.
    const second = await a.guarded.context.newPage();
    const secondErrors: string[] = [];
    second.on('pageerror', (e) => secondErrors.push(e.message));
    await second.goto(a.server.url);
    await waitForCharts(second, BOARD_CHARTS);
    const tabs = [
      { page: a.page, file: 'tab-a.csv', count: 600 },
      { page: second, file: 'tab-b.csv', count: 700 },
    ];
    for (const tab of tabs)
      await pick(tab.page, [{ name: tab.file, buffer: services2022(tab.count) }]);
    const applies = await Promise.all(tabs.map((tab) => readyToApply(tab.page)));
    await Promise.all(applies.map((apply) => apply.click()));
    for (const tab of tabs) await closeDialog(tab.page);

    // Storage ends holding one whole draft, and both tabs show exactly it.
    const storedDraft = async () => {
      const contents = await idbContents(a.page);
      return contents[`${DB}/${STORE}/import-draft:services`] as
        { fileName: string; dataset: { rows: { period: string; count: number }[] } } | undefined;
    };
    const shownCounts = () =>
      Promise.all(
        tabs.map(async (tab) => {
          await showTables(tab.page);
          const row = await servicesRow(tab.page, '全城通办').innerText();
          return tabs
            .filter((t) => new RegExp(numberPattern(t.count, 'zh')).test(row))
            .map((t) => t.count);
        }),
      );
    const settled = async () => {
      const stored = await storedDraft();
      const count = stored?.dataset.rows.find((r) => r.period === '2022')?.count;
      const shown = await shownCounts();
      return shown.every((c) => c.length === 1 && c[0] === count) ? stored?.fileName : undefined;
    };
    await expect.poll(settled, { timeout: 15_000 }).toBeDefined();
    await a.page.waitForTimeout(500);
    const winnerFile = await settled();
    const winner = tabs.find((tab) => tab.file === winnerFile)!;
    const loser = tabs.find((tab) => tab !== winner)!;
    expect(winner).toBeDefined();
    await expectNotice(
      loser.page,
      t('import.notice.otherTab', { dataset: services, file: winner.file }),
    );

    await button(banner(winner.page), t('import.restorePublished')).click();
    await expectNotice(loser.page, t('import.notice.otherTabPublished', { dataset: services }));
    for (const tab of tabs) await expectPublished(tab.page);
    expect(await idbContents(a.page)).toEqual({});
    expectNoErrors(a.guarded);
    expect(secondErrors).toEqual([]);
  });
});

describe('nothing from a rejected file is stored', () => {
  test('an ID number in cases.csv and formulas in services.csv: rejected, masked on screen and in the issues file, absent from every store', async () => {
    const { page, guarded } = await open();
    const privateCsv = hostileBytes('cases-private.csv');
    const read = readCsv(new Uint8Array(privateCsv), { fileName: 'cases.csv' });
    expect(read.ok).toBe(false);
    const id = /\d{17}[\dX]/.exec(privateCsv.toString('utf8'))![0];
    expect(checkDigitValid(id)).toBe(true);
    await pick(page, [
      { name: 'cases.csv', buffer: privateCsv },
      { name: 'services.csv', buffer: hostileBytes('services-formula-errors.csv') },
    ]);
    const tabs = dialog(page)
      .getByRole('list', { name: t('import.files') })
      .getByRole('button');
    for (const i of [0, 1]) {
      await tabs.nth(i).click();
      const alert = dialog(page).getByRole('alert');
      await expect.poll(() => alert.count(), { timeout: 30_000 }).toBeGreaterThan(0);
      expect(await button(dialog(page), t('import.apply')).isDisabled()).toBe(true);
    }
    await tabs.nth(0).click();
    await expect.poll(() => dialog(page).innerText()).toContain(t('issue.sensitive_id_number'));
    expect(await page.locator('body').innerText()).not.toContain(id);
    const [issues] = await Promise.all([
      page.waitForEvent('download'),
      button(dialog(page), t('import.issues.download')).click(),
    ]);
    const issuesCsv = readFileSync((await issues.path())!, 'utf8');
    expect(issuesCsv).toContain('summary');
    expect(issuesCsv).not.toContain(id);
    await closeDialog(page);

    const everywhere = JSON.stringify({
      idb: await idbContents(page),
      web: await page.evaluate(async () => ({
        local: { ...localStorage },
        session: { ...sessionStorage },
        caches: 'caches' in window ? await caches.keys() : [],
      })),
      cookies: await guarded.context.cookies(),
    });
    expect(everywhere).not.toContain(id);
    expect(everywhere).not.toContain('嫌疑人身份证号');
    expect(everywhere).not.toContain('=1+1');
    expect(await banner(page).count()).toBe(0);
    await page.reload();
    await expectPublished(page);
    expectNoErrors(guarded);
  });
});

/** GB 11643: the 18th character checks the first 17, so the fixture's number is a real-looking one. */
function checkDigitValid(id: string): boolean {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...id.slice(0, 17)].reduce((s, d, i) => s + Number(d) * weights[i]!, 0);
  return '10X98765432'[sum % 11] === id[17];
}
