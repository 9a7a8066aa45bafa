/**
 * npm run bench:soak — the wall display through many refresh cycles with changing data.
 *
 * Serves a throw-away copy of dist/ whose data/services.csv is rewritten before every
 * cycle with SYNTHETIC counts (and whose datasets.json says so in the services title),
 * opens ?mode=wall with a refresh interval of a fraction of a second, and prints the JS
 * heap after garbage collection, the DOM counters and the ECharts instances at the start,
 * after a warm-up and at the end. Targets: heap growth under 10%, counts flat.
 *
 * The first refreshes grow the JS heap by V8 compiling the hot code (code space, measured
 * with heap snapshots); the target is judged from the end of that warm-up. Heap snapshots
 * from cycle 100 to 600 found JS objects flat and the growth in optimised code. Blink's own
 * heap is printed too: its growth here is blink::PlainTextNode (the shaped text the canvas
 * measures for ECharts; every refresh brings new numbers) and DevTools' network buffer
 * (NetworkResourcesData, one entry per fetched file), which only exists because Playwright
 * watches the page. A critical memory-pressure signal, sent after the end sample, frees
 * neither: the last row shows it.
 *
 * SOAK_CYCLES (default 2000) and SOAK_REFRESH_MIN (default 0.002 min = 120 ms) tune it.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { writeUrlState } from '../src/store/url-state';
import { launchBrowser } from '../tests/e2e/browser';
import { toCsv } from '../tests/e2e/seed-figures';
import { startStaticServer, tempCopy } from '../tests/e2e/static-server';

const CYCLES = Number(process.env.SOAK_CYCLES ?? 2000);
const REFRESH_MIN = Number(process.env.SOAK_REFRESH_MIN ?? 0.002);
const WARM_UP = Math.min(100, Math.floor(CYCLES / 10));
const SAMPLE_EVERY = Number(process.env.SOAK_SAMPLE_EVERY ?? 500);
const dist = resolve('dist');

if (!existsSync(join(dist, 'index.html'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const ITEMS = ['合成数据甲', '合成数据乙', '合成数据丙', '合成数据丁', '合成数据戊', '合成数据己'];

/** Deterministic pseudo-random counts, so two runs see the same data. */
function syntheticServices(cycle: number, items: number): string {
  const rows = ITEMS.slice(0, items).map((item, i) => {
    const x = Math.sin(cycle * 12.9898 + i * 78.233) * 43758.5453;
    return ['2021', item, String(Math.floor((x - Math.floor(x)) * 9000) + 100)];
  });
  return toCsv(['period', 'item', 'count'], rows);
}

/** Written whole and renamed into place, so a refresh never reads half a file. */
function writeAtomic(file: string, text: string) {
  writeFileSync(file + '.tmp', text);
  renameSync(file + '.tmp', file);
}

interface Sample {
  label: string;
  cycle: number;
  heapMb: number;
  /** Blink's own garbage-collected heap (DOM, layout, text shaping caches). */
  embedderMb: number;
  nodes: number;
  elements: number;
  listeners: number;
  instances: number;
}

/**
 * The page is counted with its banner empty. At a refresh every 120 ms the wall calls its data
 * stale after 360 ms without a good read, and on a loaded machine the first, cold refreshes
 * (or the forced collections just before) can take that long: the staleness notice is then
 * one more element, shown for a second and gone, which is the wall working, not a leak.
 */
async function sample(page: Page, cdp: CDPSession, label: string, cycle: number): Promise<Sample> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const found = await page.waitForFunction(
    () =>
      document.querySelector<HTMLElement>('.wall-banner')?.hidden && {
        elements: document.getElementsByTagName('*').length,
        instances: document.querySelectorAll('[_echarts_instance_]').length,
      },
    undefined,
    { polling: 10, timeout: 30_000 },
  );
  const dom = (await found.jsonValue()) as { elements: number; instances: number };
  const counters = await cdp.send('Memory.getDOMCounters');
  return {
    label,
    cycle,
    heapMb: heap.usedSize / 2 ** 20,
    embedderMb: heap.embedderHeapUsedSize / 2 ** 20,
    nodes: counters.nodes,
    elements: dom.elements,
    listeners: counters.jsEventListeners,
    instances: dom.instances,
  };
}

const site = tempCopy(dist);
const csv = join(site.dir, 'data', 'services.csv');
const manifestFile = join(site.dir, 'data', 'datasets.json');
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as {
  datasets: { services: { title: { zh: string; en: string } } };
};
manifest.datasets.services.title.zh = `【合成数据，仅供测试】${manifest.datasets.services.title.zh}`;
manifest.datasets.services.title.en = `[SYNTHETIC test data] ${manifest.datasets.services.title.en}`;
writeFileSync(manifestFile, JSON.stringify(manifest));
writeAtomic(csv, syntheticServices(0, 5));

