import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { cellOf } from '../../src/core/export-csv';
import { readCsv } from '../../src/core/read-csv';
import { SCHEMAS } from '../../src/core/schema';
import { DATASET_IDS } from '../../src/core/types';
import {
  HOSTILE_FILES,
  hostileBytes,
  hostileManifest,
  PAYLOADS,
} from '../fixtures/hostile/payloads';
import { waitForCharts, BOARD_CHARTS } from './browser';
import { openLocalImport } from './local-import';
import { browserSession } from './session';
import { startStaticServer } from './static-server';
import {
  expectInert,
  expectLiteral,
  guardedPage,
  hoverCharts,
  publishedFile,
  ROOT,
  serveSite,
  showTables,
  t,
  type Guarded,
} from './hardening-helpers';

const session = browserSession();

/** The data/ folder with every text cell and the manifest's text hostile. */
function hostileData(): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array> = {
    'datasets.json': hostileManifest(publishedFile('datasets.json').toString('utf8')),
  };
  for (const file of HOSTILE_FILES) files[file] = hostileBytes(file);
  return files;
}

const chartsOf = (page: Page) => page.locator('[data-panel] [role="img"]');
const dialog = (page: Page) => page.getByRole('dialog', { name: t('import.title') });

/** Hovers every chart and expects each payload in some tooltip of each, as text. */
async function expectTooltips(page: Page, charts = chartsOf(page)) {
  const tips = await hoverCharts(page, charts);
  expect(tips.length).toBeGreaterThanOrEqual(3);
  for (const [i, tip] of tips.entries())
    for (const p of PAYLOADS) expect(tip, `chart ${i} tooltip shows ${p}`).toContain(p);
}

/** The dashboard with everything opened: every table, every case, every tooltip. */
async function exerciseDashboard(guarded: Guarded, where: string) {
  const { page } = guarded;
  await waitForCharts(page, BOARD_CHARTS);
  await showTables(page);
  await expectLiteral(page.locator('main'), PAYLOADS, where);
  await expectTooltips(page);
  await expectInert(guarded, where);
}

