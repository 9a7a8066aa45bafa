import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchBrowser } from './browser';

export type Cleanup = () => Promise<void> | void;

export interface BrowserSession {
  /** The file's one Chromium, launched before its first test. */
  readonly browser: Browser;
  /** Pages and servers a test opened; they go when that test ends. */
  readonly cleanups: Cleanup[];
}

/** One browser per test file, with per-test cleanup, so later tests do not share the CPU with earlier ones. */
export function browserSession(): BrowserSession {
  let browser: Browser | undefined;
  const cleanups: Cleanup[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('the browser starts in beforeAll');
      return browser;
    },
    cleanups,
  };
}
