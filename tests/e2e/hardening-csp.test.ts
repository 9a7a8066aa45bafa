import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { waitForCharts } from './browser';
import { isNoServerProbe, openLocalImport } from './local-import';
import { browserSession } from './session';
import {
  builtSite,
  cspViolations,
  guardedPage,
  hoverCharts,
  publishedFile,
  sendDocumentedHeaders,
  serveSite,
  showTables,
  t,
  type Guarded,
} from './hardening-helpers';

const session = browserSession();

const dialog = (page: Page) => page.getByRole('dialog', { name: t('import.title') });
const button = (scope: Page | ReturnType<Page['locator']>, name: string) =>
  scope.getByRole('button', { name, exact: true });

/** Under its policy the page broke nothing: no violation event, no console error at all. */
async function expectClean(guarded: Guarded, where: string) {
  expect(await cspViolations(guarded), `${where}: CSP violations`).toEqual([]);
  // Changed with issue 11: the staff link's 404 for /api/session is how it finds a static host.
  const errors = guarded.problems.consoleErrors.filter((e) => !isNoServerProbe(e));
  expect(errors, `${where}: console errors`).toEqual([]);
  expect(guarded.problems.pageErrors, `${where}: page errors`).toEqual([]);
}

/** services.csv with a 2022 row added, and one with a bad count. */
function servicesCsv(extra: string): Uint8Array {
  return Buffer.concat([publishedFile('services.csv'), Buffer.from(extra)]);
}

/** Import a file and wait until its preview is ready: the read runs in the module worker. */
async function importFile(page: Page, name: string, bytes: Uint8Array) {
  await openLocalImport(page);
  await page
    .getByTestId('import-file-input')
    .first()
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(bytes) });
  await dialog(page).waitFor();
  await expect
    .poll(() => dialog(page).locator('.import-progress').count(), { timeout: 30_000 })
    .toBe(0);
}