describe('hostile text in every field, served from the run-time data/ folder', () => {
  test('the fixtures put every payload in every text column of every file', () => {
    for (const file of HOSTILE_FILES) {
      const result = readCsv(new Uint8Array(hostileBytes(file)), { fileName: file });
      expect(result.ok, file).toBe(true);
      if (!result.ok) continue;
      const schema = SCHEMAS[result.dataset.id];
      // A column with a fixed list of values (annotations' chart and kind) refuses anything else.
      const textColumns = schema.columns.filter((c) => c.type === 'text' && !c.values);
      expect(textColumns.length).toBeGreaterThan(0);
      for (const column of textColumns) {
        const cells = result.dataset.rows.map((r) => cellOf(r, column.id));
        for (const p of PAYLOADS) expect(cells, `${file} ${column.id}`).toContain(p);
      }
    }
    expect(new Set(HOSTILE_FILES.map((f) => f.replace('.csv', '')))).toEqual(new Set(DATASET_IDS));
  });

  test('dashboard in Chinese: KPI cards, charts, tooltips, tables, cases and sources run nothing', async () => {
    const server = await serveSite(session.cleanups, hostileData());
    const guarded = await guardedPage(session.browser, session.cleanups);
    await guarded.page.goto(server.url);
    await exerciseDashboard(guarded, 'zh dashboard');
    // The case log pages: every station, category, summary and outcome of the file, as text.
    const body = guarded.page.locator('[data-panel="cases"] tbody');
    const next = guarded.page
      .locator('[data-panel="cases"]')
      .getByRole('button', { name: t('cases.next') });
    const cells = () => body.locator('td, th').allInnerTexts();
    const seen = await cells();
    while (await next.isEnabled()) {
      const first = await body.locator('tr').first().innerText();
      await next.click();
      await expect.poll(() => body.locator('tr').first().innerText()).not.toBe(first);
      seen.push(...(await cells()));
    }
    // Each payload is one station, one category, one summary and one outcome of the file.
    for (const p of PAYLOADS)
      expect(seen.filter((c) => c.trim() === p).length, `cases show ${p}`).toBe(4);
    await expectInert(guarded, 'cases pages');
    // The cases table's own filter takes a payload as a search term, as text.
    const search = guarded.page.getByRole('searchbox').first();
    await search.fill(PAYLOADS[0]);
    await expectLiteral(
      guarded.page.locator('[data-panel="cases"] tbody'),
      [PAYLOADS[0]],
      'search',
    );
    await expectInert(guarded, 'cases search');
    // The embed dialog: its snippet and its live preview, an embed page redrawn from data/.
    await guarded.page.locator('.embed-button').first().click();
    const preview = guarded.page.frameLocator('iframe.embed-dialog__preview');
    await expect
      .poll(() => preview.locator('main#embed').innerText(), { timeout: 30_000 })
      .toContain(PAYLOADS[0]);
    await expectInert(guarded, 'embed dialog');
  });

  test('dashboard in English: hostile labels from datasets.json run nothing either', async () => {
    const server = await serveSite(session.cleanups, hostileData());
    const guarded = await guardedPage(session.browser, session.cleanups);
    await guarded.page.goto(server.url);
    await waitForCharts(guarded.page, BOARD_CHARTS);
    await guarded.page.getByRole('button', { name: t('lang.switch'), exact: true }).click();
    await expect.poll(() => guarded.page.locator('html').getAttribute('lang')).toBe('en');
    await waitForCharts(guarded.page, BOARD_CHARTS);
    await showTables(guarded.page);
    const labels = PAYLOADS.map((_, i) => `EN ${PAYLOADS[(i + 4) % PAYLOADS.length]}`);
    await expectLiteral(guarded.page.locator('main'), labels, 'en dashboard');
    await expectTooltips(guarded.page);
    await expectInert(guarded, 'en dashboard');
  });

  test('print: the print stylesheet and a PDF of the page run nothing', async () => {
    const server = await serveSite(session.cleanups, hostileData());
    const guarded = await guardedPage(session.browser, session.cleanups);
    const { page } = guarded;
    await page.goto(server.url);
    await waitForCharts(page, BOARD_CHARTS);
    await showTables(page);
    await page.emulateMedia({ media: 'print' });
    await expectLiteral(page.locator('main'), PAYLOADS, 'print media');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });
    await expectInert(guarded, 'print');
  });

  test('board: "Save as PNG" of the hostile page runs nothing and gives a PNG', async () => {
    const server = await serveSite(session.cleanups, hostileData());
    const guarded = await guardedPage(session.browser, session.cleanups);
    const { page } = guarded;
    await page.goto(server.url);
    await waitForCharts(page, BOARD_CHARTS);
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: t('board.png'), exact: true }).click(),
    ]);
    const bytes = readFileSync((await png.path())!);
    expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    await expectInert(guarded, 'board PNG');
  });

  test('wall display (?mode=wall): KPIs, charts, tooltips, notes and the cases page run nothing', async () => {
    const server = await serveSite(session.cleanups, hostileData());
    const guarded = await guardedPage(session.browser, session.cleanups, undefined, {
      viewport: { width: 1920, height: 1080 },
    });
    const { page } = guarded;
    await page.goto(`${server.url}?mode=wall`);
    await waitForCharts(page, BOARD_CHARTS);
    await expectLiteral(page.locator('.wall'), PAYLOADS, 'wall overview');
    // Eight hostile rows a dataset squeeze the wall's smaller charts; the services chart has room.
    const tips = await hoverCharts(page, chartsOf(page).first());
    for (const p of PAYLOADS) expect(tips.join('\n'), 'wall tooltips').toContain(p);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('.wall').getAttribute('data-group')).toBe('cases');
    await expectLiteral(page.locator('.wall'), PAYLOADS, 'wall cases');
    await expectInert(guarded, 'wall');
  });

  test.each(['services', 'crime', 'patrol'])(
    'embed %s redraws from hostile data/: tooltips, table, CSV link and PNG run nothing',
    async (id) => {
      const server = await serveSite(session.cleanups, hostileData());
      const guarded = await guardedPage(session.browser, session.cleanups);
      const { page } = guarded;
      await page.goto(`${server.url}embed/${id}.html`);
      // The page was built from the published data; its script finds data/ changed and redraws.
      await expect
        .poll(() => page.locator('main#embed').innerText(), { timeout: 30_000 })
        .toContain(PAYLOADS[0]);
      await page.locator('details.table summary').click();
      await expectLiteral(page.locator('main#embed'), PAYLOADS, `embed ${id}`);
      const tips = await hoverCharts(page, page.locator('.chart'));
      for (const p of PAYLOADS) expect(tips.join('\n'), `embed ${id} tooltip`).toContain(p);
      // The first of 'Get the data': this chart's rows as CSV.
      const csv = await page.locator('.get-data a[download]').first().getAttribute('href');
      expect(decodeURIComponent(csv ?? '')).toContain(PAYLOADS[1]);
      const [png] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('button[data-png]').click(),
      ]);
      const bytes = readFileSync((await png.path())!);
      expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
      await expectInert(guarded, `embed ${id}`);
    },
  );
});

