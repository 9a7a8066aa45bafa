import type { Browser } from 'playwright-core';
import { throttledPhonePage } from './first-chart';

/** Records, inside the page on every frame and DOM change, when each figure is on screen. */
const WATCH = (old: string, fresh: string) => `(() => {
  const seen = { oldFirst: -1, oldLast: -1, freshFirst: -1 };
  window.__figures = seen;
  const look = () => {
    const text = document.documentElement ? document.documentElement.textContent || '' : '';
    const now = performance.now();
    if (text.includes(${JSON.stringify(old)})) { if (seen.oldFirst < 0) seen.oldFirst = now; seen.oldLast = now; }
    if (text.includes(${JSON.stringify(fresh)}) && seen.freshFirst < 0) seen.freshFirst = now;
  };
  new MutationObserver(look).observe(document, { subtree: true, childList: true, characterData: true });
  const tick = () => { look(); requestAnimationFrame(tick); };
  tick();
})();`;

/** Opens `url` on the throttled phone profile and reports how long `old` was visible. */
export async function watchStaleFigure(browser: Browser, url: string, old: number, fresh: number) {
  const { context, page } = await throttledPhonePage(browser);
  await page.addInitScript(WATCH(`全城通办${old}件`, `全城通办${fresh}件`));
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  // Long enough for the scripts to load and the charts to redraw on the slow profile.
  await page.waitForTimeout(6_000);
  const seen = (await page.evaluate(
    () => (window as unknown as { __figures: Record<string, number> }).__figures,
  )) as {
    oldFirst: number;
    oldLast: number;
    freshFirst: number;
  };
  await context.close();
  return {
    staleMs: seen.oldFirst < 0 ? 0 : Math.round(seen.oldLast - seen.oldFirst),
    oldSeen: seen.oldFirst >= 0,
    freshAt: seen.freshFirst,
  };
}
