import { readDataFolder, type ReadBytesResult } from '../../core/data-folder';
import type { Manifest } from '../../core/manifest';
import type { Dataset, DatasetId } from '../../core/types';
import { dataVersion, versionHashes } from './embed-data';

export type Fresh =
  { ok: true; dataset: Dataset; manifest: Manifest; version: string } | { ok: false };
/** The page's own data is still what the host serves. */
export type Unchanged = { ok: true; unchanged: true };

const TIMEOUT_MS = 15_000;

async function bytesOf(url: string): Promise<ReadBytesResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    const res = await fetch(url, { signal: controller.signal, cache: 'no-cache' });
    return res.ok
      ? { ok: true, bytes: new Uint8Array(await res.arrayBuffer()) }
      : { ok: false, issue: { code: 'http_error', severity: 'error' } };
  } catch {
    return { ok: false, issue: { code: 'network_error', severity: 'error' } };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The run-time data/ files through the core loader, as every other door reads them. When their
 * bytes are the ones the page was built from (`version`), nothing is parsed.
 */
export async function fetchIfChanged(
  id: DatasetId,
  base: string | URL,
  version: string | undefined,
): Promise<Fresh | Unchanged> {
  const folder = await readDataFolder((name) => bytesOf(new URL(name, base).href), {
    files: ['manifest', id],
    known: version === undefined ? {} : versionHashes(version, id),
    allOrNothing: true,
  });
  const manifest = folder.manifest;
  const data = folder.datasets[id];
  if (manifest?.status === 'unchanged' && data?.status === 'unchanged')
    return { ok: true, unchanged: true };
  if (manifest?.status !== 'ready' || data?.status !== 'ready') return { ok: false };
  return {
    ok: true,
    dataset: data.dataset,
    manifest: manifest.manifest,
    version: dataVersion(manifest.hash, data.hash),
  };
}

export async function fetchData(id: DatasetId, base: string | URL): Promise<Fresh> {
  const fresh = await fetchIfChanged(id, base, undefined);
  return 'unchanged' in fresh ? { ok: false } : fresh;
}
