import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from './browser';
import { startStaticServer, type StaticServer } from './static-server';

let base: string;
let root: string;
let server: StaticServer;

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'static-server-'));
  root = join(base, 'site');
  mkdirSync(join(root, 'data'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title><p>home</p>');
  writeFileSync(join(root, 'app.js'), 'export {};');
  writeFileSync(join(root, 'data', 'a.csv'), 'x\n1\n');
  writeFileSync(join(base, 'outside.txt'), 'secret');
  server = await startStaticServer(root);
});

afterAll(async () => {
  await server.close();
  rmSync(base, { recursive: true, force: true });
});

describe('the test file server', () => {
  test('serves index.html for / with its MIME type and no caching', async () => {
    const res = await fetch(server.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.text()).toContain('home');
    expect((await fetch(server.url + 'app.js')).headers.get('content-type')).toMatch(
      /^text\/javascript/,
    );
  });

  test('with gzip on, compresses text for a client that accepts it, as a host would', async () => {
    const zipped = await startStaticServer(root, { gzip: true });
    try {
      const raw = await new Promise<{ encoding?: string; body: Buffer }>((done, fail) => {
        get(zipped.url, { headers: { 'Accept-Encoding': 'gzip' } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            done({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }),
          );
        }).on('error', fail);
      });
      expect(raw.encoding).toBe('gzip');
      expect(gunzipSync(raw.body).toString()).toContain('home');
      expect((await fetch(server.url)).headers.get('content-encoding')).toBeNull();
    } finally {
      await zipped.close();
    }
  });

  test('serves a file replaced while serving fresh', async () => {
    const url = server.url + 'data/a.csv';
    expect(await (await fetch(url)).text()).toBe('x\n1\n');
    writeFileSync(join(root, 'data', 'a.csv'), 'x\n22\n');
    const res = await fetch(url);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(await res.text()).toBe('x\n22\n');
  });

  test('answers 404 for a missing file and never leaves its root', async () => {
    expect((await fetch(server.url + 'nope.js')).status).toBe(404);
    expect((await fetch(server.url + '..%2Foutside.txt')).status).toBe(403);
    expect((await fetch(server.url + '%2e%2e/outside.txt')).status).not.toBe(200);
  });

  test('adds the headers it is given to later responses', async () => {
    server.setHeaders((path): Record<string, string> =>
      path.endsWith('.html') || path === '/'
        ? { 'Content-Security-Policy': "default-src 'self'" }
        : {},
    );
    expect((await fetch(server.url)).headers.get('content-security-policy')).toBe(
      "default-src 'self'",
    );
    expect((await fetch(server.url + 'app.js')).headers.get('content-security-policy')).toBeNull();
    server.setHeaders({});
    expect((await fetch(server.url)).headers.get('content-security-policy')).toBeNull();
  });

  test('is reachable from Chromium on both origins', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      for (const url of [server.url, server.altUrl]) {
        await page.goto(url);
        expect(await page.locator('p').innerText()).toBe('home');
        expect(new URL(page.url()).origin).toBe(new URL(url).origin);
      }
    } finally {
      await browser.close();
    }
  });
});
