import { AxeBuilder } from '@axe-core/playwright';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHART_IDS, CHARTS, type ChartId } from '../../src/charts/chart-registry';
import { PALETTES } from '../../src/charts/theme';
import type { Lang } from '../../src/core/manifest';
import { buildEmbedModel } from '../../src/features/embed/embed-model';
import { defaultFrameHeight } from '../../src/features/embed/frame-size';
import { SVG_WIDTHS } from '../../src/features/embed/render-svg';
import { dataLabel } from '../../src/i18n/data-label';
import { embedSnippet } from '../../src/features/embed/embed-snippet';
import { embedUrl } from '../../src/store/url-state';
import { launchBrowser, openPage, type OpenedPage } from './browser';
import { changePattern, figurePattern, numberPattern, readSeed, toCsv } from './seed-figures';
import { startStaticServer, tempCopy, type StaticServer } from './static-server';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIST = join(ROOT, 'dist');
const seed = readSeed();
const { manifest } = seed;
const KB = 1024;

/** The headers a section of docs/hosting.md tells hosts to send, as the test server's rule. */
function documentedHeaders(heading: string): Record<string, string> {
  const doc = readFileSync(join(ROOT, 'docs', 'hosting.md'), 'utf8');
  const section = doc.split(/^### /m).find((s) => s.startsWith(heading)) ?? '';
  const block = /```\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  return Object.fromEntries(
    block
      .trim()
      .split('\n')
      .map((line) => [line.slice(0, line.indexOf(': ')), line.slice(line.indexOf(': ') + 2)]),
  );
}

let browser: Browser;
const cleanups: (() => Promise<void> | void)[] = [];

async function serveCopy(): Promise<StaticServer> {
  const site = tempCopy(DIST);
  const server = await startStaticServer(site.dir);
  cleanups.push(() => server.close(), site.remove);
  return server;
}

async function open(url: string, options?: Parameters<typeof openPage>[2]): Promise<OpenedPage> {
  const opened = await openPage(browser, url, options);
  cleanups.push(opened.close);
  return opened;
}

function expectNoProblems(opened: OpenedPage) {
  expect(opened.problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
}

/** The text and marks of the drawing the page shows at its current width. */
function shownDrawing(page: Page) {
  return page.evaluate(() => {
    const drawings = Array.from(document.querySelectorAll<HTMLElement>('.chart .drawing'));
    const shown = drawings.filter((d) => getComputedStyle(d).display !== 'none');
    const svg = shown[0]?.querySelector('svg');
    const bars = Array.from(svg?.querySelectorAll('[ecmeta_ssr_type="chart"]') ?? []);
    return {
      count: shown.length,
      text: Array.from(svg?.querySelectorAll('text') ?? [], (t) => t.textContent).join('\n'),
      bars: bars.filter((b) => (b as SVGGraphicsElement).getBBox().width > 0).length,
      fills: bars.map((b) => b.getAttribute('fill')),
    };
  });
}

/** Items the manifest counts in a unit of their own are figure cards beside the chart, not bars. */
const apart = new Set(Object.keys(manifest.datasets.services.items ?? {}));
const charted = seed.services.filter((s) => !apart.has(s.item));

function figuresOf(id: ChartId, lang: Lang): RegExp[] {
  if (id === 'services') return charted.map((s) => new RegExp(numberPattern(s.count, lang)));
  if (id === 'crime') return seed.crime.map((c) => changePattern(c.change_pct, lang));
  return seed.patrol.map((p) => figurePattern(p.officers_per_day, p.approx, lang));
}

function datasetOf(id: ChartId) {
  const ds = CHARTS[id].dataset;
  return ds === 'services'
    ? { id: ds, rows: seed.services }
    : ds === 'crime'
      ? { id: ds, rows: seed.crime }
      : { id: ds, rows: seed.patrol };
}

const rgb = (hex: string) =>
  `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  await browser?.close();
});

