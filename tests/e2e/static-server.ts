import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { extname, join, resolve, sep } from 'node:path';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.map': 'application/json',
};

export type HeaderRule = (urlPath: string) => Record<string, string>;

export interface StaticServer {
  /** The directory served; files in it may be replaced while serving. */
  root: string;
  port: number;
  /** `http://127.0.0.1:PORT/` */
  url: string;
  /** `http://localhost:PORT/`: the same files from a second origin, for embed host pages. */
  altUrl: string;
  /** Adds headers to every later response, e.g. a Content-Security-Policy. */
  setHeaders(headers: Record<string, string> | HeaderRule): void;
  close(): Promise<void>;
}

/** Resolves a URL path inside root, or undefined when it would escape it. */
function fileFor(root: string, rawUrl: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(new URL(rawUrl, 'http://x').pathname);
  } catch {
    return undefined;
  }
  const file = resolve(root, '.' + path);
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  return file;
}

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|manifest)|image\/svg)/;

async function respond(
  root: string,
  extra: HeaderRule,
  gzip: boolean,
  req: IncomingMessage,
  res: ServerResponse,
) {
  const urlPath = req.url ?? '/';
  const headers = { 'Cache-Control': 'no-store', ...extra(urlPath) };
  const send = (status: number, type: string, raw: Buffer | string) => {
    const zip =
      gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    const body = zip ? gzipSync(raw) : raw;
    const encoding: Record<string, string> = zip
      ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' }
      : {};
    res.writeHead(status, {
      ...headers,
      ...encoding,
      'Content-Type': type,
      'Content-Length': body.length,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'text/plain', 'GET only');
  let file = fileFor(root, urlPath);
  if (!file) return send(403, 'text/plain', 'forbidden');
  try {
    // Stat and read on every request, so a file replaced mid-test is served fresh.
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    send(200, MIME[extname(file).toLowerCase()] ?? 'application/octet-stream', body);
  } catch {
    send(404, 'text/plain', 'not found');
  }
}

/** A dependency-free file server on a free port of 127.0.0.1. */
/** `gzip` compresses text as a real host would; the benches use it, the tests need not. */
export async function startStaticServer(
  root: string,
  options: { gzip?: boolean } = {},
): Promise<StaticServer> {
  const dir = resolve(root);
  let extra: HeaderRule = () => ({});
  const server = createServer((req, res) => {
    respond(dir, extra, options.gzip ?? false, req, res).catch(() => res.destroy());
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    root: dir,
    port,
    url: `http://127.0.0.1:${port}/`,
    altUrl: `http://localhost:${port}/`,
    setHeaders(headers) {
      extra = typeof headers === 'function' ? headers : () => headers;
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** A throw-away copy of a directory, so a test can break its files without touching dist/. */
export function tempCopy(dir: string): { dir: string; remove(): void } {
  const copy = mkdtempSync(join(tmpdir(), 'e2e-site-'));
  cpSync(dir, copy, { recursive: true });
  return { dir: copy, remove: () => rmSync(copy, { recursive: true, force: true }) };
}
