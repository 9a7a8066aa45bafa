import { createHash } from 'node:crypto';
import { readdir, readFile, readlink, rename, rm, stat, symlink } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { compressBeside, linkCompressed } from './compress';
import { linkOrCopy, syncDir, writeDurable } from './durable';
import { crashPoint } from './faults';
import type { SiteFile } from '../scripts/site-renderer';

/** What a generation holds besides its served files; kept outside `site/`, so never served. */
export interface GenerationMeta {
  id: string;
  createdAt: string;
  /** data/<name> → sha-256 of its bytes and the time that version was published. */
  data: Record<string, { sha: string; modifiedAt: number }>;
  /** Identity of the build files linked in, to notice a new `npm run build`. */
  build: string;
}

const ID = /^g(\d{6})$/;
/** Files written at once: enough to overlap fsyncs, few enough to stay far from the fd limit. */
const BATCH = 16;

export const generationsDir = (stateDir: string) => join(stateDir, 'generations');
export const siteDir = (stateDir: string, id: string) => join(generationsDir(stateDir), id, 'site');
const currentLink = (stateDir: string) => join(stateDir, 'current');

/** Built from the data in each generation, so never linked from dist/. */
function madeFromData(path: string): boolean {
  return (
    path === 'index.html' ||
    path.startsWith('data/') ||
    path.startsWith('embed/variants/') ||
    /^embed\/[^/]+\.html$/.test(path) ||
    /\.(br|gz)$/.test(path)
  );
}

async function walk(dir: string, base = dir): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(full, base)));
    else if (entry.isFile()) out.push(relative(base, full).split(sep).join('/'));
  }
  return out;
}

/** The build files every generation shares, and a stamp that changes with each build. */
export async function buildFiles(distDir: string): Promise<{ files: string[]; stamp: string }> {
  const files = (await walk(distDir)).filter((p) => !madeFromData(p)).sort();
  const hash = createHash('sha256');
  for (const f of files) {
    const info = await stat(join(distDir, f));
    hash.update(`${f}|${info.size}|${info.mtimeMs}\n`);
  }
  return { files, stamp: hash.digest('hex').slice(0, 16) };
}

export async function liveGeneration(stateDir: string): Promise<GenerationMeta | undefined> {
  let target: string;
  try {
    target = await readlink(currentLink(stateDir));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  const id = target.split('/').pop() ?? '';
  return readMeta(stateDir, id);
}

export async function readMeta(stateDir: string, id: string): Promise<GenerationMeta> {
  const text = await readFile(join(generationsDir(stateDir), id, 'generation.json'), 'utf8');
  return JSON.parse(text) as GenerationMeta;
}

async function nextId(stateDir: string): Promise<string> {
  const names = await readdir(generationsDir(stateDir)).catch(() => [] as string[]);
  const max = Math.max(0, ...names.map((n) => Number(ID.exec(n.replace(/\.tmp$/, ''))?.[1] ?? 0)));
  return `g${String(max + 1).padStart(6, '0')}`;
}

/**
 * Writes a whole generation into `<id>.tmp`, then renames it into place. Until the rename it
 * is invisible; a crash leaves a `.tmp` folder that the next start removes.
 */
export async function writeGeneration(
  stateDir: string,
  distDir: string,
  rendered: SiteFile[],
  meta: Omit<GenerationMeta, 'id' | 'createdAt' | 'build'>,
): Promise<GenerationMeta> {
  const id = await nextId(stateDir);
  const tmp = join(generationsDir(stateDir), `${id}.tmp`);
  const site = join(tmp, 'site');
  const build = await buildFiles(distDir);
  const half = Math.floor(rendered.length / 2);
  let written = 0;
  for (let i = 0; i < rendered.length; i += BATCH) {
    await Promise.all(
      rendered.slice(i, i + BATCH).map(async (file) => {
        const body = typeof file.body === 'string' ? Buffer.from(file.body) : file.body;
        const target = join(site, file.path);
        await writeDurable(target, body);
        await compressBeside(target, body);
        if (++written === half) crashPoint('mid-render');
      }),
    );
  }
  const ownPaths = new Set(rendered.map((f) => f.path));
  const cache = join(stateDir, 'compressed');
  const shared = build.files.filter((f) => !ownPaths.has(f));
  for (let i = 0; i < shared.length; i += BATCH)
    await Promise.all(
      shared.slice(i, i + BATCH).map(async (f) => {
        await linkOrCopy(join(distDir, f), join(site, f));
        await linkCompressed(join(distDir, f), join(site, f), cache);
      }),
    );
  const full: GenerationMeta = {
    id,
    createdAt: new Date().toISOString(),
    build: build.stamp,
    ...meta,
  };
  await writeDurable(join(tmp, 'generation.json'), JSON.stringify(full, null, 2));
  await rename(tmp, join(generationsDir(stateDir), id));
  await syncDir(generationsDir(stateDir));
  return full;
}

/** Points `current` at a generation with one rename(2): readers see the old one or the new one. */
export async function switchTo(stateDir: string, id: string): Promise<void> {
  crashPoint('before-switch');
  const tmp = `${currentLink(stateDir)}.${process.pid}.tmp`;
  await rm(tmp, { force: true });
  await symlink(join('generations', id), tmp);
  await rename(tmp, currentLink(stateDir));
  await syncDir(stateDir);
}

/** The folder served right now; resolved once per request so a response never mixes two. */
export async function liveSite(stateDir: string): Promise<{ id: string; dir: string } | undefined> {
  try {
    const id = (await readlink(currentLink(stateDir))).split('/').pop() ?? '';
    return { id, dir: siteDir(stateDir, id) };
  } catch {
    return undefined;
  }
}

/** Removes half-written generations left by a crash. */
export async function removeUnfinished(stateDir: string): Promise<void> {
  const names = await readdir(generationsDir(stateDir)).catch(() => [] as string[]);
  for (const n of names.filter((n) => n.endsWith('.tmp')))
    await rm(join(generationsDir(stateDir), n), { recursive: true, force: true });
}

/** Keeps the newest `keep` generations and the live one; older ones go. */
export async function prune(stateDir: string, keep: number): Promise<void> {
  const live = (await liveSite(stateDir))?.id;
  const names = (await readdir(generationsDir(stateDir))).filter((n) => ID.test(n)).sort();
  const old = names.slice(0, Math.max(0, names.length - keep)).filter((n) => n !== live);
  for (const n of old)
    await rm(join(generationsDir(stateDir), n), { recursive: true, force: true });
}
