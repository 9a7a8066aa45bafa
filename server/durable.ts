import { constants } from 'node:fs';
import { link, mkdir, open, readFile, rename, copyFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { diskFault } from './faults';

/** Writes a file and flushes it to disk before returning, so a rename after it is safe. */
export async function writeDurable(path: string, body: string | Uint8Array): Promise<void> {
  diskFault(path);
  await mkdir(dirname(path), { recursive: true });
  const handle = await open(path, 'w');
  try {
    await handle.writeFile(body);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Writes beside the target, then renames: the target is the old bytes or the new, never half. */
export async function replaceDurable(path: string, body: string | Uint8Array): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeDurable(tmp, body);
  await rename(tmp, path);
  await syncDir(dirname(path));
}

export async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, constants.O_RDONLY);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** A second name for the same bytes; a copy only where the disks differ. */
export async function linkOrCopy(from: string, to: string): Promise<void> {
  diskFault(to);
  await mkdir(dirname(to), { recursive: true });
  try {
    await link(from, to);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
    await copyFile(from, to);
  }
}

/** Appends one line and flushes it, for the audit log. */
export async function appendDurable(path: string, line: string): Promise<void> {
  diskFault(path);
  await mkdir(dirname(path), { recursive: true });
  const handle = await open(path, 'a');
  try {
    await handle.write(line);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** A state file's text, or undefined when it does not exist yet. */
export async function readOptional(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}