describe('embed pages with JavaScript off', () => {
  test('show the SVG, caption, figures, source and a keyboard table toggle', async () => {
    const server = await serveCopy();
    for (const id of CHART_IDS) {
      const meta = manifest.datasets[CHARTS[id].dataset];
      const { page } = await open(`${server.url}embed/${id}.html`, {
        javaScriptEnabled: false,
        viewport: { width: 360, height: 800 },
      });
      const body = await page.locator('body').innerText();
      expect(await page.locator('h1').innerText()).toBe(meta.title.zh);
      expect(body).toContain(meta.definition.zh);
      for (const ref of meta.sources) expect(body).toContain(manifest.sources[ref]!.title.zh);
      // One value is a figure card with its qualifier: nothing to compare, so no chart.
      if (datasetOf(id).rows.length === 1) {
        expect(await page.locator('[role="img"]').count(), id).toBe(0);
        const card = await page.locator('.figure-card').innerText();
        for (const figure of figuresOf(id, 'zh')) expect(card, id).toMatch(figure);
        continue;
      }
      const drawing = await shownDrawing(page);
      expect(drawing.count, id).toBe(1);
      expect(drawing.bars, id).toBeGreaterThan(0);
      for (const figure of figuresOf(id, 'zh')) expect(drawing.text, id).toMatch(figure);

      const chart = page.locator('[role="img"]');
      const caption = await page.locator('.caption').innerText();
      expect(await chart.getAttribute('aria-label')).toBe(caption);

      const table = page.locator('details table');
      expect(await table.isVisible()).toBe(false);
      await page.locator('details.table summary').focus();
      await page.keyboard.press('Enter');
      expect(await table.isVisible()).toBe(true);
      const tableText = await table.innerText();
      for (const figure of figuresOf(id, 'zh')) expect(tableText, id).toMatch(figure);
    }
  });

  test('the 大都市圈 count from data/services.csv is drawn into the page', async () => {
    const row = seed.services.find((s) => s.item === '大都市圈');
    expect(row).toBeDefined();
    const html = readFileSync(join(DIST, 'embed', 'services.html'), 'utf8');
    expect(html).toMatch(new RegExp(`<text[^>]*>${numberPattern(row!.count, 'zh')}</text>`));
  });
});

describe('embed parameters', () => {
  test('theme=dark and lang=en change what is drawn, with no error in the console', async () => {
    const server = await serveCopy();
    const label = (lang: Lang) => dataLabel(manifest.labels, lang, charted[0]!.item);

    const plain = await open(`${server.url}embed/services.html`);
    const before = await shownDrawing(plain.page);
    expect(before.text).toContain(label('zh'));
    expect(before.fills).toContain(PALETTES.light.series);

    const opened = await open(`${server.url}embed/services.html?lang=en&theme=dark`);
    const { page } = opened;
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    const after = await shownDrawing(page);
    expect(after.text).toContain(label('en'));
    expect(after.text).not.toContain(label('zh'));
    expect(after.fills).toContain(PALETTES.dark.series);
    expect(after.fills).not.toContain(PALETTES.light.series);
    for (const figure of figuresOf('services', 'en')) expect(after.text).toMatch(figure);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect([background, 'rgba(0, 0, 0, 0)']).toContain(background);
    expect(
      await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor),
    ).toBe(rgb(PALETTES.dark.background));
    expect(await page.locator('h1').innerText()).toBe(manifest.datasets.services.title.en);
    expectNoProblems(plain);
    expectNoProblems(opened);
  });

  test('theme=auto follows prefers-color-scheme', async () => {
    const server = await serveCopy();
    for (const scheme of ['dark', 'light'] as const) {
      const opened = await open(`${server.url}embed/crime.html?theme=auto`, {
        colorScheme: scheme,
      });
      await expect
        .poll(() => opened.page.evaluate(() => document.documentElement.dataset.theme))
        .toBe(scheme);
      expectNoProblems(opened);
    }
  });
});

