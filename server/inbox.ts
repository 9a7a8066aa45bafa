import { watch, type FSWatcher } from 'chokidar';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Publisher, PublishResult } from './publish';
import { errorsFile } from './refusal';

/** How long a file's size must stay the same before it is taken: a copy in progress grows. */
export const STABLE_MS = 400;

export interface Inbox {
  close(): Promise<void>;
}

async function freeName(dir: string, name: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  if (!existsSync(join(dir, name))) return join(dir, name);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const ext = extname(name);
  return join(dir, `${basename(name, ext)}.${stamp}${ext}`);
}

/** Settles one dropped file: published → done/, refused → rejected/ with `<file>.errors.txt`. */
async function settle(dir: string, path: string, result: PublishResult, log: (s: string) => void) {
  const name = basename(path);
  const ok = result.outcome === 'published' || result.outcome === 'unchanged';
  const target = await freeName(join(dir, ok ? 'done' : 'rejected'), name);
  if (!ok)
    await writeFile(`${target}.errors.txt`, errorsFile(name, result.reason ?? { zh: '', en: '' }));
  await rename(path, target);
  const times = Object.entries(result.timings).map(([k, v]) => `${k} ${v} ms`);
  log(`inbox: ${name}: ${result.outcome} ${result.generation ?? ''} ${times.join(', ')}`.trim());
}

/** Watches the drop folder; every file in it, now or later, goes through the one publish. */
export function startInbox(
  dir: string,
  publisher: Publisher,
  who: string,
  log: (s: string) => void,
): Promise<Inbox> {
  const inFlight = new Set<string>();
  const running = new Set<Promise<void>>();
  const track = (path: string) => {
    const p = take(path).finally(() => running.delete(p));
    running.add(p);
  };
  const take = async (path: string) => {
    if (inFlight.has(path) || !existsSync(path)) return;
    inFlight.add(path);
    try {
      const bytes = new Uint8Array(await readFile(path));
      const result = await publisher.publish({
        door: 'inbox',
        who,
        files: [{ name: basename(path), bytes }],
      });
      await settle(dir, path, result, log);
    } catch (e) {
      log(`inbox: ${basename(path)}: ${(e as Error).message}`);
    } finally {
      inFlight.delete(path);
    }
  };
  return new Promise((ready, fail) => {
    let watcher: FSWatcher;
    void mkdir(dir, { recursive: true }).then(() => {
      watcher = watch(dir, {
        depth: 0,
        ignored: (path, stats) =>
          basename(path).startsWith('.') || (stats?.isFile() === false && path !== dir),
        awaitWriteFinish: { stabilityThreshold: STABLE_MS, pollInterval: 50 },
      });
      watcher.on('add', track);
      watcher.on('change', track);
      watcher.on('error', (e) => log(`inbox: ${(e as Error).message}`));
      watcher.once('ready', () =>
        ready({
          close: async () => {
            await watcher.close();
            await Promise.all(running);
          },
        }),
      );
    }, fail);
  });
}
