import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { replaceDurable } from './durable';

/** Every version of every data file, named by the sha-256 of its bytes. */
const objectsDir = (stateDir: string) => join(stateDir, 'versions');

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export async function putVersion(stateDir: string, bytes: Uint8Array): Promise<string> {
  const sha = sha256(bytes);
  const path = join(objectsDir(stateDir), sha);
  if (!existsSync(path)) await replaceDurable(path, bytes);
  return sha;
}

export async function getVersion(stateDir: string, sha: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(join(objectsDir(stateDir), sha)));
}

/** A full hash from a prefix as a person types it (at least 6 hex digits), or an error. */
export async function resolveVersion(stateDir: string, prefix: string): Promise<string> {
  if (!/^[0-9a-f]{6,64}$/.test(prefix))
    throw new Error(`"${prefix}" is not a version: give at least 6 hex digits from --history`);
  const names = await readdir(objectsDir(stateDir)).catch(() => [] as string[]);
  const found = names.filter((n) => n.startsWith(prefix));
  if (found.length === 1) return found[0]!;
  throw new Error(
    found.length === 0 ? `no version ${prefix}` : `${prefix} matches ${found.length} versions`,
  );
}
