import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { linkOrCopy, replaceDurable, writeDurable } from './durable';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

const COMPRESSIBLE = /\.(html|js|mjs|css|json|csv|svg|txt|xml|webmanifest|map)$/;
/** Below this a compressed copy saves less than its headers cost. */
const MIN_SIZE = 1024;

export function compressible(path: string, size: number): boolean {
  return COMPRESSIBLE.test(path) && size >= MIN_SIZE;
}

/** `.br` and `.gz` beside a file made in this publish (quick settings: it runs on every publish). */
export async function compressBeside(path: string, body: Uint8Array): Promise<void> {
  if (!compressible(path, body.length)) return;
  const [br, gzBody] = await Promise.all([
    brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 6 } }),
    gz(body, { level: 9 }),
  ]);
  await Promise.all([writeDurable(`${path}.br`, br), writeDurable(`${path}.gz`, gzBody)]);
}

/**
 * `.br` and `.gz` for a build file, compressed once at full strength into `cacheDir` (keyed by
 * the file's identity) and hard-linked into each generation.
 */
export async function linkCompressed(source: string, target: string, cacheDir: string) {
  const info = await stat(source);
  if (!compressible(source, info.size)) return;
  const key = createHash('sha256')
    .update(`${source}|${info.ino}|${info.size}|${info.mtimeMs}`)
    .digest('hex');
  const cached = `${cacheDir}/${key}`;
  if (!existsSync(`${cached}.gz`)) {
    const body = await readFile(source);
    const br = await brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
    await replaceDurable(`${cached}.br`, br);
    await replaceDurable(`${cached}.gz`, await gz(body, { level: 9 }));
  }
  await linkOrCopy(`${cached}.br`, `${target}.br`);
  await linkOrCopy(`${cached}.gz`, `${target}.gz`);
}