describe('embeds in a host page on another origin', () => {
  async function hostPage(server: StaticServer) {
    const snippets = CHART_IDS.map((id) => {
      const model = buildEmbedModel(id, datasetOf(id), manifest, {
        lang: 'zh',
        theme: 'light',
        period: undefined,
      })!;
      return embedSnippet({
        src: embedUrl(server.url, id, { lang: 'zh', theme: 'light' }),
        script: new URL('embed.js', server.url).href,
        title: model.title,
        height: defaultFrameHeight(model),
      });
    });
    writeFileSync(
      join(server.root, 'forge.html'),
      `<!doctype html><title>forge</title><script>addEventListener('message', (e) => {
        if (e.data === 'forge') parent.postMessage({ type: 'putuo-embed:height', id: 'services', height: 1234 }, '*');
      });</script>`,
    );
    writeFileSync(
      join(server.root, 'host.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A news article</title><link rel="icon" href="data:,">
      <meta name="viewport" content="width=device-width, initial-scale=1"></head>
      <body style="margin:0;padding:8px"><h1>A news article</h1>
      ${snippets.join('\n<p>Article text between the charts.</p>\n')}
      <iframe id="forger" src="${server.url}forge.html" title="forger" style="height:40px"></iframe>
      </body></html>`,
    );
    // The host is served from localhost, the embeds from 127.0.0.1: two origins.
    return open(`${server.altUrl}host.html`, { viewport: { width: 360, height: 900 } });
  }

  /**
   * For each owned frame: its height on the host page and the height of its content. Each is
   * scrolled into view first: Chromium pauses rendering, and so ResizeObserver, in off-screen
   * cross-origin frames until the reader scrolls to them.
   */
  async function frameSizes(page: Page) {
    const frames = page.locator('iframe[data-putuo-embed]');
    const sizes: { frame: number; content: number; scrolls: boolean }[] = [];
    for (let i = 0; i < (await frames.count()); i++) {
      await frames.nth(i).scrollIntoViewIfNeeded();
      const element = await frames.nth(i).elementHandle();
      const frame = await element!.contentFrame();
      const inner = await frame!.evaluate(() => {
        const main = document.getElementById('embed');
        const root = document.documentElement;
        return {
          content: Math.ceil(main?.getBoundingClientRect().height ?? 0),
          scrolls: root.scrollHeight > root.clientHeight,
        };
      });
      const box = await element!.boundingBox();
      sizes.push({ frame: Math.round(box!.height), ...inner });
    }
    return sizes;
  }

  test('each frame follows its content between 360 and 1200 px; forged messages change nothing', async () => {
    const server = await serveCopy();
    const opened = await hostPage(server);
    const { page } = opened;
    const heights: Record<number, number[]> = {};
    for (const width of [360, 1200, 360]) {
      await page.setViewportSize({ width, height: 900 });
      await expect
        .poll(
          async () =>
            (await frameSizes(page)).filter(
              (s) => s.content === 0 || Math.abs(s.frame - s.content) > 1 || s.scrolls,
            ),
          { timeout: 10_000 },
        )
        .toEqual([]);
      heights[width] = (await frameSizes(page)).map((s) => s.frame);
    }
    expect(heights[360]).toHaveLength(CHART_IDS.length);
    expect(heights[360]).not.toEqual(heights[1200]);

    const settled = await frameSizes(page);
    await page.evaluate(() => {
      // Wrong origin: the host itself.
      window.postMessage({ type: 'putuo-embed:height', id: 'services', height: 1234 }, '*');
      // Right origin, wrong window: a frame from the embeds' site that no snippet made.
      (document.getElementById('forger') as HTMLIFrameElement).contentWindow!.postMessage(
        'forge',
        '*',
      );
    });
    await page.waitForTimeout(500);
    expect(await frameSizes(page)).toEqual(settled);
    expectNoProblems(opened);
  });

  test('without embed.js the snippet height shows the whole embed from 320 to 1200 px', async () => {
    const server = await serveCopy();
    for (const id of CHART_IDS) {
      for (const lang of ['zh', 'en'] as const) {
        const model = buildEmbedModel(id, datasetOf(id), manifest, {
          lang,
          theme: 'light',
          period: undefined,
        })!;
        const budget = defaultFrameHeight(model);
        const opened = await open(`${server.url}embed/${id}.html?lang=${lang}`, {
          viewport: { width: 320, height: 900 },
        });
        const { page } = opened;
        await expect.poll(() => page.locator('h1').innerText()).toBe(model.title);
        const measured: number[] = [];
        for (const width of [320, 439, 599, 799, 1200]) {
          await page.setViewportSize({ width, height: 900 });
          const size = await page.evaluate(() => ({
            height: document.getElementById('embed')!.getBoundingClientRect().height,
            overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          }));
          expect(size.overflow, `${id} ${lang} ${width}px`).toBeLessThanOrEqual(0);
          measured.push(size.height);
        }
        expect(Math.max(...measured), `${id} ${lang}: ${measured.join(', ')}`).toBeLessThanOrEqual(
          budget,
        );
        // Enough, but not a page of empty space below the chart.
        expect(budget, `${id} ${lang}`).toBeLessThan(Math.max(...measured) * 1.5);
      }
    }
  });

  test('with the headers of docs/hosting.md, the embeds frame anywhere, the dashboard nowhere', async () => {
    const server = await serveCopy();
    const dashboard = documentedHeaders('The dashboard');
    const embeds = documentedHeaders('The embeds');
    expect(dashboard['X-Frame-Options']).toBe('DENY');
    expect(embeds['Content-Security-Policy']).toContain('frame-ancestors *');
    server.setHeaders((path) =>
      path.startsWith('/embed/')
        ? embeds
        : path === '/' || path.startsWith('/index')
          ? dashboard
          : {},
    );
    writeFileSync(
      join(server.root, 'frames.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>frames</title>
      <link rel="icon" href="data:,"></head><body>
      <iframe id="embed" src="${server.url}embed/crime.html?lang=en&theme=dark" title="embed"></iframe>
      <iframe id="dashboard" src="${server.url}" title="dashboard"></iframe></body></html>`,
    );
    const opened = await open(`${server.altUrl}frames.html`);
    const { page } = opened;
    const frameOf = async (id: string) =>
      (await page.locator(`iframe#${id}`).elementHandle())!.contentFrame();
    const embed = (await frameOf('embed'))!;
    await expect
      .poll(() => embed.evaluate(() => document.documentElement.lang), { timeout: 10_000 })
      .toBe('en');
    expect(await embed.evaluate(() => document.querySelectorAll('.drawing svg').length)).toBe(
      SVG_WIDTHS.length,
    );
    const blocked = await frameOf('dashboard');
    await expect.poll(() => blocked?.url()).not.toBe(server.url);
    const { consoleErrors, pageErrors, failedRequests } = opened.problems;
    expect(consoleErrors.length).toBeGreaterThan(0);
    // Only the dashboard's refusal: the embed frame itself logs nothing under its policy.
    for (const error of consoleErrors)
      expect(error).toMatch(
        new RegExp(`Framing '${server.url}' violates .*frame-ancestors 'none'`),
      );
    expect(pageErrors).toEqual([]);
    expect(failedRequests).toEqual([`${server.url}: net::ERR_BLOCKED_BY_RESPONSE`]);
  });

  test('embed.js stays under 1 KB gzip', () => {
    expect(gzipSync(readFileSync(join(DIST, 'embed.js'))).length).toBeLessThan(KB);
  });
});

