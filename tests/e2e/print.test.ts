import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Lang } from '../../src/core/manifest';
import { dataLabel } from '../../src/i18n/data-label';
import { translate } from '../../src/i18n/translate';
import { launchBrowser, openPage, waitForCharts, BOARD_CHARTS } from './browser';
import { changePattern, figurePattern, numberPattern, readSeed } from './seed-figures';
import { startStaticServer, tempCopy, type StaticServer } from './static-server';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const seed = readSeed();
const { manifest } = seed;

let browser: Browser;
let server: StaticServer;
let work: string;
const cleanups: (() => Promise<void> | void)[] = [];

/** poppler-utils reads the PDF: `apt-get install poppler-utils` (.ci/run installs it). */
function poppler(tool: 'pdftotext' | 'pdfinfo' | 'pdftoppm', args: string[]): Buffer {
  try {
    return execFileSync(tool, args, { maxBuffer: 64 * 2 ** 20 });
  } catch (error) {
    throw new Error(`${tool} failed; is poppler-utils installed? ${String(error)}`);
  }
}

/** Text compared with all white space removed: pdftotext breaks lines where the page did (-raw keeps each box's text in drawing order). */
const squash = (text: string) => text.replace(/\s+/g, '');

async function printBoard(page: Page, name: string) {
  const file = join(work, `${name}.pdf`);
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const pages = Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', [file]).toString())?.[1]);
  const text = poppler('pdftotext', ['-raw', file, '-']).toString();
  return { file, pages, text };
}

/** Share of the first page's pixels that are near black, from a coarse greyscale render. */
function darkShare(pdf: string): number {
  const pgm = poppler('pdftoppm', ['-r', '24', '-gray', '-f', '1', '-l', '1', pdf]);
  // Binary PGM: "P5\n<w> <h>\n<max>\n" then one byte a pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
  const pixels = pgm.subarray(header[0].length);
  let dark = 0;
  for (const v of pixels) if (v < 60) dark++;
  return dark / pixels.length;
}

/** Every published figure, as the reader's locale writes it, with its qualifier or sign. */
function figures(lang: Lang): RegExp[] {
  return [
    ...seed.services.map((s) => new RegExp(numberPattern(s.count, lang))),
    ...seed.crime.map((c) => changePattern(c.change_pct, lang)),
    ...seed.patrol.map((p) => figurePattern(p.officers_per_day, p.approx, lang)),
    ...seed.indicators.map((i) => figurePattern(i.value, i.approx, lang)),
  ];
}

beforeAll(async () => {
  const site = tempCopy(DIST);
  server = await startStaticServer(site.dir);
  work = mkdtempSync(join(tmpdir(), 'print-test-'));
  cleanups.push(
    site.remove,
    () => server.close(),
    () => rmSync(work, { recursive: true }),
  );
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  await browser?.close();
});

describe('the briefing print (A4)', () => {
  // English is printed from the dark theme: paper must come out light all the same.
  test.each([
    { lang: 'zh', query: '' },
    { lang: 'en', query: '?lang=en&theme=dark' },
  ] as const)(
    '$lang: 1–4 pages with title, period, date, every figure, source and case',
    async ({ lang, query }) => {
      const opened = await openPage(browser, server.url + query);
      cleanups.push(opened.close);
      const { page } = opened;
      await waitForCharts(page, BOARD_CHARTS);
      const { file, pages, text } = await printBoard(page, lang);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(4);

      const printed = squash(text);
      const label = (t: string) => dataLabel(manifest.labels, lang, t);
      expect(printed).toContain(squash(translate(lang, 'app.title')));
      const year = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en', { year: 'numeric' })
        .format(new Date())
        .replace(/\D/g, '');
      expect(printed).toContain(squash(translate(lang, 'print.printed', { time: '' })));
      expect(printed).toContain(year);
      expect(printed).toContain(squash(translate(lang, 'print.period', { period: '' })));
      const spaced = text.replace(/\s+/g, ' ');
      for (const figure of figures(lang)) expect(spaced).toMatch(figure);
      for (const id of ['services', 'crime', 'patrol', 'cases'] as const) {
        const meta = manifest.datasets[id];
        expect(printed, id).toContain(squash(meta.title[lang]));
        expect(printed, id).toContain(squash(meta.definition[lang]));
        for (const ref of meta.sources)
          expect(printed).toContain(squash(manifest.sources[ref]!.title[lang]));
      }
      // The whole case log, not the screen's first page of it.
      for (const c of seed.cases) expect(printed, c.summary).toContain(squash(label(c.summary)));
      // Page numbers from the @page margin box: "1 / n" … "n / n".
      for (let n = 1; n <= pages; n++) expect(printed).toContain(`${n}/${pages}`);
      expect(darkShare(file)).toBeLessThan(0.03);

      // After printing, the screen is as it was.
      expect(await page.locator('.print-head').count()).toBe(0);
      expect(await page.locator('.app').getAttribute('data-theme')).toBe(
        query.includes('dark') ? 'dark' : 'light',
      );
    },
  );
});

describe('save as PNG', () => {
  test('downloads the whole board at twice its pixel density', async () => {
    const opened = await openPage(browser, server.url, { acceptDownloads: true });
    cleanups.push(opened.close);
    const { page } = opened;
    await waitForCharts(page, BOARD_CHARTS);
    // Record what the PNG writes and draws: its text must carry the page's figures.
    await page.evaluate(() => {
      const record = { texts: [] as string[], images: 0 };
      Reflect.set(window, '__pngRecord', record);
      const proto = CanvasRenderingContext2D.prototype;
      const { fillText, drawImage } = proto;
      proto.fillText = function (this: CanvasRenderingContext2D, ...args) {
        record.texts.push(args[0]);
        return fillText.apply(this, args);
      } as typeof fillText;
      proto.drawImage = function (this: CanvasRenderingContext2D, ...args: unknown[]) {
        record.images++;
        return (drawImage as (...a: unknown[]) => void).apply(this, args);
      } as typeof drawImage;
    });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: translate('zh', 'board.png') }).click(),
    ]);
    const record = (await page.evaluate(() => Reflect.get(window, '__pngRecord'))) as {
      texts: string[];
      images: number;
    };
    const written = record.texts.join(' ');
    // The KPI figures are text; the services counts are inside the chart images.
    const kpiFigures = figures('zh').slice(seed.services.length);
    for (const figure of kpiFigures) expect(written).toMatch(figure);
    for (const c of seed.cases)
      expect(squash(record.texts.join('')), c.summary).toContain(squash(c.summary));
    for (const id of ['services', 'crime', 'patrol'] as const)
      expect(squash(record.texts.join(''))).toContain(squash(manifest.datasets[id].definition.zh));
    // One image per drawn chart; patrol's single value is written as a figure card.
    expect(record.images).toBe(BOARD_CHARTS);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    const png = readFileSync(await download.path());
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);

    // Draw it back at half size in the page: the composed board is the CSS size the PNG names.
    const drawn = await page.evaluate(async (base64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${base64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      const colours = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 97)
        colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      return { width: img.naturalWidth, height: img.naturalHeight, colours: colours.size };
    }, png.toString('base64'));
    expect(drawn).toMatchObject({ width, height });
    expect(width % 2).toBe(0);
    expect(height % 2).toBe(0);
    // Wider than a 1200 px board at 1×, taller than wide: the whole board, not one chart.
    expect(width).toBeGreaterThan(2 * 1000);
    expect(height).toBeGreaterThan(width);
    expect(drawn.colours).toBeGreaterThan(20);
  });
});
