import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PAYLOADS, hostileBytes } from '../fixtures/hostile/payloads';
import { fetchText, ROOT } from '../server/server-process';
import { openPage, waitForCharts } from './browser';
import { expectInert, expectLiteral, guardedPage } from './hardening-helpers';
import {
  apiRequests,
  button,
  gbkServices,
  importDialog,
  noJsFigure,
  panel,
  previewForPublish,
  servicesFigure,
  signedIn,
  staffSuite,
  t,
} from './staff-helpers';

const suite = staffSuite({ lin: 'editor', wang: 'editor' });
const { session } = suite;

async function publish(page: Parameters<typeof servicesFigure>[0]) {
  await button(importDialog(page), t('publish.button')).click();
}

describe('an editor publishes from the browser (review off)', () => {
  test('a reader sees no staff tool and asks no /api route', async () => {
    const reader = await openPage(session.browser, 'about:blank');
    session.cleanups.push(reader.close);
    const api = apiRequests(reader.page);
    await reader.page.goto(suite.url);
    await waitForCharts(reader.page, 2);
    expect(await button(reader.page, t('import.button')).count()).toBe(0);
    expect(await reader.page.getByTestId('import-file-input').count()).toBe(0);
    expect(await reader.page.getByRole('navigation', { name: t('staff.bar.label') }).count()).toBe(
      0,
    );
    expect(await button(reader.page, t('staff.link')).count()).toBe(1);
    expect(api).toEqual([]);
    const scripts = await reader.page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => e.name),
    );
    expect(scripts.filter((s) => /staff-(layer|entry)/.test(s))).toEqual([]);
  });

  test('GBK file: the diff against live, Publish, then the no-JS HTML and a reader show it', async () => {
    const editor = await signedIn(session.browser, suite.url, 'lin');
    session.cleanups.push(editor.close);
    const live = await previewForPublish(editor.page, 'services.csv', gbkServices(612));
    const changed = live.locator('.import-diff__changed');
    await expect.poll(() => changed.innerText()).toMatch(/全城通办.*578.*612/);
    await publish(editor.page);
    const outcome = importDialog(editor.page).locator('.publish-outcome');
    await expect
      .poll(() => outcome.innerText(), { timeout: 60_000 })
      .toContain(t('publish.published'));
    expect(
      await outcome.getByRole('link', { name: t('publish.viewLive') }).getAttribute('href'),
    ).toBe('./');

    expect(await noJsFigure(session.browser, suite.url)).toMatch(/全城通办\s*612/);
    const html = await fetchText(suite.url);
    expect(html.body).toMatch(/修订于 \d{4}年\d{1,2}月\d{1,2}日/);

    const reader = await openPage(session.browser, 'about:blank');
    session.cleanups.push(reader.close);
    const api = apiRequests(reader.page);
    await reader.page.goto(suite.url);
    await waitForCharts(reader.page, 2);
    expect(await servicesFigure(reader.page)).toMatch(/全城通办\s*612/);
    expect(await panel(reader.page, 'services').textContent()).not.toMatch(/全城通办\s*578/);
    expect(await panel(reader.page, 'services').locator('.revised').innerText()).toMatch(
      /^修订于 /,
    );
    expect(await button(reader.page, t('import.button')).count()).toBe(0);
    expect(api).toEqual([]);
    // The editor's own board fetched the new live figures without a reload.
    await editor.page.keyboard.press('Escape');
    await expect.poll(() => servicesFigure(editor.page)).toMatch(/全城通办\s*612/);
  }, 180_000);

  test("two editors from the same live version: the second is shown the first one's change, rebases and publishes", async () => {
    const [lin, wang] = await Promise.all([
      signedIn(session.browser, suite.url, 'lin'),
      signedIn(session.browser, suite.url, 'wang'),
    ]);
    session.cleanups.push(lin.close, wang.close);
    await previewForPublish(lin.page, 'services.csv', gbkServices(700));
    const wangLive = await previewForPublish(wang.page, 'services.csv', gbkServices(650));
    await expect.poll(() => wangLive.innerText()).toMatch(/612.*650/);
    await publish(lin.page);
    await expect
      .poll(() => importDialog(lin.page).locator('.publish-outcome').innerText(), {
        timeout: 60_000,
      })
      .toContain(t('publish.published'));

    await publish(wang.page);
    const conflict = importDialog(wang.page).locator('.publish-outcome');
    await expect
      .poll(() => conflict.innerText(), { timeout: 60_000 })
      .toContain(t('publish.conflict'));
    expect(await conflict.innerText()).toMatch(/700/);
    await button(conflict, t('publish.rebase')).click();
    await expect
      .poll(() => wangLive.locator('.import-diff__changed').innerText())
      .toMatch(/700.*650/);
    await publish(wang.page);
    await expect
      .poll(() => importDialog(wang.page).locator('.publish-outcome').innerText(), {
        timeout: 60_000,
      })
      .toContain(t('publish.published'));
    expect(await noJsFigure(session.browser, suite.url)).toMatch(/全城通办\s*650/);
  }, 240_000);

  test('History lists every version; Roll back restores the bundled bytes and says "revised on"', async () => {
    const editor = await signedIn(session.browser, suite.url, 'lin');
    session.cleanups.push(editor.close);
    const { page } = editor;
    await button(page, t('staff.bar.history')).click();
    const dialog = page.getByRole('dialog', { name: t('history.title') });
    const items = dialog.locator('.history-item');
    await expect.poll(() => items.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(4);
    expect(await items.first().innerText()).toContain(t('history.live'));
    expect(await items.first().innerText()).toMatch(/wang/);
    const bundled = items.last();
    await button(bundled, t('history.rollback')).click();
    await expect
      .poll(() => dialog.locator('.publish-outcome').innerText(), { timeout: 60_000 })
      .toContain(t('publish.published'));
    const live = await fetch(new URL('data/services.csv', suite.url));
    expect(new Uint8Array(await live.arrayBuffer())).toEqual(
      new Uint8Array(readFileSync(join(ROOT, 'data', 'services.csv'))),
    );
    expect(await noJsFigure(session.browser, suite.url)).toMatch(/全城通办\s*578/);
    const reader = await openPage(session.browser, suite.url);
    session.cleanups.push(reader.close);
    await waitForCharts(reader.page, 2);
    expect(await panel(reader.page, 'services').locator('.revised').innerText()).toMatch(
      /^修订于 \d{4}年\d{1,2}月\d{1,2}日$/,
    );
    await reader.page.emulateMedia({ media: 'print' });
    expect(await panel(reader.page, 'services').locator('.revised').isVisible()).toBe(true);
    await reader.page.emulateMedia({ media: 'screen' });
    await reader.page.getByRole('button', { name: 'English', exact: false }).first().click();
    await expect
      .poll(() => panel(reader.page, 'services').locator('.revised').innerText())
      .toMatch(/^Revised on \d{1,2} [A-Z][a-z]{2} \d{4}$/);
    await reader.page.goto(new URL('embed/services.html', suite.url).href);
    expect(await reader.page.locator('main#embed .revised').innerText()).toMatch(
      /^修订于 \d{4}年\d{1,2}月\d{1,2}日$/,
    );
  }, 180_000);

  test('the hardening payloads published through the browser render inert, for staff and readers', async () => {
    const editor = await signedIn(session.browser, suite.url, 'lin');
    session.cleanups.push(editor.close);
    await previewForPublish(editor.page, 'services.csv', hostileBytes('services.csv'));
    await publish(editor.page);
    await expect
      .poll(() => importDialog(editor.page).locator('.publish-outcome').innerText(), {
        timeout: 60_000,
      })
      .toContain(t('publish.published'));
    await editor.page.keyboard.press('Escape');
    await button(editor.page, t('staff.bar.history')).click();
    const history = editor.page.getByRole('dialog', { name: t('history.title') });
    await expect.poll(() => history.locator('.history-item').count()).toBeGreaterThan(4);

    const guarded = await guardedPage(session.browser, session.cleanups);
    await guarded.page.goto(suite.url);
    await waitForCharts(guarded.page, 2);
    await expectLiteral(panel(guarded.page, 'services'), PAYLOADS.slice(0, 3), 'reader board');
    await expectInert(guarded, 'reader board after a hostile publish');
    await guarded.page.emulateMedia({ media: 'print' });
    await expectLiteral(panel(guarded.page, 'services'), PAYLOADS.slice(0, 3), 'reader print');
    await expectInert(guarded, 'reader print after a hostile publish');
    await guarded.page.emulateMedia({ media: 'screen' });
    await guarded.page.goto(`${suite.url}embed/services.html`);
    await guarded.page.locator('details.table summary').click();
    await expectLiteral(guarded.page.locator('main#embed'), PAYLOADS.slice(0, 3), 'reader embed');
    await expectInert(guarded, 'the services embed after a hostile publish');
    await guarded.page.goto(`${suite.url}?mode=wall`);
    await waitForCharts(guarded.page, 1);
    await expectLiteral(guarded.page.locator('.wall'), PAYLOADS.slice(0, 1), 'reader wall');
    await expectInert(guarded, 'the wall after a hostile publish');
    for (const frame of editor.page.frames()) {
      const flag = await frame.evaluate(() => Reflect.get(window, '__xss'));
      expect(flag, 'staff page: the payloads in the history ran').toBeUndefined();
    }
    expect(await history.innerText()).toContain(PAYLOADS[0]);
  }, 180_000);
});
