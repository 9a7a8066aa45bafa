import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { DataFile } from '../src/core/site-files';

/** The data files of a folder as a door hands them to the core loader: bytes and change time. */
export function readDataDir(dir: string): DataFile[] {
  return readdirSync(dir)
    .filter((name) => /\.(csv|json)$/i.test(name) && statSync(join(dir, name)).isFile())
    .map((name) => {
      const path = join(dir, name);
      return {
        name,
        bytes: new Uint8Array(readFileSync(path)),
        modifiedAt: statSync(path).mtimeMs,
      };
    });
}