describe('hostile text in data/ when the site is built', () => {
  /** Every <script> a built page holds: module files and inert JSON only, never one a payload opened. */
  function scriptTags(html: string): string[] {
    return [...html.matchAll(/<script\b[^>]*>/gi)]
      .map((m) => m[0])
      .filter(
        (tag) => !/\btype="module"[^>]*\bsrc=/.test(tag) && !/\btype="application\/json"/.test(tag),
      );
  }

  test('the pre-rendered dashboard and embed pages hold the text inert, before and after their scripts run', async () => {
    const out = mkdtempSync(join(tmpdir(), 'hostile-build-'));
    session.cleanups.push(() => rmSync(out, { recursive: true, force: true }));
    const run = (args: string[]) => execFileSync('npx', args, { cwd: ROOT, stdio: 'pipe' });
    // The build's last step, the site renderer, on hostile data over the built static files.
    const data = join(out, 'hostile-data');
    cpSync(join(ROOT, 'dist'), out, { recursive: true });
    cpSync(join(ROOT, 'data'), data, { recursive: true });
    for (const [file, body] of Object.entries(hostileData())) writeFileSync(join(data, file), body);
    run(['tsx', 'scripts/build-site.ts', out, data]);

    const pages = [
      'index.html',
      ...readdirSync(join(out, 'embed'))
        .filter((f) => f.endsWith('.html'))
        .map((f) => `embed/${f}`),
    ];
    for (const file of pages) {
      const html = readFileSync(join(out, file), 'utf8');
      expect(scriptTags(html), file).toEqual([]);
    }
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain(
      '&lt;img src=x onerror=window.__xss=1&gt;',
    );

    const server = await startStaticServer(out);
    session.cleanups.push(() => server.close());
    for (const path of ['', 'embed/services.html', 'embed/crime.html', 'embed/patrol.html']) {
      const guarded = await guardedPage(session.browser, session.cleanups);
      await guarded.page.goto(server.url + path);
      const root = guarded.page.locator(path ? 'main#embed' : 'main');
      await expectLiteral(root, PAYLOADS.slice(0, 3), `built ${path || 'index.html'}`);
      await expectInert(guarded, `built ${path || 'index.html'}`);
    }
    // The wall reads the built site's annotations.csv too: its hostile notes are text as well.
    const wall = await guardedPage(session.browser, session.cleanups);
    await wall.page.goto(server.url + '?mode=wall');
    const notes = wall.page.locator('.wall-chart-notes');
    await expect.poll(() => notes.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await expectLiteral(wall.page.locator('.wall'), PAYLOADS.slice(0, 3), 'built wall notes');
    await expectInert(wall, 'built wall');
  }, 180_000);
});

describe('hostile text imported through the dialog', () => {
  const hostileName = '"><svg onload=window.__xss=1>services.csv';

  async function importHostile(page: Page) {
    await openLocalImport(page);
    await page
      .getByTestId('import-file-input')
      .first()
      .setInputFiles(
        HOSTILE_FILES.map((file) => ({
          name: file === 'services.csv' ? hostileName : file,
          mimeType: 'text/csv',
          buffer: hostileBytes(file),
        })),
      );
    await dialog(page).waitFor();
  }

  test('the preview of each file (rows, diff, charts and tooltips) and Apply run nothing; the applied data and its reload neither', async () => {
    const server = await serveSite(session.cleanups);
    const guarded = await guardedPage(session.browser, session.cleanups);
    const { page } = guarded;
    await page.goto(server.url);
    await waitForCharts(page, BOARD_CHARTS);
    await importHostile(page);
    const tabs = dialog(page)
      .getByRole('list', { name: t('import.files') })
      .getByRole('button');
    await expect.poll(() => tabs.count()).toBe(HOSTILE_FILES.length);
    for (let i = 0; i < HOSTILE_FILES.length; i++) {
      await tabs.nth(i).click();
      const apply = dialog(page).getByRole('button', { name: t('import.apply'), exact: true });
      await expect.poll(() => apply.isEnabled(), { timeout: 30_000 }).toBe(true);
      await expectLiteral(dialog(page), PAYLOADS, `preview ${HOSTILE_FILES[i]}`);
      const previewCharts = dialog(page).locator('.import-chart [role="img"]');
      if ((await previewCharts.count()) > 0) {
        const tips = await hoverCharts(page, previewCharts);
        for (const p of PAYLOADS) expect(tips.join('\n'), 'preview tooltip').toContain(p);
      }
      await expectInert(guarded, `preview ${HOSTILE_FILES[i]}`);
      await apply.click();
    }
    await expectLiteral(dialog(page), [hostileName], 'file name in the dialog');
    await page.keyboard.press('Escape');
    await dialog(page).waitFor({ state: 'detached' });
    await expectLiteral(page.locator('.import-banner'), [hostileName], 'file name in the banner');
    await exerciseDashboard(guarded, 'imported');

    await page.reload();
    await exerciseDashboard(guarded, 'imported, restored from IndexedDB');
  }, 120_000);

  test('a rejected file shows its hostile cells and name in the issue list, as text', async () => {
    const server = await serveSite(session.cleanups);
    const guarded = await guardedPage(session.browser, session.cleanups);
    const { page } = guarded;
    await page.goto(server.url);
    await waitForCharts(page, BOARD_CHARTS);
    const rows = PAYLOADS.map((p, i) => `2022,item ${i},"${p.replace(/"/g, '""')}"`);
    await openLocalImport(page);
    await page
      .getByTestId('import-file-input')
      .first()
      .setInputFiles({
        name: `${PAYLOADS[0]}.csv`,
        mimeType: 'text/csv',
        buffer: Buffer.from(['period,item,count', ...rows].join('\n')),
      });
    await dialog(page).waitFor();
    const alert = dialog(page).getByRole('alert');
    await expect.poll(() => alert.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await expectLiteral(dialog(page), [`${PAYLOADS[0]}.csv`, ...PAYLOADS.slice(0, 5)], 'issues');
    await expectInert(guarded, 'issue list');
  });
});
