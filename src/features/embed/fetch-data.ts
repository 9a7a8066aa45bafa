import { parseManifest, type Manifest } from '../../core/manifest';
import { readCsv } from '../../core/read-csv';
import { SCHEMAS } from '../../core/schema';
import type { Dataset, DatasetId } from '../../core/types';

export type Fresh = { ok: true; dataset: Dataset; manifest: Manifest } | { ok: false };

const TIMEOUT_MS = 15_000;

async function bytesOf(url: string): Promise<Uint8Array | undefined> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    const res = await fetch(url, { signal: controller.signal, cache: 'no-cache' });
    return res.ok ? new Uint8Array(await res.arrayBuffer()) : undefined;
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}

/** The run-time data/ files, through the same core as every other door into the app. */
export async function fetchData(id: DatasetId, base: string | URL): Promise<Fresh> {
  const fileName = SCHEMAS[id].file;
  const [manifestBytes, csvBytes] = await Promise.all([
    bytesOf(new URL('datasets.json', base).href),
    bytesOf(new URL(fileName, base).href),
  ]);
  if (!manifestBytes || !csvBytes) return { ok: false };
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(manifestBytes));
  } catch {
    return { ok: false };
  }
  const manifest = parseManifest(json);
  const read = readCsv(csvBytes, { fileName, datasetId: id });
  if (!manifest.ok || !read.ok) return { ok: false };
  return { ok: true, dataset: read.dataset, manifest: manifest.manifest };
}