const server = await startStaticServer(site.dir);
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const cdp = await page.context().newCDPSession(page);
  const url = `${server.url}?${writeUrlState({ mode: 'wall', refresh: REFRESH_MIN })}`;
  await page.goto(url);
  const count = () =>
    page.evaluate(() =>
      Number(document.querySelector('.wall')?.getAttribute('data-refresh-count')),
    );
  const waitFor = (n: number) =>
    page.waitForFunction(
      (target) =>
        Number(document.querySelector('.wall')?.getAttribute('data-refresh-count')) >= target,
      n,
      { polling: 10, timeout: 60_000 },
    );
  await waitFor(1);
  await page.waitForSelector('[data-panel="services"] svg text');

  const samples: Sample[] = [await sample(page, cdp, 'start', 0)];
  const base = await count();
  const started = Date.now();
  for (let cycle = 1; cycle <= CYCLES; cycle++) {
    // A sixth item now and then, so the chart's shape changes too; the last cycle is as the first.
    const items = cycle === CYCLES ? 5 : cycle % 7 === 0 ? 6 : 5;
    writeAtomic(csv, cycle === CYCLES ? syntheticServices(0, 5) : syntheticServices(cycle, items));
    // One refresh per cycle: it reads this file, or the one before if it had already started.
    await waitFor(base + cycle);
    if (cycle === WARM_UP) samples.push(await sample(page, cdp, 'after warm-up', cycle));
    else if (cycle % SAMPLE_EVERY === 0 && cycle < CYCLES)
      samples.push(await sample(page, cdp, 'during', cycle));
    if (cycle % 250 === 0) process.stdout.write(`  ${cycle}/${CYCLES} cycles\n`);
  }
  const seconds = (Date.now() - started) / 1000;
  samples.push(await sample(page, cdp, 'end', CYCLES));
  // A failed read stays on the banner until a read succeeds; staleness (no good read for
  // 360 ms) comes and goes with the machine's load, and the end sample already waited it out.
  const notices = await page
    .locator('.wall-banner [data-notice]')
    .evaluateAll((ps) => ps.map((p) => p.getAttribute('data-notice')));
  const failures = notices.filter((n) => n !== 'stale');
  // Not judged: whether Blink's growth is caches it lets go of when memory runs short.
  await cdp.send('Memory.simulatePressureNotification', { level: 'critical' });
  const pressed = await sample(page, cdp, 'end, after memory pressure', CYCLES);
  const refreshes = (await count()) - base;

  console.log(
    `\n# Wall soak: ${CYCLES} cycles (data rewritten each), ${refreshes} refreshes in ${seconds.toFixed(0)} s ` +
      `(refresh every ${(REFRESH_MIN * 60_000).toFixed(0)} ms), Chromium, 1920×1080`,
  );
  console.log(
    'point\tcycle\tJS heap MB (after GC)\tBlink heap MB\tDOM nodes\telements\tJS listeners\tECharts instances',
  );
  for (const s of [...samples, pressed])
    console.log(
      [
        s.label,
        s.cycle,
        s.heapMb.toFixed(2),
        s.embedderMb.toFixed(2),
        s.nodes,
        s.elements,
        s.listeners,
        s.instances,
      ].join('\t'),
    );
  const start = samples[0]!;
  const warm = samples.find((s) => s.label === 'after warm-up') ?? start;
  const end = samples.at(-1)!;
  const growth = (a: number, b: number) => `${(((b - a) / a) * 100).toFixed(1)}%`;
  console.log(
    `\nJS heap growth after warm-up (cycle ${warm.cycle})→end ${growth(warm.heapMb, end.heapMb)} ` +
      `(target < 10%); start→end ${growth(start.heapMb, end.heapMb)}, mostly compiled code`,
  );
  console.log(
    `DOM nodes ${start.nodes}→${end.nodes}, elements ${start.elements}→${end.elements}, ` +
      `ECharts instances ${start.instances}→${end.instances} (target: flat)`,
  );
  console.log(
    `Blink heap start→end ${start.embedderMb.toFixed(2)}→${end.embedderMb.toFixed(2)} MB, ` +
      `${pressed.embedderMb.toFixed(2)} MB after a critical memory-pressure signal (not judged)`,
  );
  console.log(
    `failure banner at the end: ${failures.length ? failures.join(', ') : 'none'}` +
      `${notices.includes('stale') ? ' (stale notice shown)' : ''}; page errors: ${errors.length}`,
  );
  const ok =
    (end.heapMb - warm.heapMb) / warm.heapMb < 0.1 &&
    end.instances === start.instances &&
    end.elements === start.elements &&
    failures.length === 0 &&
    errors.length === 0;
  console.log(ok ? 'PASS' : 'FAIL');
  process.exitCode = ok ? 0 : 1;
} finally {
  await browser.close();
  await server.close();
  site.remove();
}
