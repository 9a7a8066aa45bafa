import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { PALETTES } from '../../src/charts/theme';
import { citationsOf, citationText } from '../../src/i18n/citations';
import { embedUrl, type UrlState } from '../../src/store/url-state';
import { openPage, type OpenedPage } from './browser';
import { readSeed } from './seed-figures';
import { distPerFile } from './dist-per-file';

const { manifest } = readSeed();
/** The host page's own background: what a transparent frame must show. */
const HOST_RGB = [200, 40, 160] as const;

const site = distPerFile();
const { cleanups } = site;

async function open(url: string, options?: Parameters<typeof openPage>[2]): Promise<OpenedPage> {
  const opened = await openPage(site.browser, url, options);
  cleanups.push(opened.close);
  return opened;
}

/** A host page with a coloured background and one frame of the services embed. */
async function hostWith(state: Partial<UrlState>): Promise<{ opened: OpenedPage; frame: Frame }> {
  const name = `host-${Object.keys(state).join('-')}.html`;
  writeFileSync(
    join(site.server.root, name),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title><link rel="icon" href="data:,"></head>
    <body style="margin:0;background:rgb(${HOST_RGB.join(',')})">
    <iframe src="${embedUrl(site.server.url, 'services', state)}" title="chart" style="display:block;width:600px;height:700px;border:0"></iframe>
    </body></html>`,
  );
  const opened = await open(`${site.server.altUrl}${name}`, {
    viewport: { width: 800, height: 800 },
  });
  const frame = await (await opened.page.locator('iframe').elementHandle())!.contentFrame();
  await frame!.locator('#embed .chart').waitFor();
  return { opened, frame: frame! };
}

/** The colour of one screen pixel, read back from a real screenshot. */
async function pixel(page: Page, x: number, y: number): Promise<number[]> {
  const png = await page.screenshot({ clip: { x, y, width: 1, height: 1 } });
  return page.evaluate(async (b64) => {
    const img = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
    const canvas = new OffscreenCanvas(1, 1);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    return Array.from(ctx.getImageData(0, 0, 1, 1).data.slice(0, 3));
  }, png.toString('base64'));
}

const rgb = (hex: string) =>
  `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
const visible = (frame: Frame, selector: string) => frame.locator(selector).first().isVisible();

describe('embed flags', () => {
  test('plain=1 drops the title, caption, definition and footer; the period and source stay', async () => {
    const { frame: full } = await hostWith({});
    const { opened, frame } = await hostWith({ plain: true });
    await expect.poll(() => visible(frame, 'h1')).toBe(false);
    for (const gone of ['.caption', '.facts .definition', '.as-of', '.actions'])
      expect(await visible(frame, gone), gone).toBe(false);
    expect(await visible(frame, '.chart')).toBe(true);
    const source = await frame.locator('.facts .source').innerText();
    for (const c of citationsOf(manifest, 'services', 'zh'))
      expect(source).toContain(citationText(c));
    expect(await visible(frame, '.facts .period')).toBe(true);
    // Without the flag, the same page has them all.
    for (const shown of ['h1', '.caption', '.facts .definition', '.as-of', '.actions'])
      expect(await visible(full, shown), shown).toBe(true);
    expect(opened.problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
  });

  test('transparent=1 lets the host background through, in the light and the dark theme', async () => {
    // The frame's top-left corner is the embed's padding: background, never ink.
    const { opened: solid } = await hostWith({});
    expect(await pixel(solid.page, 3, 3)).toEqual([255, 255, 255]);
    for (const theme of ['light', 'dark'] as const) {
      const { opened, frame } = await hostWith({ transparent: true, theme });
      await expect
        .poll(() => frame.evaluate(() => document.documentElement.dataset.theme))
        .toBe(theme);
      await expect.poll(() => pixel(opened.page, 3, 3)).toEqual([...HOST_RGB]);
      expect(opened.problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
    }
  });

  test("theme=auto follows the reader's colour scheme inside the frame, as it changes", async () => {
    const { opened, frame } = await hostWith({ theme: 'auto' });
    const background = () =>
      frame.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    for (const scheme of ['dark', 'light', 'dark'] as const) {
      await opened.page.emulateMedia({ colorScheme: scheme });
      await expect
        .poll(() => frame.evaluate(() => document.documentElement.dataset.theme))
        .toBe(scheme);
      await expect.poll(background).toBe(rgb(PALETTES[scheme].background));
      expect(await frame.locator('h1').innerText()).toBe(manifest.datasets.services.title.zh);
    }
    expect(opened.problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
  });

  test('the snippet dialog offers the flags; the snippet and its live preview follow them', async () => {
    const opened = await open(site.server.url);
    const { page } = opened;
    await page.locator('[data-panel="services"] .embed-button').click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const snippet = () => dialog.getByRole('textbox', { name: '嵌入代码' }).inputValue();
    const preview = dialog.locator('iframe');
    const src = async () => new URL((await preview.getAttribute('src')) ?? '');
    const inPreview = async <T>(fn: () => T) => {
      const frame = await (await preview.elementHandle())!.contentFrame();
      return frame!.evaluate(fn);
    };
    expect((await src()).searchParams.get('plain')).toBeNull();

    await dialog.getByRole('checkbox', { name: /不显示标题和页脚/ }).check();
    await expect.poll(async () => (await src()).searchParams.get('plain')).toBe('1');
    expect(await snippet()).toContain('plain=1');
    await expect
      .poll(() => inPreview(() => getComputedStyle(document.querySelector('h1')!).display))
      .toBe('none');

    await dialog.getByRole('checkbox', { name: /透明背景/ }).check();
    await expect.poll(async () => (await src()).searchParams.get('transparent')).toBe('1');
    await expect
      .poll(() => inPreview(() => getComputedStyle(document.documentElement).backgroundColor))
      .toBe('rgba(0, 0, 0, 0)');

    await dialog.getByRole('checkbox', { name: /深色 \/ 浅色/ }).check();
    await expect.poll(async () => (await src()).searchParams.get('theme')).toBe('auto');
    expect(await snippet()).toContain('theme=auto');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => inPreview(() => document.documentElement.dataset.theme)).toBe('dark');

    await dialog.getByRole('checkbox', { name: /不显示标题和页脚/ }).uncheck();
    await expect
      .poll(() => inPreview(() => getComputedStyle(document.querySelector('h1')!).display))
      .not.toBe('none');
    expect(await snippet()).not.toContain('plain=1');
    expect(opened.problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
  });
});
