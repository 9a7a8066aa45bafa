import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { startStaticServer, tempCopy, type StaticServer } from './static-server';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

export interface DistPerFile {
  readonly server: StaticServer;
  readonly browser: Browser;
  /** Run in reverse after the file's tests, before the server and the browser stop. */
  readonly cleanups: (() => Promise<void> | void)[];
}

/**
 * A copy of the built dist/ served and a browser launched before a test file's tests, both
 * stopped after, with the copy removed: a test may change the copy's files.
 */
export function distPerFile(): DistPerFile {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  const cleanups: (() => Promise<void> | void)[] = [];
  beforeAll(async () => {
    const site = tempCopy(DIST);
    cleanups.push(site.remove);
    const started = await startStaticServer(site.dir);
    cleanups.push(() => started.close());
    server = started;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
    await browser?.close();
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started: use it inside a test`);
    return value;
  };
  return {
    get server() {
      return ready(server, 'the dist/ server');
    },
    get browser() {
      return ready(browser, 'the browser');
    },
    cleanups,
  };
}
