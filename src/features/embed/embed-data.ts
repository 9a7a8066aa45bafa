import type { Manifest } from '../../core/manifest';
import type { FileId } from '../../core/data-folder';
import type { Dataset, DatasetId } from '../../core/types';
import { fingerprint } from '../../core/fingerprint';

/**
 * Everything an embed page shows that comes from data/: its rows, its dataset's title, unit,
 * definition and sources, and the English labels. Equal hashes mean the page is up to date.
 */
export function dataHash(dataset: Dataset, manifest: Manifest): string {
  const meta = manifest.datasets[dataset.id];
  return fingerprint({
    rows: dataset.rows,
    meta,
    sources: meta.sources.map((ref) => manifest.sources[ref]),
    labels: manifest.labels,
  });
}

/** What a built embed page was drawn from: the byte hashes of datasets.json and its data file. */
export function dataVersion(manifestHash: string, datasetHash: string): string {
  return `${manifestHash}.${datasetHash}`;
}

export function versionHashes(version: string, id: DatasetId): Partial<Record<FileId, string>> {
  const [manifest, dataset] = version.split('.');
  return manifest && dataset ? { manifest, [id]: dataset } : {};
}
