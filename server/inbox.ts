import { watch, type FSWatcher } from 'chokidar';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { errorsFile } from './refusal';
import type { Review, SubmitOutcome } from './review';

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

const FOLDER: Record<SubmitOutcome['status'], string> = {
  published: 'done',
  unchanged: 'done',
  pending: 'submitted',
  conflict: 'rejected',
  refused: 'rejected',
  failed: 'rejected',
};

/**
 * Settles one dropped file: published → done/, sent for review → submitted/, refused →
 * rejected/ with `<file>.errors.txt`.
 */
async function settle(dir: string, path: string, result: SubmitOutcome, log: (s: string) => void) {
  const name = basename(path);
  const folder = FOLDER[result.status];
  const target = await freeName(join(dir, folder), name);
  if ('reason' in result) await writeFile(`${target}.errors.txt`, errorsFile(name, result.reason));
  await rename(path, target);
  const times =
    'timings' in result ? Object.entries(result.timings).map(([k, v]) => `${k} ${v} ms`) : [];
  const what = 'generation' in result ? result.generation : 'id' in result ? result.id : '';
  log(`inbox: ${name}: ${result.status} ${what ?? ''} ${times.join(', ')}`.trim());
}

/** Watches the drop folder; every file in it, now or later, goes through the one publish. */
export function startInbox(
  dir: string,
  review: Review,
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
      const result = await review.submit({
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
