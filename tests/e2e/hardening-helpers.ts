import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContextOptions, Frame, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { translator } from '../../src/i18n/translate';
import { FLAG } from '../fixtures/hostile/payloads';
import { openPage, type OpenedPage } from './browser';
import { startStaticServer, tempCopy, type StaticServer } from './static-server';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = join(ROOT, 'dist');
export const t = translator('zh');

import type { Cleanup } from './session';

export type { Cleanup };

const COMPLETE = ['index.html', 'embed/services.html', 'embed/crime.html', 'embed/patrol.html'];
let snapshot: Promise<string> | undefined;

/**
 * dist/ as it is once complete, copied once per test file: another build writing dist/ beside
 * the tests (a shared checkout) then changes nothing under them.
 */
export function builtSite(): Promise<string> {
  snapshot ??= (async () => {
    for (let waited = 0; waited < 120_000; waited += 500) {
      if (COMPLETE.every((f) => existsSync(join(DIST, f)))) {
        const copy = tempCopy(DIST);
        if (COMPLETE.every((f) => existsSync(join(copy.dir, f)))) {
          process.once('exit', copy.remove);
          return copy.dir;
        }
        copy.remove();
      }
      await new Promise((done) => setTimeout(done, 500));
    }
    throw new Error('dist/ is not complete: run npm run build');
  })();
  return snapshot;
}

/** A throw-away copy of the built site on its own server, with some data/ files replaced. */
export async function serveSite(
  cleanups: Cleanup[],
  data: Record<string, string | Uint8Array> = {},
): Promise<StaticServer> {
  const site = tempCopy(await builtSite());
  for (const [file, body] of Object.entries(data))
    writeFileSync(join(site.dir, 'data', file), body);
  const server = await startStaticServer(site.dir);
  cleanups.push(() => server.close(), site.remove);
  return server;
}

/** The headers a section of docs/hosting.md tells hosts to send. */
export function documentedHeaders(heading: string): Record<string, string> {
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

/**
 * Serves the site as docs/hosting.md says: the embed rules under /embed/, the dashboard's on
 * every other path, assets and the worker included. Paths under /host/ stand for another site
 * framing the embeds, so they get no headers.
 */
export function sendDocumentedHeaders(server: StaticServer) {
  const dashboard = documentedHeaders('The dashboard');
  const embeds = documentedHeaders('The embeds');
  server.setHeaders((path) => {
    if (path.startsWith('/embed/')) return embeds;
    if (path.startsWith('/embed.js') || path.startsWith('/host/')) return {};
    return dashboard;
  });
  return { dashboard, embeds };
}

export const publishedFile = (file: string) => readFileSync(join(ROOT, 'data', file));

/** What a page must never do: run injected script, open a dialog, break its CSP. */
export interface Guarded extends OpenedPage {
  dialogs: string[];
}

/**
 * A blank page that records CSP violations (in every frame, from before any script) and
 * dialogs; `init` runs before the page's own scripts too. Navigate it with `page.goto`.
 */
export async function guardedPage(
  browser: Browser,
  cleanups: Cleanup[],
  init?: () => void,
  options?: BrowserContextOptions,
): Promise<Guarded> {
  const opened = await openPage(browser, 'about:blank', options);
  cleanups.push(opened.close);
  const dialogs: string[] = [];
  opened.page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => undefined);
  });
  await opened.page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(
        `${e.effectiveDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`,
      ),
    );
  });
  if (init) await opened.page.addInitScript(init);
  return { ...opened, dialogs };
}

/** CSP violation events of every frame, plus the console's "Refused to …" lines. */
export async function cspViolations(guarded: Guarded): Promise<string[]> {
  const events = await Promise.all(
    guarded.page
      .frames()
      .map((f) =>
        f.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []).catch(() => []),
      ),
  );
  const console = guarded.problems.consoleErrors.filter((e) =>
    /Content Security Policy|Refused to/i.test(e),
  );
  return [...events.flat(), ...console];
}

/** Markup an injected payload would leave behind if any text were ever parsed as HTML. */
function liveMarkup(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => {
    const found: string[] = [];
    const urlAttrs = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data'];
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) {
        const name = attr.name.toLowerCase();
        const value = attr.value.trim().toLowerCase();
        if (name.startsWith('on') || name === 'autofocus' || name === 'srcdoc')
          found.push(`<${el.tagName.toLowerCase()} ${name}>`);
        if (urlAttrs.includes(name) && value.startsWith('javascript:'))
          found.push(`<${el.tagName.toLowerCase()} ${name}="${value}">`);
      }
      if (el.tagName === 'SCRIPT' && (el.textContent ?? '').includes('__xss=1')) {
        const type = el.getAttribute('type');
        // JSON state blocks hold data text, escaped; a browser never runs them.
        if (type !== 'application/json') found.push('<script> with a payload');
      }
    }
    return found;
  });
}

/** Nothing ran and nothing was injected, in the page and in each of its frames. */
export async function expectInert(guarded: Guarded, where: string) {
  for (const frame of guarded.page.frames()) {
    const flag = await frame.evaluate((name) => Reflect.get(window, name), FLAG);
    expect(flag, `${where}: window.${FLAG} in ${frame.url()}`).toBeUndefined();
    expect(await liveMarkup(frame), `${where}: live markup in ${frame.url()}`).toEqual([]);
  }
  expect(guarded.dialogs, `${where}: dialogs`).toEqual([]);
  expect(guarded.problems.pageErrors, `${where}: page errors`).toEqual([]);
}

/** Each text is shown as text, exactly as written. */
export async function expectLiteral(scope: Locator, texts: readonly string[], where: string) {
  const shown = await scope.innerText();
  for (const text of texts) expect(shown, `${where}: shows ${text}`).toContain(text);
}

/** Opens every "view as table" of the dashboard's panels. */
export async function showTables(page: Page) {
  const toggles = page.locator('[data-panel] button[aria-expanded="false"]');
  for (let n = await toggles.count(); n > 0; n = await toggles.count()) {
    await toggles.first().click();
  }
}

/**
 * Moves the pointer along the middle of each chart, across and down, so that ECharts shows its
 * HTML tooltip for every category; returns, per chart, all the tooltip text it showed.
 */
export async function hoverCharts(page: Page, charts: Locator, steps = 16): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < (await charts.count()); i++) {
    const chart = charts.nth(i);
    await chart.scrollIntoViewIfNeeded();
    const box = await chart.boundingBox();
    if (!box) continue;
    const texts = new Set<string>();
    const points = Array.from({ length: steps }, (_, k) => (k + 0.5) / steps);
    const path = [
      ...points.map((f) => [box.x + box.width / 2, box.y + box.height * f] as const),
      ...points.map((f) => [box.x + box.width * f, box.y + box.height / 2] as const),
    ];
    for (const [x, y] of path) {
      await page.mouse.move(x, y);
      await page.waitForTimeout(20);
      const tip = await chart.evaluate((el) =>
        Array.from(el.querySelectorAll('div'))
          .filter(
            (d) =>
              !d.querySelector('svg, canvas') &&
              !d.hidden &&
              getComputedStyle(d).position === 'absolute',
          )
          .map((d) => d.innerText)
          .join('\n'),
      );
      if (tip) texts.add(tip);
    }
    seen.push([...texts].join('\n'));
  }
  await page.mouse.move(0, 0);
  return seen;
}