/** Every script the page loads, gzip-compressed as a server would send it. */
function scriptBytes(page: Page): () => Promise<number> {
  const sizes: Promise<number>[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script')
      sizes.push(
        r.body().then(
          (b) => gzipSync(b).length,
          () => 0,
        ),
      );
  });
  return async () => (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
}

async function openCounting(url: string, options?: Parameters<typeof openPage>[2]) {
  const context = await browser.newContext({
    locale: 'zh-CN',
    reducedMotion: 'reduce',
    acceptDownloads: true,
    ...options,
  });
  cleanups.push(() => context.close());
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  const bytes = scriptBytes(page);
  await page.goto(url, { waitUntil: 'networkidle' });
  return { page, errors, bytes };
}

describe('the embed script', () => {
  test('loads no ECharts when the data is unchanged, and stays within 150 KB gzip', async () => {
    const server = await serveCopy();
    const { page, errors, bytes } = await openCounting(`${server.url}embed/services.html`);
    const before = await bytes();
    const tip = page.locator('.tooltip');
    // As ECharts' axis tooltip: anywhere in a category's row, not only on its (maybe tiny) bar.
    const index = charted.findIndex((s) => s.item === '大都市圈');
    const bar = page.locator(`.drawing:visible [ecmeta_data_index="${index}"]`).first();
    const box = (await bar.boundingBox())!;
    const chart = (await page.locator('.chart').boundingBox())!;
    await page.mouse.move(chart.x + chart.width - 8, box.y + box.height / 2);
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.innerText()).toMatch(new RegExp(numberPattern(charted[index]!.count, 'zh')));
    await page.locator('details.table summary').click();
    const download = page.waitForEvent('download');
    await page.locator('button[data-png]').click();
    const png = readFileSync(await (await download).path());
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThan(320);
    await page.waitForLoadState('networkidle');
    const after = await bytes();
    console.log(
      `embed JS, gzip: ${(before / KB).toFixed(1)} KB at load, ${(after / KB).toFixed(1)} KB after interaction`,
    );
    // Saving the picture loads its own few KB on the click; ECharts (some 200 KB) never loads.
    expect(after - before).toBeGreaterThan(0);
    expect(after - before).toBeLessThan(10 * KB);
    expect(after).toBeLessThanOrEqual(150 * KB);
    expect(errors).toEqual([]);
  });

  test('the CSV download is the chart data in the data/ format: BOM, header, every row', async () => {
    const server = await serveCopy();
    const { page } = await openCounting(`${server.url}embed/services.html`);
    const download = page.waitForEvent('download');
    await page.locator('details.get-data summary').click();
    await page.locator('.get-data a[download$=".csv"]').first().click();
    const csv = readFileSync(await (await download).path(), 'utf8');
    expect(csv.startsWith('\uFEFFperiod,item,count\n')).toBe(true);
    const expected = toCsv(
      ['period', 'item', 'count'],
      charted.map((s) => [s.period, s.item, String(s.count)]),
    );
    expect(csv.slice(1)).toBe(expected);
  });

  test('redraws with the figures of a data/services.csv replaced on the host', async () => {
    const server = await serveCopy();
    const largest = charted.reduce((a, b) => (b.count > a.count ? b : a));
    const bumped = largest.count + 1;
    const rows = seed.services.map((s) => [
      s.period,
      s.item,
      String(s === largest ? bumped : s.count),
    ]);
    writeFileSync(
      join(server.root, 'data', 'services.csv'),
      toCsv(['period', 'item', 'count'], rows),
    );
    const { page, errors, bytes } = await openCounting(`${server.url}embed/services.html?lang=en`);
    await expect
      .poll(async () => (await shownDrawing(page)).text, { timeout: 15_000 })
      .toMatch(new RegExp(numberPattern(bumped, 'en')));
    const drawn = await shownDrawing(page);
    expect(drawn.text).not.toMatch(new RegExp(numberPattern(largest.count, 'en')));
    expect(drawn.text).toContain(dataLabel(manifest.labels, 'en', largest.item));
    expect(await page.locator('table').textContent()).toMatch(
      new RegExp(numberPattern(bumped, 'en')),
    );
    await page.waitForLoadState('networkidle');
    console.log(`embed JS with a redraw, gzip: ${((await bytes()) / KB).toFixed(1)} KB`);
    expect(errors).toEqual([]);
  });

  test('axe-core finds no violation, in Chinese light and English dark, table open', async () => {
    const server = await serveCopy();
    for (const query of ['', '?lang=en&theme=dark']) {
      for (const id of CHART_IDS) {
        const opened = await open(`${server.url}embed/${id}.html${query}`);
        const { page } = opened;
        if (query)
          await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
        for (const summary of await page.locator('details summary').all()) await summary.click();
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((v) => `${id}${query}: ${v.id} ${v.help}`)).toEqual([]);
        expectNoProblems(opened);
      }
    }
    // Six pages, each opened, its details opened and analysed: about 8 s of axe a page on a busy machine.
  }, 180_000);
});

