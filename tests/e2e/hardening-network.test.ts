import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Locator, Page, Route } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { TIMEOUT_OVERRIDE } from '../../src/app/load-data';
import { readCsv } from '../../src/core/read-csv';
import { formatIssue } from '../../src/i18n/format-issue';
import { waitForCharts } from './browser';
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
import type { StaticServer } from './static-server';

const seed = readSeed();
const session = browserSession();

/** The fetch timeout a test page uses instead of 15 s. */
const TIMEOUT_MS = 1500;

async function open(fault?: (page: Page) => Promise<unknown>, timeoutMs?: number) {
  const server = await serveSite(session.cleanups);
  const guarded = await guardedPage(session.browser, session.cleanups);
  if (timeoutMs !== undefined)
    await guarded.page.addInitScript(([name, ms]) => Reflect.set(window, name as string, ms), [
      TIMEOUT_OVERRIDE,
      timeoutMs,
    ] as const);
  if (fault) await fault(guarded.page);
  await guarded.page.goto(server.url);
  return { server, guarded, page: guarded.page };
}

const panel = (page: Page, id: string) => page.locator(`section[data-panel="${id}"]`);
const kpis = (page: Page) => page.locator('[data-kpis]');
const retry = (scope: Locator) => scope.getByRole('button', { name: t('ui.error.retry') });

/** The alert a panel shows for its file, with the message the loader's issue formats to. */
async function expectFileError(scope: Locator, file: string, message: string | RegExp) {
  const alert = scope.getByRole('alert').filter({ hasText: file }).first();
  await expect.poll(() => alert.count(), { timeout: 15_000 }).toBeGreaterThan(0);
  const text = await alert.innerText();
  expect(text).toContain(t('ui.error.title', { file }));
  if (typeof message === 'string') expect(text).toContain(message);
  else expect(text).toMatch(message);
  expect(await retry(alert).count()).toBe(1);
}

/** Nothing still loading: no skeleton, no busy region. */
async function expectSettled(page: Page) {
  await expect
    .poll(() => page.locator('.skeleton, [aria-busy="true"]').count(), { timeout: 15_000 })
    .toBe(0);
}

/** The panels of every other file drew their charts and show their seed figures. */
async function expectOthersFine(page: Page, broken: string) {
  await showTables(page);
  if (broken !== 'services')
    for (const s of seed.services)
      await expect
        .poll(() => panel(page, 'services').innerText())
        .toMatch(new RegExp(numberPattern(s.count, 'zh')));
  if (broken !== 'crime')
    for (const c of seed.crime)
      await expect.poll(() => panel(page, 'crime').innerText()).toContain(c.metric);
  if (broken !== 'patrol')
    for (const p of seed.patrol)
      await expect
        .poll(() => panel(page, 'patrol').innerText())
        .toMatch(new RegExp(numberPattern(p.officers_per_day, 'zh')));
  if (broken !== 'cases')
    await expect
      .poll(() => panel(page, 'cases').innerText())
      .toContain(seed.cases[0]!.summary.slice(0, 10));
}

const fulfilWith =
  (status: number, body: string | Buffer, contentType = 'text/csv; charset=utf-8') =>
  (route: Route) =>
    route.fulfill({ status, body, contentType });

