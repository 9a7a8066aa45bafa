import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser, openPage, waitForCharts } from './browser';
import { readSeed, toCsv } from './seed-figures';
import { startStaticServer, tempCopy } from './static-server';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const MARK = {
  zh: '【测试用合成数据：2020年为虚构】',
  en: '[SYNTHETIC test data: 2020 is invented]',
};
/** A4 less the @page margins of print.css (13 mm each side, 14 mm top), in CSS px. */
const MM = 96 / 25.4;
/** Rendered at twice the CSS px density, so a fine pattern is not averaged away. */
const SCALE = 2;
const CONTENT_WIDTH = Math.floor((210 - 26) * MM);
const ORIGIN = { x: 13 * MM, y: 14 * MM };

let browser: Browser;
const cleanups: (() => Promise<void> | void)[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  await browser?.close();
});

/** The site with an invented 2020 beside 2021 in services.csv, so the chart has two series. */
async function twoSeriesSite(): Promise<string> {
  const site = tempCopy(DIST);
  cleanups.push(site.remove);
  const dir = join(site.dir, 'data');
  const seed = readSeed(dir);
  const rows = [
    ...seed.services.map((s, i) => ['2020', s.item, String(Math.round(s.count * 0.7) + i)]),
    ...seed.services.map((s) => [s.period, s.item, String(s.count)]),
  ];
  writeFileSync(join(dir, 'services.csv'), toCsv(['period', 'item', 'count'], rows));
  const file = join(dir, 'datasets.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as {
    datasets: { services: { definition: { zh: string; en: string } } };
  };
  const { definition } = manifest.datasets.services;
  definition.zh = MARK.zh + definition.zh;
  definition.en = MARK.en + definition.en;
  writeFileSync(file, JSON.stringify(manifest));
  const server = await startStaticServer(site.dir);
  cleanups.push(() => server.close());
  return server.url;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Greyscale pixels of page 1 at 96 dpi, so one pixel is one CSS px. */
const poppler = (tool: string, args: string[]) =>
  execFileSync(tool, args, { maxBuffer: 64 * 2 ** 20 }).toString('latin1');

function greyPage(
  pdf: string,
  n: number,
): { width: number; height: number; at(x: number, y: number): number } {
  const pgm = execFileSync(
    'pdftoppm',
    ['-r', `${96 * SCALE}`, '-gray', '-f', `${n}`, '-l', `${n}`, pdf],
    {
      maxBuffer: 64 * 2 ** 20,
    },
  );
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
  const width = Number(header[1]);
  const pixels = pgm.subarray(header[0].length);
  return { width, height: Number(header[2]), at: (x, y) => pixels[y * width + x]! };
}

/** The grey level of a set of regions and its spread: a flat fill has none, a pattern some. */
function texture(page: ReturnType<typeof greyPage>, boxes: Box[], top: number) {
  const values: number[] = [];
  for (const b of boxes) {
    // Inset, so anti-aliased bar edges are not counted as pattern.
    const x0 = Math.ceil((ORIGIN.x + b.x) * SCALE) + 4;
    const y0 = Math.ceil(top + b.y * SCALE) + 4;
    const x1 = Math.floor((ORIGIN.x + b.x + b.width) * SCALE) - 4;
    const y1 = Math.floor(top + (b.y + b.height) * SCALE) - 4;
    for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) values.push(page.at(x, y));
  }
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const sd = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length);
  return { sd, mean, pixels: values.length };
}

/** The empty track beside a series' shortest bar: the same row, no pattern. */
function trackBeside(boxes: Box[]): Box {
  const shortest = boxes.reduce((s, b) => (b.width < s.width ? b : s));
  return { ...shortest, x: shortest.x + shortest.width + 60, width: 60 };
}

test('a greyscale print tells the two periods apart by their patterns', async () => {
  const url = await twoSeriesSite();
  const opened = await openPage(browser, url, { viewport: { width: CONTENT_WIDTH, height: 1100 } });
  cleanups.push(opened.close);
  const { page } = opened;
  await waitForCharts(page, 2);
  await page.emulateMedia({ media: 'print' });
  // The measure finds the panel by its page's first drawn row: the panel starts a page here (on
  // the real briefing it may follow the KPIs on page 1); what is measured is the patterns.
  await page.addStyleTag({ content: '[data-panel="services"] { break-before: page; }' });
  // As page.pdf() will: the print header mounts, then the live chart draws with patterns.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const boxes = await page.waitForFunction(
    () => {
      const panel = document.querySelector('[data-panel="services"]')!.getBoundingClientRect();
      const svg = document.querySelector('[data-panel="services"] [data-chart] svg');
      const bars = Array.from(svg?.querySelectorAll('path[fill^="url("]') ?? []);
      const groups: Record<string, { x: number; y: number; width: number; height: number }[]> = {};
      for (const bar of bars) {
        const r = bar.getBoundingClientRect();
        // Bars only: the legend's swatches are smaller.
        if (r.width < 8 || r.height < 14) continue;
        const key = bar.getAttribute('fill')!;
        // Down from the panel's top edge, which its printed page starts with.
        (groups[key] ??= []).push({ x: r.x, y: r.y - panel.y, width: r.width, height: r.height });
      }
      return Object.keys(groups).length === 2 ? Object.values(groups) : undefined;
    },
    undefined,
    { timeout: 20_000 },
  );
  const [a, b] = (await boxes.jsonValue())!;
  expect(a!.length).toBeGreaterThan(0);
  expect(b!.length).toBeGreaterThan(0);

  const work = mkdtempSync(join(tmpdir(), 'print-grey-'));
  cleanups.push(() => rmSync(work, { recursive: true }));
  const pdf = join(work, 'board.pdf');
  writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  // The page the services panel starts (break-before above, break-inside: avoid keeps it whole).
  const pages = Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', [pdf]))?.[1]);
  const title = readSeed().manifest.datasets.services.title.zh;
  const n = Array.from({ length: pages }, (_, i) => i + 1).find((i) =>
    Buffer.from(poppler('pdftotext', ['-raw', '-f', `${i}`, '-l', `${i}`, pdf, '-']), 'latin1')
      .toString('utf8')
      .split('\n')
      // The @page box's "2 / 4" comes out first.
      .find((line) => line.trim() && !/^\d+\s*\/\s*\d+$/.test(line.trim()))
      ?.startsWith(title),
  );
  expect(n, 'a page starts with the services panel').toBeDefined();
  const grey = greyPage(pdf, n!);
  // Its top border is the first drawn row of that page.
  let top = Math.ceil(ORIGIN.y * SCALE);
  const drawn = (y: number) => [...Array(400).keys()].some((i) => grey.at(120 + i, y) < 230);
  while (top < grey.height && !drawn(top)) top++;
  const ta = texture(grey, a!, top);
  const tb = texture(grey, b!, top);
  const flat = texture(grey, [trackBeside(a!), trackBeside(b!)], top);
  expect(ta.pixels).toBeGreaterThan(400);
  expect(tb.pixels).toBeGreaterThan(400);
  // The empty track beside the bars is flat grey: the measure sees no pattern where there is none …
  expect(flat.sd).toBeLessThan(1.5);
  // … each series' bars carry a pattern …
  expect(ta.sd).toBeGreaterThan(3);
  expect(tb.sd).toBeGreaterThan(3);
  // … and the two patterns differ in their spread of grey, not only in their mean grey.
  expect(Math.max(ta.sd, tb.sd) / Math.min(ta.sd, tb.sd)).toBeGreaterThan(1.3);
}, 90_000);