describe('the policy docs/hosting.md gives, sent as HTTP headers', () => {
  test('is strict: it refuses an inline script and eval, and the test sees both refusals', async () => {
    const server = await serveSite(session.cleanups);
    const { dashboard, embeds } = sendDocumentedHeaders(server);
    for (const policy of [dashboard, embeds].map((h) => h['Content-Security-Policy'] ?? '')) {
      const scripts = /script-src ([^;]*)/.exec(policy)?.[1] ?? '';
      expect(scripts).toBe("'self'");
      expect(policy).toMatch(/connect-src 'self'/);
      expect(policy).not.toMatch(/unsafe-eval/);
    }
    const index = join(server.root, 'index.html');
    writeFileSync(
      join(server.root, 'probe.js'),
      'try { eval("1"); window.__eval = "ran"; } catch { window.__eval = "refused"; }',
    );
    writeFileSync(
      index,
      readFileSync(index, 'utf8').replace(
        '</head>',
        '<script>window.__inline = 1</script><script src="./probe.js"></script></head>',
      ),
    );
    const guarded = await guardedPage(session.browser, session.cleanups);
    await guarded.page.goto(server.url);
    await waitForCharts(guarded.page, 3);
    const ran = await guarded.page.evaluate(() => [
      Reflect.get(window, '__inline'),
      Reflect.get(window, '__eval'),
    ]);
    expect(ran).toEqual([undefined, 'refused']);
    const violations = await cspViolations(guarded);
    expect(violations.some((v) => v.startsWith('script-src-elem blocked inline'))).toBe(true);
    expect(violations.some((v) => v.startsWith('script-src blocked eval'))).toBe(true);
  });

  test('the dashboard: charts, tooltips, tables, theme, language, cases pages, embed dialog and print', async () => {
    const server = await serveSite(session.cleanups);
    sendDocumentedHeaders(server);
    const guarded = await guardedPage(session.browser, session.cleanups);
    const { page } = guarded;
    const response = await page.goto(server.url);
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await waitForCharts(page, 3);
    await showTables(page);
    const tips = await hoverCharts(page, page.locator('[data-panel] [role="img"]'), 8);
    expect(tips.every((tip) => tip.length > 0)).toBe(true);
    await button(page, t('dashboard.theme.dark')).click();
    await button(page, t('lang.switch')).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await waitForCharts(page, 3);
    const next = page.locator('[data-panel="cases"]').getByRole('button', { name: 'Next' });
    if (await next.isEnabled()) await next.click();
    await page.locator('.embed-button').first().click();
    const preview = page.locator('iframe.embed-dialog__preview');
    await preview.waitFor();
    const frame = await (await preview.elementHandle())!.contentFrame();
    await expect
      .poll(() => frame!.evaluate(() => document.querySelectorAll('.drawing svg').length), {
        timeout: 15_000,
      })
      .toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ format: 'A4' });
    await page.emulateMedia({ media: 'screen' });
    await expectClean(guarded, 'dashboard');
  });

  test('the board PNG and the wall display (?mode=wall) with its refresh', async () => {
    const server = await serveSite(session.cleanups);
    sendDocumentedHeaders(server);
    const guarded = await guardedPage(session.browser, session.cleanups, undefined, {
      viewport: { width: 1920, height: 1080 },
    });
    const { page } = guarded;
    await page.goto(server.url);
    await waitForCharts(page, 3);
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      button(page, t('board.png')).click(),
    ]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    await page.goto(`${server.url}?mode=wall&refresh=1`);
    await waitForCharts(page, 3);
    await hoverCharts(page, page.locator('[data-panel] [role="img"]').first(), 8);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('.wall').getAttribute('data-group')).toBe('cases');
    await expectClean(guarded, 'board PNG and wall');
  });

  test('import: the module worker reads under worker-src, Apply, export and the issues download work', async () => {
    const server = await serveSite(session.cleanups);
    sendDocumentedHeaders(server);
    const guarded = await guardedPage(session.browser, session.cleanups);
    const { page } = guarded;
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.goto(server.url);
    await waitForCharts(page, 3);
    await importFile(page, 'services.csv', servicesCsv('2022,全城通办,600\r\n'));
    expect(workers.some((url) => /import-worker/.test(url))).toBe(true);
    const apply = button(dialog(page), t('import.apply'));
    await expect.poll(() => apply.isEnabled()).toBe(true);
    await apply.click();
    await page.keyboard.press('Escape');
    await dialog(page).waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('#period-select option').count()).toBeGreaterThan(1);
    const [exported] = await Promise.all([
      page.waitForEvent('download'),
      button(page.locator('.import-banner'), t('import.exportForPublishing')).click(),
    ]);
    expect(exported.suggestedFilename()).toBe('services.csv');

    await importFile(page, 'broken.csv', servicesCsv('2022,大都市圈,九百\r\n'));
    const [issues] = await Promise.all([
      page.waitForEvent('download'),
      button(dialog(page), t('import.issues.download')).click(),
    ]);
    expect(issues.suggestedFilename()).toBe('broken-issues.csv');
    await expectClean(guarded, 'import');
  });

  test.each(['services', 'crime', 'patrol'])(
    'embed %s: variant swap, redraw from changed data/ (loads ECharts), tooltips and PNG, in a foreign frame',
    async (id) => {
      // A changed figure makes the embed redraw in the browser, which loads ECharts.
      const changed = {
        'services.csv': servicesCsv('2022,全城通办,600\r\n'),
        'crime.csv': Buffer.concat([
          publishedFile('crime.csv'),
          Buffer.from('2022,警情数,-1.5,前三年平均数\r\n'),
        ]),
        'patrol.csv': Buffer.concat([
          publishedFile('patrol.csv'),
          Buffer.from('2022,日均巡逻警力,170,at_least\r\n'),
        ]),
      };
      const server = await serveSite(session.cleanups, changed);
      const { embeds } = sendDocumentedHeaders(server);
      mkdirSync(join(server.root, 'host'));
      writeFileSync(
        join(server.root, 'host', 'index.html'),
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title>
        <link rel="icon" href="data:,"></head><body>
        <iframe src="${server.url}embed/${id}.html?lang=en&theme=dark" title="embed" width="600" height="700"></iframe>
        </body></html>`,
      );
      const guarded = await guardedPage(session.browser, session.cleanups);
      const { page } = guarded;
      const loaded: string[] = [];
      page.on('response', (r) => loaded.push(r.url()));
      await page.goto(`${server.altUrl}host/`);
      const frame = page.frameLocator('iframe');
      await expect
        .poll(() => frame.locator('main#embed').getAttribute('lang'), { timeout: 15_000 })
        .toBe('en');
      await expect
        .poll(() => frame.locator('main#embed').innerText(), { timeout: 30_000 })
        .toMatch(/2022/);
      expect(loaded.some((url) => /\/assets\/.*(echart|render-svg|embed-redraw)/.test(url))).toBe(
        true,
      );
      const embedResponse = loaded.find((url) => url.includes(`/embed/${id}.html`));
      expect(embedResponse).toBeDefined();
      const tips = await hoverCharts(page, frame.locator('.chart'), 8);
      expect(tips.join('')).not.toBe('');
      const png = frame.locator('button[data-png]');
      const [download] = await Promise.all([page.waitForEvent('download'), png.click()]);
      expect(download.suggestedFilename()).toMatch(/\.png$/);
      expect(embeds['Content-Security-Policy']).toContain('frame-ancestors *');
      await expectClean(guarded, `embed ${id}`);
    },
  );
});

describe('the policy the built pages carry in a meta tag, with no header', () => {
  test('index.html and each embed page carry a strict meta policy', async () => {
    const site = await builtSite();
    const pages = ['index.html', 'embed/services.html', 'embed/crime.html', 'embed/patrol.html'];
    for (const file of pages) {
      const html = readFileSync(join(site, file), 'utf8');
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
      expect(meta, file).not.toBeNull();
      const policy = meta![1]!.replace(/&#39;|&apos;/g, "'");
      expect(/script-src ([^;]*)/.exec(policy)?.[1], file).toBe("'self'");
      expect(policy, file).toMatch(/connect-src 'self'/);
      expect(policy, file).not.toMatch(/unsafe-eval/);
      // The built page itself holds no inline script to run.
      const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)].map((m) => m[1]);
      for (const attrs of inline) expect(attrs, file).toMatch(/type="application\/json"/);
    }
  });

  test('the dashboard, an import and an embed page break none of it', async () => {
    const server = await serveSite(session.cleanups);
    const guarded = await guardedPage(session.browser, session.cleanups);
    const { page } = guarded;
    await page.goto(server.url);
    await waitForCharts(page, 3);
    await showTables(page);
    await importFile(page, 'services.csv', servicesCsv('2022,全城通办,600\r\n'));
    await page.keyboard.press('Escape');
    await page.goto(`${server.url}embed/services.html?lang=en`);
    await expect.poll(() => page.locator('main#embed').getAttribute('lang')).toBe('en');
    await expectClean(guarded, 'meta policy');
  });
});
