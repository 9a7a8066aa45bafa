import { readDataFolder } from '../../core/data-folder';
import type { Manifest } from '../../core/manifest';
import type { Dataset, DatasetId } from '../../core/types';
import { fetchBytes } from '../../ui/fetch-bytes';
import { dataVersion, versionHashes } from './embed-data';

export type Fresh =
  { ok: true; dataset: Dataset; manifest: Manifest; version: string } | { ok: false };
/** The page's own data is still what the host serves. */
export type Unchanged = { ok: true; unchanged: true };

const TIMEOUT_MS = 15_000;

/**
 * The run-time data/ files through the core loader, as every other door reads them. When their
 * bytes are the ones the page was built from (`version`), nothing is parsed.
 */
export async function fetchIfChanged(
  id: DatasetId,
  base: string | URL,
  version: string | undefined,
): Promise<Fresh | Unchanged> {
  const folder = await readDataFolder((name) => fetchBytes(new URL(name, base).href, TIMEOUT_MS), {
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
