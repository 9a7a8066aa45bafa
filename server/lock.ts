import { hostname } from 'node:os';
import { link, mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * The one writer lock shared by the server and the CLI: a file created with O_EXCL in the state
 * folder, holding its owner's pid. A holder that died (SIGKILL, power cut) leaves the file; the
 * next writer sees the pid is gone and takes it over.
 */
export interface Lock {
  release(): Promise<void>;
}

interface Owner {
  pid: number;
  host: string;
  what: string;
  since: string;
}

function alive(owner: Owner): boolean {
  if (owner.host !== hostname()) return true;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function parseOwner(text: string): Owner | undefined {
  try {
    return JSON.parse(text) as Owner;
  } catch {
    return undefined;
  }
}

/** Moves a dead owner's lock aside; puts it back if a live owner took it in the meantime. */
async function takeOverStale(path: string, seen: string): Promise<void> {
  const aside = `${path}.stale.${process.pid}`;
  try {
    await rename(path, aside);
  } catch {
    return;
  }
  const moved = await readFile(aside, 'utf8').catch(() => '');
  if (moved !== seen) await link(aside, path).catch(() => undefined);
  await unlink(aside).catch(() => undefined);
}

export async function acquireLock(path: string, what: string, timeoutMs = 120_000): Promise<Lock> {
  const owner: Owner = {
    pid: process.pid,
    host: hostname(),
    what,
    since: new Date().toISOString(),
  };
  const body = JSON.stringify(owner);
  const deadline = Date.now() + timeoutMs;
  await mkdir(dirname(path), { recursive: true });
  for (;;) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(body);
      await handle.close();
      return {
        release: async () => {
          if ((await readFile(path, 'utf8').catch(() => '')) === body) await unlink(path);
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const seen = await readFile(path, 'utf8').catch(() => '');
    const holder = parseOwner(seen);
    if (seen && holder && !alive(holder)) {
      await takeOverStale(path, seen);
      continue;
    }
    if (Date.now() > deadline)
      throw new Error(
        `another publish holds ${path} (${holder ? `${holder.what}, pid ${holder.pid}, since ${holder.since}` : 'unknown'})`,
      );
    await sleep(25);
  }
}
