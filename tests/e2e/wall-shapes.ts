import type { Browser, Page } from 'playwright-core';
import { openPage, waitForCharts, type OpenedPage } from './browser';

/** The screens a command centre's wall may be (issue 12), each a CSS size at a pixel ratio. */
export interface WallShape {
  name: string;
  width: number;
  height: number;
  dpr: number;
}

export const WALL_SHAPES: readonly WallShape[] = [
  { name: '1920x1080', width: 1920, height: 1080, dpr: 1 },
  { name: '3840x1080', width: 3840, height: 1080, dpr: 1 },
  { name: '7680x2160', width: 7680, height: 2160, dpr: 1 },
  { name: '1080x1920', width: 1080, height: 1920, dpr: 1 },
  // 1920×1080 at Windows' 150%: the CSS viewport shrinks.
  { name: '1280x720-dpr1.5', width: 1280, height: 720, dpr: 1.5 },
];

/** Services and crime; patrol's one value is a figure card. */
export const CHARTS_ON_WALL = 2;

/** The wall opened at one shape, motion off, once its charts are drawn. */
export async function openWallAt(
  browser: Browser,
  url: string,
  shape: Pick<WallShape, 'width' | 'height' | 'dpr'>,
): Promise<OpenedPage> {
  const opened = await openPage(browser, url, {
    viewport: { width: shape.width, height: shape.height },
    deviceScaleFactor: shape.dpr,
    reducedMotion: 'reduce',
  });
  // The built index.html holds the board pre-rendered; the wall replaces it once data/ is read.
  await opened.page.locator('.wall-head').waitFor({ timeout: 30_000 });
  await waitForCharts(opened.page, CHARTS_ON_WALL, 30_000);
  return opened;
}

/** The layout facts the wall must meet at any screen size. */
export function layoutFacts(page: Page) {
  return page.evaluate(() => {
    const doc = document.documentElement;
    const regions = [
      '.wall-head',
      '.wall-main',
      '.wall-notes',
      '.wall-kpis',
      '.wall-case-list',
    ].flatMap((s) => Array.from(document.querySelectorAll<HTMLElement>(s)));
    const textSizes: number[] = [];
    for (const el of document.querySelectorAll<Element>('.wall *')) {
      const own = Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.textContent?.trim());
      if (own && (el as HTMLElement).offsetParent !== null)
        textSizes.push(parseFloat(getComputedStyle(el).fontSize));
    }
    for (const text of document.querySelectorAll('.wall svg text'))
      textSizes.push(parseFloat(getComputedStyle(text).fontSize));
    const charts = Array.from(
      document.querySelectorAll<HTMLElement>('[data-wall-chart]'),
      (box) => {
        const svg = box.querySelector('svg');
        const b = box.getBoundingClientRect();
        const s = svg?.getBoundingClientRect();
        return {
          box: [b.width, b.height],
          drawn: [s?.width ?? 0, s?.height ?? 0],
          attr: [Number(svg?.getAttribute('width')), Number(svg?.getAttribute('height'))],
        };
      },
    );
    // HTML boxes only: inside the SVG, ECharts places its shapes with transform attributes.
    const transformed = Array.from(document.querySelectorAll('.wall, .wall *')).filter(
      (el) => el instanceof HTMLElement && getComputedStyle(el).transform !== 'none',
    ).length;
    return {
      dpr: window.devicePixelRatio,
      overflowX: doc.scrollWidth - doc.clientWidth,
      overflowY: doc.scrollHeight - doc.clientHeight,
      clipped: regions.filter((r) => r.scrollHeight > r.clientHeight + 1).map((r) => r.className),
      minText: Math.min(...textSizes),
      texts: textSizes.length,
      charts,
      transformed,
    };
  });
}
