import { AxeBuilder } from '@axe-core/playwright';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** Everything a reader would never see but a broken page leaves behind. */
export interface Problems {
  consoleErrors: string[];
  pageErrors: string[];
  failedRequests: string[];
}

export function problemCount(p: Problems): number {
  return p.consoleErrors.length + p.pageErrors.length + p.failedRequests.length;
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  problems: Problems;
  close(): Promise<void>;
}

function watch(page: Page): Problems {
  const problems: Problems = { consoleErrors: [], pageErrors: [], failedRequests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') problems.consoleErrors.push(`${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => problems.pageErrors.push(e.stack ?? e.message));
  page.on('requestfailed', (r) => {
    const reason = r.failure()?.errorText ?? 'failed';
    // A reload cancels the fetches still in flight; that is the browser, not the app.
    if (reason !== 'net::ERR_ABORTED') problems.failedRequests.push(`${r.url()}: ${reason}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.failedRequests.push(`${r.url()}: HTTP ${r.status()}`);
  });
  return problems;
}

/**
 * A page in its own context (AxeBuilder needs one made by `browser.newContext()`),
 * with motion reduced and every console error, page error and failed request recorded.
 */
export async function openPage(
  browser: Browser,
  url: string,
  options: BrowserContextOptions = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1280, height: 900 },
    reducedMotion: 'reduce',
    ...options,
  });
  const page = await context.newPage();
  const problems = watch(page);
  await page.goto(url, { waitUntil: 'load' });
  return { context, page, problems, close: () => context.close() };
}

/**
 * The charts the board draws on the bundled data: services and crime. Patrol holds one value,
 * which is a figure card, not a one-bar chart.
 */
export const BOARD_CHARTS = 2;

export interface ChartState {
  label: string;
  kind: 'svg' | 'canvas' | 'none';
  marks: number;
}

/**
 * For every chart box in a panel (the board's and embed's data-chart, the wall's
 * data-wall-chart): what it drew so far. ECharts' own aria element inside it is not another chart.
 */
export function chartStates(page: Page): Promise<ChartState[]> {
  return page.evaluate(() =>
    Array.from(
      document.querySelectorAll('[data-panel] [data-chart], [data-panel] [data-wall-chart]'),
    ).map((chart) => {
      const label = chart.getAttribute('aria-label') ?? '';
      // A pre-rendered chart holds one drawing per width, all but the shown one hidden.
      const svg = Array.from(chart.querySelectorAll('svg')).find(
        (s) => s.getBoundingClientRect().width > 0,
      );
      if (svg) {
        const shapes = svg.querySelectorAll('path, rect, circle, ellipse, polygon, polyline, line');
        const marks = Array.from(shapes).filter((s) => {
          const box = (s as SVGGraphicsElement).getBBox();
          return box.width > 0 || box.height > 0;
        }).length;
        return { label, kind: 'svg' as const, marks };
      }
      const canvas = chart.querySelector('canvas');
      if (canvas && canvas.width > 0 && canvas.height > 0) {
        const pixels = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height);
        let marks = 0;
        for (let i = 3; pixels && i < pixels.data.length; i += 4) if (pixels.data[i]! > 0) marks++;
        return { label, kind: 'canvas' as const, marks };
      }
      return { label, kind: 'none' as const, marks: 0 };
    }),
  );
}

/**
 * Waits until at least `min` charts exist and every one has drawn a mark, and the app has taken
 * over a pre-rendered page (its build-time charts are drawn before any script runs) and has
 * no loaded panel still waiting for its code.
 */
export async function waitForCharts(
  page: Page,
  min = 1,
  timeoutMs = 20_000,
): Promise<ChartState[]> {
  const deadline = Date.now() + timeoutMs;
  let states: ChartState[] = [];
  while (Date.now() < deadline) {
    states = await chartStates(page);
    const running = await page.evaluate(
      () =>
        !document.querySelector('#root[data-prerendered]') &&
        // A loaded panel still waiting for its code (the lazy cases table) is not ready either.
        !document.querySelector('[data-panel]:not([aria-busy="true"]) .skeleton'),
    );
    if (running && states.length >= min && states.every((s) => s.marks > 0)) return states;
    await page.waitForTimeout(100);
  }
  throw new Error(`charts not drawn within ${timeoutMs} ms: ${JSON.stringify(states)}`);
}

/** axe-core violations a reader would be blocked by: impact serious or critical. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => {
      const where = v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ');
      return `${v.id} (${v.impact}): ${v.help} at ${where}`;
    });
}
