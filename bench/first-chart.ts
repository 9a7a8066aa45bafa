import type { Browser } from 'playwright-core';

/** The throttled phone profile the issues name: 4× CPU, 150 ms RTT, 1.6 Mbit/s, no cache, 412×823. */
export const PHONE = {
  width: 412,
  height: 823,
  latencyMs: 150,
  bitsPerSecond: 1.6e6,
  cpuSlowdown: 4,
};

/**
 * Records, inside the page, the first moment a chart has marks: an SVG with
 * shapes or a canvas with painted pixels, under a chart's role="img" element.
 */
const WATCH_FIRST_CHART = `(() => {
  const painted = (c) => {
    try {
      const ctx = c.getContext('2d');
      if (!ctx || c.width === 0 || c.height === 0) return false;
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      for (let i = 3; i < d.length; i += 64) if (d[i] !== 0) return true;
    } catch { return false; }
    return false;
  };
  const drawn = () => {
    for (const el of document.querySelectorAll('[role="img"]')) {
      if (el.querySelector('svg path, svg rect')) return true;
      for (const c of el.querySelectorAll('canvas')) if (painted(c)) return true;
      if (el instanceof HTMLCanvasElement && painted(el)) return true;
    }
    return false;
  };
  const tick = () => {
    if (drawn()) window.__firstChartMs = performance.now();
    else requestAnimationFrame(tick);
  };
  if (document.readyState === 'loading') document.addEventListener('readystatechange', tick, { once: true });
  requestAnimationFrame(tick);
})();`;

/** A fresh page on the throttled phone profile: its network, CPU and screen, with no cache. */
export async function throttledPhonePage(browser: Browser) {
  const context = await browser.newContext({
    viewport: { width: PHONE.width, height: PHONE.height },
    deviceScaleFactor: 2.625,
    isMobile: true,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: PHONE.latencyMs,
    downloadThroughput: PHONE.bitsPerSecond / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
  return { context, page };
}

export async function firstChartMs(browser: Browser, url: string): Promise<number> {
  const { context, page } = await throttledPhonePage(browser);
  await page.addInitScript(WATCH_FIRST_CHART);
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(
    () => (window as unknown as { __firstChartMs?: number }).__firstChartMs,
    undefined,
    {
      timeout: 60_000,
      polling: 50,
    },
  );
  const ms = Number(await handle.jsonValue());
  await context.close();
  return ms;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
