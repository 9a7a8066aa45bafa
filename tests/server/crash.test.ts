import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { servicesWith, spawnServer, startServer, waitFor } from './server-process';
import { bundledStatePerFile } from './server-per-file';

const bundled = bundledStatePerFile();

interface Audit {
  outcome: string;
  dataset?: string;
  after?: string;
  file?: string;
  recovered?: boolean;
}
const audit = (): Audit[] =>
  readFileSync(join(bundled.dirs.state, 'audit.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Audit);
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** The live site is one whole generation, and the audit's last published services is what it serves. */
async function expectOneCompleteGeneration(url: string) {
  const gens = join(bundled.dirs.state, 'generations');
  expect(readdirSync(gens).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  expect(existsSync(join(bundled.dirs.state, 'pending.json'))).toBe(false);
  const live = readlinkSync(join(bundled.dirs.state, 'current')).split('/').pop()!;
  const meta = JSON.parse(readFileSync(join(gens, live, 'generation.json'), 'utf8')) as {
    data: Record<string, { sha: string }>;
  };
  const res = await fetch(`${url}data/services.csv`);
  expect(res.headers.get('x-putuo-generation')).toBe(live);
  const bytes = Buffer.from(await res.arrayBuffer());
  expect(sha(bytes)).toBe(meta.data['services.csv']!.sha);
  const figure = /^2021,全城通办,(\d+)/m.exec(bytes.toString())![1];
  const board = await (await fetch(url)).text();
  expect(board).toContain(`全城通办${figure}件`);
  const published = audit().filter((r) => r.dataset === 'services' && r.outcome === 'published');
  expect(published.at(-1)!.after).toBe(meta.data['services.csv']!.sha);
}

describe('SIGKILL during a publish', () => {
  test.each([
    ['after-write', 631, 'interrupted'],
    ['mid-render', 632, 'interrupted'],
    ['before-switch', 633, 'interrupted'],
    ['after-switch', 634, 'published'],
  ])(
    'killed %s: after a restart the site is one complete generation, history and audit agree, the file is not lost',
    async (point, figure, settled) => {
      const name = `crash-${point}.csv`;
      const body = servicesWith(figure);
      const faulty = spawnServer(bundled.dirs, { PUTUO_FAULT: `${point}:kill` });
      await faulty.ready;
      writeFileSync(join(bundled.dirs.inbox, name), body);
      expect(await faulty.exited).toBe('SIGKILL');
      // Killed mid-publish: the file is still in the drop folder, not half-moved.
      expect(existsSync(join(bundled.dirs.inbox, name))).toBe(true);

      const server = await startServer(bundled.dirs);
      try {
        await expectOneCompleteGeneration(server.url);
        const mine = () => audit().filter((r) => r.file === name);
        expect(mine()[0]).toMatchObject({ outcome: settled, after: sha(Buffer.from(body)) });
        if (settled === 'published') expect(mine()[0]!.recovered).toBe(true);
        // The file left in the drop folder is taken again: published, or found already live.
        await waitFor(() => existsSync(join(bundled.dirs.inbox, 'done', name)), 60_000);
        await expectOneCompleteGeneration(server.url);
        expect(await (await fetch(`${server.url}data/services.csv`)).text()).toBe(body);
        expect(mine().map((r) => r.outcome)).toEqual(
          settled === 'published' ? ['published', 'unchanged'] : ['interrupted', 'published'],
        );
      } finally {
        await server.stop();
      }
    },
  );
});