describe('faults on the run-time data/ files', () => {
  test.each([
    [404, 'services'],
    [500, 'crime'],
  ] as const)(
    'HTTP %i for %s.csv: only its panels show an alert with Retry; Retry once it is back shows it',
    async (status, id) => {
      let failing = true;
      const { page, guarded } = await open((p) =>
        p.route(`**/data/${id}.csv`, (route) =>
          failing ? fulfilWith(status, 'gone', 'text/plain')(route) : route.continue(),
        ),
      );
      const message = formatIssue({ code: 'http_error', severity: 'error', params: { status } }, t);
      await expectFileError(panel(page, id), `${id}.csv`, message);
      if (id === 'crime') await expectFileError(kpis(page), 'crime.csv', message);
      await expectOthersFine(page, id);
      await expectSettled(page);
      // Only the panels that show this file: its chart, and for crime its KPI cards too.
      expect(await page.getByRole('alert').count()).toBe(id === 'crime' ? 2 : 1);
      failing = false;
      await retry(panel(page, id)).click();
      await waitForCharts(page, 3);
      // One Retry fetches the file once, for every panel that shows it.
      await expect.poll(() => page.getByRole('alert').count()).toBe(0);
      await expectNoPageErrors(guarded);
    },
  );

  test('half of cases.csv (cut mid-character): an alert that the file may be cut short, no rows', async () => {
    const full = publishedFile('cases.csv');
    const half = full.subarray(0, Math.floor(full.length / 2));
    const read = readCsv(new Uint8Array(half), { fileName: 'cases.csv', datasetId: 'cases' });
    expect(read.ok).toBe(false);
    const { page, guarded } = await open((p) =>
      p.route('**/data/cases.csv', fulfilWith(200, half)),
    );
    const first = !read.ok ? read.issues.find((i) => i.severity === 'error') : undefined;
    expect(first?.code).toBe('truncated_char');
    await expectFileError(panel(page, 'cases'), 'cases.csv', formatIssue(first!, t));
    expect(await panel(page, 'cases').locator('tbody tr').count()).toBe(0);
    await expectOthersFine(page, 'cases');
    await expectNoPageErrors(guarded);
  });

  test('a connection that drops mid-file (fewer bytes than Content-Length): a network error', async () => {
    const full = publishedFile('services.csv');
    const cutter: Server = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/csv', 'Content-Length': full.length });
      res.write(full.subarray(0, full.length >> 1), () => res.destroy());
    });
    await new Promise<void>((done) => cutter.listen(0, '127.0.0.1', done));
    session.cleanups.push(() => new Promise<void>((done) => cutter.close(() => done())));
    const port = (cutter.address() as AddressInfo).port;
    const { page, guarded } = await open((p) =>
      p.route('**/data/services.csv', (route) =>
        route.continue({ url: `http://127.0.0.1:${port}/services.csv` }),
      ),
    );
    const message = formatIssue(
      { code: 'network_error', severity: 'error', params: { seconds: 15 } },
      t,
    );
    await expectFileError(panel(page, 'services'), 'services.csv', message);
    await expectOthersFine(page, 'services');
    expect(guarded.problems.pageErrors).toEqual([]);
  });

  test('an HTML page served as patrol.csv (a host fallback): an alert saying it is a web page, no figure', async () => {
    const html =
      '<!doctype html><html><head><title>页面不存在</title></head><body><h1>404</h1></body></html>';
    const { page, guarded } = await open((p) =>
      p.route('**/data/patrol.csv', fulfilWith(200, html, 'text/html; charset=utf-8')),
    );
    const read = readCsv(new TextEncoder().encode(html), {
      fileName: 'patrol.csv',
      datasetId: 'patrol',
    });
    expect(read.ok).toBe(false);
    const errors = read.ok ? [] : read.issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => i.code)).toEqual(['html_not_csv']);
    await expectFileError(panel(page, 'patrol'), 'patrol.csv', formatIssue(errors[0]!, t));
    expect(await panel(page, 'patrol').locator('[role="img"]').count()).toBe(0);
    const officers = String(seed.patrol[0]!.officers_per_day);
    await expect.poll(() => kpis(page).innerText()).not.toContain(officers);
    await expectOthersFine(page, 'patrol');
    await expectNoPageErrors(guarded);
  });

  test('a 30 s answer for indicators.csv: a timeout alert with Retry, not an endless skeleton', async () => {
    let slow = true;
    const held: Route[] = [];
    const { page, guarded } = await open(
      (p) =>
        p.route('**/data/indicators.csv', (route) => {
          // Held unanswered: the real 30 s wait would only slow the suite; the page gives up first.
          if (slow) held.push(route);
          else void route.continue();
        }),
      TIMEOUT_MS,
    );
    const started = Date.now();
    const message = formatIssue(
      { code: 'timeout', severity: 'error', params: { seconds: TIMEOUT_MS / 1000 } },
      t,
    );
    await expectFileError(kpis(page), 'indicators.csv', message);
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + 10_000);
    expect(held.length).toBeGreaterThan(0);
    await expectSettled(page);
    await expectOthersFine(page, 'indicators');
    slow = false;
    await retry(kpis(page)).click();
    await expect.poll(() => kpis(page).getByRole('alert').count(), { timeout: 15_000 }).toBe(0);
    for (const i of seed.indicators)
      await expect.poll(() => kpis(page).innerText()).toContain(i.indicator);
    await expectNoPageErrors(guarded);
  });

  test('every file unreachable (offline): each panel says so with Retry; header and import stay', async () => {
    const { page, guarded } = await open((p) =>
      p.route('**/data/*', (route) => route.abort('internetdisconnected')),
    );
    const message = formatIssue(
      { code: 'network_error', severity: 'error', params: { seconds: 15 } },
      t,
    );
    for (const id of ['services', 'crime', 'patrol', 'cases'])
      await expectFileError(panel(page, id), `${id}.csv`, message);
    await expectFileError(page.locator('#sources'), 'datasets.json', message);
    await expectSettled(page);
    await expect.poll(() => page.locator('h1').innerText()).toBe(t('app.title'));
    // Changed with issue 11: a reader's board has no import button, only the quiet staff link.
    expect(await page.getByRole('button', { name: t('staff.link') }).count()).toBe(1);
    expect(guarded.problems.pageErrors).toEqual([]);
  });

  test.each([
    ['missing (404)', (r: Route) => r.fulfill({ status: 404, body: 'nope' }), 'http_error'],
    [
      'malformed',
      (r: Route) =>
        r.fulfill({
          status: 200,
          body: '{"version": 1, "sources": {',
          contentType: 'application/json',
        }),
      'bad_manifest',
    ],
  ] as const)(
    'datasets.json %s: the sources section says so with Retry; every chart still draws',
    async (_, answer, code) => {
      let broken = true;
      const { page, guarded } = await open((p) =>
        p.route('**/data/datasets.json', (route) => (broken ? answer(route) : route.continue())),
      );
      const sources = page.locator('#sources');
      const alert = sources.getByRole('alert');
      await expect.poll(() => alert.count(), { timeout: 15_000 }).toBe(1);
      const text = await alert.innerText();
      expect(text).toContain('datasets.json');
      const key =
        code === 'http_error'
          ? t('issue.http_error', { status: 404 })
          : t('issue.bad_manifest', { path: '$' }).split('(')[0]!;
      expect(text).toContain(key);
      await waitForCharts(page, 3);
      await expectOthersFine(page, '');
      broken = false;
      await retry(sources).click();
      await expect.poll(() => sources.getByRole('alert').count()).toBe(0);
      const definition = seed.manifest.datasets.services.definition.zh;
      await expect.poll(() => panel(page, 'services').innerText()).toContain(definition);
      await expectNoPageErrors(guarded);
    },
  );

  test('an embed page whose data/ file fails keeps its pre-rendered chart and says it may be stale', async () => {
    const server: StaticServer = await serveSite(session.cleanups);
    const guarded = await guardedPage(session.browser, session.cleanups);
    const { page } = guarded;
    await page.route('**/data/services.csv', fulfilWith(500, 'down', 'text/plain'));
    await page.goto(`${server.url}embed/services.html`);
    await expect.poll(() => page.locator('.stale').isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await page.locator('.drawing svg').count()).toBeGreaterThan(0);
    const text = await page.locator('main#embed').innerText();
    expect(text).toContain(seed.services[0]!.item);
    expect(guarded.problems.pageErrors).toEqual([]);
  });
});

async function expectNoPageErrors(guarded: Guarded) {
  expect(guarded.problems.pageErrors).toEqual([]);
  expect(guarded.dialogs).toEqual([]);
}
