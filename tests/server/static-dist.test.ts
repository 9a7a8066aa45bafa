import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStaticServer, type StaticServer } from '../e2e/static-server';
import { ROOT } from './server-process';

let host: StaticServer;

beforeAll(async () => {
  host = await startStaticServer(join(ROOT, 'dist'));
});
afterAll(() => host?.close());

describe('npm run build without the publishing server', () => {
  test('dist/ alone is a complete site a plain static host serves: pages, data, embed.js and every asset they name', async () => {
    const board = await (await fetch(host.url)).text();
    expect(board).toContain('全城通办578件');
    for (const id of ['services', 'crime', 'patrol']) {
      const res = await fetch(`${host.url}embed/${id}.html`);
      expect(res.status, id).toBe(200);
      // On the bundled data patrol holds one value (160余): a figure card, not a drawing.
      expect(await res.text(), id).toMatch(id === 'patrol' ? /class="figure-card"[^]*160/ : /<svg/);
    }
    expect((await fetch(`${host.url}embed.js`)).status).toBe(200);
    for (const name of ['services.csv', 'cases.csv', 'datasets.json']) {
      const served = Buffer.from(await (await fetch(`${host.url}data/${name}`)).arrayBuffer());
      expect(served.equals(readFileSync(join(ROOT, 'data', name))), name).toBe(true);
    }
    const refs = [...board.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect((await fetch(host.url + ref)).status, ref).toBe(200);
  });
});