describe('the embed dialog on the dashboard', () => {
  test('gives a snippet for the current view, copies it, previews it and closes on Esc', async () => {
    const server = await serveCopy();
    const opened = await open(server.url, { permissions: ['clipboard-read', 'clipboard-write'] });
    const { page } = opened;
    await page.locator('[data-panel="services"] .embed-button').waitFor();
    await page.locator('button', { hasText: /^\s*English\s*$/ }).click();
    const button = page.locator('[data-panel="services"] .embed-button');
    await button.click();
    const dialog = page.getByRole('dialog', {
      name: `Embed “${manifest.datasets.services.title.en}”`,
    });
    await dialog.waitFor();

    const snippet = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
    const src = /src="([^"]+)"/.exec(snippet)?.[1]?.replace(/&amp;/g, '&') ?? '';
    const url = new URL(src);
    expect(url.href.startsWith(`${server.url}embed/services.html?`)).toBe(true);
    expect(url.searchParams.get('lang')).toBe('en');
    expect(snippet).toContain(`<script async src="${server.url}embed.js"></script>`);

    const preview = dialog.locator('iframe');
    expect(await preview.getAttribute('src')).toBe(src);
    const frame = await (await preview.elementHandle())!.contentFrame();
    await expect.poll(() => frame!.evaluate(() => document.documentElement.lang)).toBe('en');
    const content = await frame!.evaluate(() =>
      Math.ceil(document.getElementById('embed')!.getBoundingClientRect().height),
    );
    await expect
      .poll(async () => Math.round((await preview.boundingBox())!.height))
      .toBeGreaterThanOrEqual(content);

    await dialog.getByRole('button', { name: 'Copy code' }).click();
    await expect.poll(() => dialog.getByRole('status').innerText()).toBe('Copied to the clipboard');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
    expect(
      (await new AxeBuilder({ page }).include('dialog').analyze()).violations.map((v) => v.id),
    ).toEqual([]);

    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
    expectNoProblems(opened);
  });
});
