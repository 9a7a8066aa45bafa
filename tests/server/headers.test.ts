import { readdirSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { ROOT } from './server-process';
import { serverPerFile } from './server-per-file';

const running = serverPerFile();

const asset = () => readdirSync(join(ROOT, 'dist', 'assets')).find((n) => n.endsWith('.js'))!;
const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(new URL(path, running.server.url), { headers });

interface Raw {
  status?: number;
  encoding?: string;
  vary?: string;
  body: Buffer;
}

/**
 * A plain HTTP request, as a browser revalidating its cache sends it: fetch would decode the body,
 * and it adds `Cache-Control: no-cache` to a conditional request, which rules out a 304.
 */
function raw(path: string, headers: Record<string, string>) {
  return new Promise<Raw>((done, fail) => {
    request(new URL(path, running.server.url), { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        done({
          status: res.statusCode,
          encoding: res.headers['content-encoding'],
          vary: res.headers.vary,
          body: Buffer.concat(chunks),
        }),
      );
    })
      .on('error', fail)
      .end();
  });
}

const DASHBOARD = /frame-ancestors 'none'/;
const EMBED = /frame-ancestors \*/;

describe('headers per path (docs/hosting.md)', () => {
  test('the dashboard and its data are unframable, with the dashboard CSP', async () => {
    for (const path of ['/', '/index.html', '/data/services.csv', '/data/datasets.json']) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-security-policy'), path).toMatch(DASHBOARD);
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
    }
  });

  test('embeds and their variants are framable by any site and send no X-Frame-Options', async () => {
    const variants = readdirSync(join(running.dirs.state, 'current', 'site', 'embed', 'variants'));
    const variant = variants.find((n) => n.endsWith('.html'));
    for (const path of [
      '/embed/services.html',
      '/embed/crime.html',
      `/embed/variants/${variant}`,
    ]) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-security-policy'), path).toMatch(EMBED);
      expect(res.headers.get('content-security-policy'), path).toMatch(/default-src 'none'/);
      expect(res.headers.get('x-frame-options'), path).toBeNull();
    }
  });

  test('embed.js: JavaScript, cached an hour, no frame header', async () => {
    const res = await get('/embed.js');
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBeNull();
  });

  test('caching: hashed assets immutable; HTML and data/ no-cache with an ETag that gives a 304', async () => {
    const hashed = await get(`/assets/${asset()}`);
    expect(hashed.status).toBe(200);
    expect(hashed.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/embed/services.html', '/data/services.csv']) {
      const res = await get(path, { 'accept-encoding': 'br' });
      expect(res.headers.get('cache-control'), path).toBe('no-cache');
      const etag = res.headers.get('etag');
      expect(etag, path).toBeTruthy();
      // Each encoding has its own ETag, so the revalidation asks for the same one.
      const again = await raw(path, { 'if-none-match': etag!, 'accept-encoding': 'br' });
      expect(again.status, path).toBe(304);
    }
    const missing = await get('/assets/no-such-file.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control')).toBe('no-store');
  });

  test('precompressed brotli and gzip where the client accepts them, plain otherwise', async () => {
    const plain = await raw('/', { 'accept-encoding': 'identity' });
    expect(plain.encoding).toBeUndefined();
    expect(plain.body.toString()).toMatch(/<html/);
    const br = await raw('/', { 'accept-encoding': 'br, gzip' });
    expect(br.encoding).toBe('br');
    expect(br.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    const gz = await raw('/', { 'accept-encoding': 'gzip' });
    expect(gz.encoding).toBe('gzip');
    expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);
    const js = await raw(`/assets/${asset()}`, { 'accept-encoding': 'br' });
    expect(js.encoding).toBe('br');
  });

  test('every response names the live generation, errors too', async () => {
    const live = /serving (g\d+)/.exec(running.server.output())![1];
    for (const path of ['/', '/embed/services.html', '/embed.js', '/data/services.csv', '/nope']) {
      expect((await get(path)).headers.get('x-putuo-generation'), path).toBe(live);
    }
  });

  test('paths outside the live site are refused', async () => {
    for (const path of [
      '/../generation.json',
      '/%2e%2e/generation.json',
      '/..%2f..%2faudit.jsonl',
    ]) {
      const res = await get(path);
      expect([400, 403, 404], path).toContain(res.status);
      expect(await res.text(), path).not.toMatch(/"build"|"door"/);
    }
  });
});
