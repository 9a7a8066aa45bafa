import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  fetchText,
  ROOT,
  servicesWith,
  startServer,
  tempDirs,
  waitFor,
  type Dirs,
  type RunningServer,
} from './server-process';

const PUBLIC = 'https://police.example/putuo/';
let dirs: Dirs;
let server: RunningServer;

beforeAll(async () => {
  dirs = tempDirs();
  server = await startServer(dirs, { PUTUO_PUBLIC_URL: PUBLIC });
});
afterAll(async () => {
  await server?.stop();
  dirs?.remove();
});

/** The embed page's og:image, and the card it names, as the live generation serves them. */
async function liveCard(): Promise<{ image: string; png: Buffer; type: string | null }> {
  const page = await fetchText(`${server.url}embed/services.html`);
  const image = /<meta property="og:image" content="([^"]+)"/.exec(page.body)?.[1] ?? '';
  const res = await fetch(new URL(image.slice(PUBLIC.length), server.url));
  expect(res.status).toBe(200);
  return {
    image,
    png: Buffer.from(await res.arrayBuffer()),
    type: res.headers.get('content-type'),
  };
}

test('a publish re-makes the social card with the generation: its bytes and its link change', async () => {
  const before = await liveCard();
  expect(before.image.startsWith(`${PUBLIC}cards/services.png?v=`)).toBe(true);
  expect(before.type).toBe('image/png');
  expect(before.png.subarray(1, 4).toString()).toBe('PNG');

  writeFileSync(join(dirs.inbox, 'services.csv'), servicesWith(612));
  await waitFor(() => existsSync(join(dirs.inbox, 'done', 'services.csv')), 90_000);
  const after = await liveCard();
  expect((await fetchText(`${server.url}embed/services.html`)).body).toContain('全城通办612件');
  expect(after.image).not.toBe(before.image);
  expect(after.png.equals(before.png)).toBe(false);
  expect(after.png.subarray(1, 4).toString()).toBe('PNG');
}, 180_000);

test('the browser bundle holds neither the rasteriser nor the font', () => {
  const assets = join(ROOT, 'dist', 'assets');
  for (const name of readdirSync(assets)) {
    expect(name).not.toMatch(/\.(ttf|node)$/);
    if (name.endsWith('.js'))
      expect(readFileSync(join(assets, name), 'utf8')).not.toMatch(/resvg/i);
  }
});
