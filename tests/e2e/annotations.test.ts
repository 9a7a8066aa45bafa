import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { translate } from '../../src/i18n/translate';
import { openPage, waitForCharts, type OpenedPage } from './browser';
import { layoutFacts, openWallAt } from './wall-shapes';
import { openLocalImport } from './local-import';
import { DATA_DIR } from './seed-figures';
import { browserSession } from './session';
import { startStaticServer, tempCopy, type StaticServer } from './static-server';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
/** Invented notes, each labelled as synthetic test data in both languages. */
const FIXTURE = fileURLToPath(new URL('../fixtures/annotations.synthetic.csv', import.meta.url));
const NOTES = Papa.parse<Record<string, string>>(readFileSync(FIXTURE, 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;
const crimeNote = NOTES.find((n) => n.chart === 'crime')!;
const WALL = { width: 1920, height: 1080, dpr: 1 };

const session = browserSession();
let work: string;
let annotated: StaticServer;
let plain: StaticServer;
const removes: (() => void)[] = [];

/** dist/ re-rendered from data/ plus the synthetic annotations.csv, as a publish would. */
async function annotatedSite(): Promise<StaticServer> {
  const site = tempCopy(DIST);
  const data = join(work, 'data');
  cpSync(DATA_DIR, data, { recursive: true });
  copyFileSync(FIXTURE, join(data, 'annotations.csv'));
  execFileSync('npx', ['tsx', 'scripts/build-site.ts', site.dir, data], { stdio: 'pipe' });
  removes.push(site.remove);
  return startStaticServer(site.dir);
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'e2e-notes-'));
  annotated = await annotatedSite();
  const site = tempCopy(DIST);
  removes.push(site.remove);
  plain = await startStaticServer(site.dir);
}, 120_000);

afterAll(async () => {
  await annotated?.close();
  await plain?.close();
  for (const remove of removes) remove();
  rmSync(work, { recursive: true, force: true });
});

async function open(url: string): Promise<OpenedPage> {
  const opened = await openPage(session.browser, url);
  session.cleanups.push(opened.close);
  await waitForCharts(opened.page, 2);
  return opened;
}

describe('annotations', () => {
  test('a note is a marked baseline on the live chart, listed under it on screen and on paper', async () => {
    const { page, problems } = await open(annotated.url);
    const crime = page.locator('[data-panel="crime"]');
    await expect
      .poll(() => crime.locator('.chart-notes li').innerText(), { timeout: 15_000 })
      .toContain(crimeNote.label_zh);
    // Pointing at the chart swaps the build's drawing for the live ECharts one.
    const chart = crime.locator('[data-chart="crime"]');
    await chart.hover();
    await chart.locator('.chart-drawings').waitFor({ state: 'detached', timeout: 20_000 });
    await chart.locator('svg text', { hasText: '①' }).first().waitFor({ timeout: 20_000 });
    expect(problems.failedRequests.filter((r) => r.includes('annotations'))).toEqual([]);

    await page.emulateMedia({ media: 'print' });
    const pdf = join(work, 'board.pdf');
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const text = execFileSync('pdftotext', ['-raw', pdf, '-']).toString().replace(/\s+/g, '');
    expect(text).toContain(crimeNote.label_zh!.replace(/\s+/g, ''));
  }, 120_000);

  test('an embed lists the note among its facts and marks it on its drawing, in both languages', async () => {
    for (const [query, label] of [
      ['', crimeNote.label_zh!],
      ['?lang=en', crimeNote.label_en!],
    ] as const) {
      const opened = await openPage(session.browser, `${annotated.url}embed/crime.html${query}`);
      session.cleanups.push(opened.close);
      const notes = opened.page.locator('.facts .notes li');
      await expect.poll(() => notes.allInnerTexts(), { timeout: 15_000 }).toHaveLength(1);
      expect((await notes.allInnerTexts())[0]).toContain(label);
      const marks = opened.page.locator('.chart svg text', { hasText: '①' });
      expect(await marks.count()).toBeGreaterThan(0);
      expect(opened.problems.failedRequests).toEqual([]);
    }
  }, 60_000);

  test('the wall lists the note under its chart and marks it; without notes it asks for none', async () => {
    const opened = await openWallAt(session.browser, `${annotated.url}?mode=wall`, WALL);
    session.cleanups.push(opened.close);
    const crime = opened.page.locator('.wall-panel[data-panel="crime"]');
    await expect
      .poll(() => crime.locator('.wall-chart-notes li').allInnerTexts(), { timeout: 15_000 })
      .toEqual([expect.stringContaining(crimeNote.label_zh!)]);
    await crime.locator('svg text', { hasText: '①' }).first().waitFor({ timeout: 15_000 });
    expect(await layoutFacts(opened.page)).toMatchObject({ overflowX: 0, overflowY: 0 });

    const plainWall = await openWallAt(session.browser, `${plain.url}?mode=wall`, WALL);
    session.cleanups.push(plainWall.close);
    expect(await plainWall.page.locator('.wall-chart-notes').count()).toBe(0);
    expect(plainWall.problems.failedRequests).toEqual([]);
  }, 90_000);

  test('with no annotations.csv nothing is listed and no request for one fails', async () => {
    const { page, problems } = await open(plain.url);
    expect(await page.locator('.chart-notes').count()).toBe(0);
    expect(problems.failedRequests.filter((r) => r.includes('annotations'))).toEqual([]);
  }, 60_000);

  test('a bad annotations.csv is refused in the import dialog, naming row and column', async () => {
    const { page } = await open(plain.url);
    await openLocalImport(page);
    const bad = [
      'date,chart,label_zh,label_en,kind',
      '2021,crime,【测试用合成数据】甲,[SYNTHETIC] A,event',
      '2021,crime,【测试用合成数据】乙,[SYNTHETIC] B,rumour',
    ].join('\n');
    await page
      .getByTestId('import-file-input')
      .first()
      .setInputFiles({ name: 'annotations.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    const dialog = page.getByRole('dialog', { name: translate('zh', 'import.title') });
    await dialog.waitFor();
    const alert = dialog.getByRole('alert');
    const said = () => alert.innerText();
    await expect
      .poll(said, { timeout: 15_000 })
      .toContain(translate('zh', 'issue.row', { row: 3 }));
    expect(await said()).toContain(translate('zh', 'issue.column', { column: 'kind' }));
    expect(await dialog.innerText()).toContain('annotations.csv');
    const apply = dialog.getByRole('button', {
      name: translate('zh', 'import.apply'),
      exact: true,
    });
    expect(await apply.isDisabled()).toBe(true);
  }, 60_000);
});
