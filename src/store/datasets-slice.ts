import type { StateCreator } from 'zustand';
import type { Manifest } from '../core/manifest';
import type { Revisions } from '../core/revisions';
import type { Dataset, DatasetId, Issue } from '../core/types';

export type Origin =
  /** modifiedAt: the file's Last-Modified time, when the server sent one. */
  | { kind: 'published'; modifiedAt?: number }
  | { kind: 'imported'; fileName: string; importedAt: number };

export type DatasetState =
  | { status: 'loading' }
  | { status: 'error'; fileName: string; issues: Issue[] }
  | { status: 'ready'; dataset: Dataset; origin: Origin; loadedAt: number };

export type ManifestState =
  | { status: 'loading' }
  | { status: 'error'; issues: Issue[] }
  | { status: 'ready'; manifest: Manifest };

export type { FileId } from '../core/data-folder';
import type { FileId } from '../core/data-folder';

export interface DatasetsSlice {
  manifest: ManifestState;
  datasets: Record<DatasetId, DatasetState>;
  /** The last good copy from `data/`, kept so an import can always be rolled back. */
  published: Partial<Record<DatasetId, Dataset>>;
  /** What an import replaced, for one-step undo. */
  previous: Partial<Record<DatasetId, DatasetState>>;
  /**
   * Files whose state came built into the page: the first fetch of data/ replaces it, even
   * with an error, and leaves it untouched (no re-render) when the file is the same.
   */
  bundled: Partial<Record<FileId, true>>;
  /** The hash of the bytes of each published file: equal hashes mean the same file. */
  publishedHash: Partial<Record<FileId, string>>;
  /** When each republished dataset was revised, as the page was rendered with it. */
  revisions: Revisions;
  setManifest(manifest: ManifestState, bundled?: boolean, hash?: string): void;
  setPublished(
    id: DatasetId,
    dataset: Dataset,
    loadedAt: number,
    modifiedAt?: number,
    bundled?: boolean,
    hash?: string,
  ): void;
  /** data/ still holds the file last published (same hash): nothing was parsed, nothing changes. */
  keepPublished(id: FileId, loadedAt: number, modifiedAt?: number): void;
  setLoadError(id: DatasetId, fileName: string, issues: Issue[]): void;
  applyImport(dataset: Dataset, fileName: string, importedAt: number): void;
  undoImport(id: DatasetId): void;
  restorePublished(id: DatasetId): void;
  /** A failed file goes back to loading; the app loader sees that and fetches it again. */
  retryLoad(id: DatasetId): void;
  retryManifest(): void;
}

function withHash(
  hashes: Partial<Record<FileId, string>>,
  id: FileId,
  hash: string | undefined,
): Partial<Record<FileId, string>> {
  if (hash !== undefined) return { ...hashes, [id]: hash };
  const { [id]: _dropped, ...rest } = hashes;
  return rest;
}

function without(files: Partial<Record<FileId, true>>, id: FileId): Partial<Record<FileId, true>> {
  if (!files[id]) return files;
  const { [id]: _dropped, ...rest } = files;
  return rest;
}

const loading = { status: 'loading' } as const;

function readyState(dataset: Dataset, loadedAt: number, modifiedAt?: number): DatasetState {
  return {
    status: 'ready',
    dataset,
    origin: modifiedAt === undefined ? { kind: 'published' } : { kind: 'published', modifiedAt },
    loadedAt,
  };
}
export const initialDatasets: Record<DatasetId, DatasetState> = {
  services: loading,
  crime: loading,
  patrol: loading,
  indicators: loading,
  cases: loading,
};

export const createDatasetsSlice: StateCreator<DatasetsSlice, [], [], DatasetsSlice> = (set) => ({
  manifest: { status: 'loading' },
  datasets: initialDatasets,
  published: {},
  previous: {},
  bundled: {},
  publishedHash: {},
  revisions: {},
  // Like a dataset, a manifest that loaded stays when a later refresh fails.
  setManifest: (manifest, bundled, hash) =>
    set((s) => {
      const publishedHash =
        manifest.status === 'ready' ? withHash(s.publishedHash, 'manifest', hash) : s.publishedHash;
      if (bundled) return { manifest, bundled: { ...s.bundled, manifest: true }, publishedHash };
      if (manifest.status === 'error' && s.manifest.status === 'ready' && !s.bundled.manifest)
        return {};
      // A manifest in error holds no file: the next good copy must be parsed, whatever its hash.
      const hashes =
        manifest.status === 'ready'
          ? publishedHash
          : withHash(s.publishedHash, 'manifest', undefined);
      return { manifest, bundled: without(s.bundled, 'manifest'), publishedHash: hashes };
    }),
  keepPublished: (id, loadedAt, modifiedAt) =>
    set((s) => {
      // The page already shows this very file: keep every object, so nothing re-renders.
      if (s.bundled[id] && (id === 'manifest' || s.datasets[id].status === 'ready'))
        return { bundled: without(s.bundled, id) };
      if (id === 'manifest') return {};
      const dataset = s.published[id];
      const current = s.datasets[id];
      if (!dataset || (current.status === 'ready' && current.origin.kind === 'imported'))
        return { bundled: without(s.bundled, id) };
      return {
        bundled: without(s.bundled, id),
        datasets: { ...s.datasets, [id]: readyState(dataset, loadedAt, modifiedAt) },
      };
    }),
  setPublished: (id, dataset, loadedAt, modifiedAt, bundled, hash) =>
    set((s) => {
      const current = s.datasets[id];
      const published = { ...s.published, [id]: dataset };
      const publishedHash = withHash(s.publishedHash, id, hash);
      const marked = bundled ? { ...s.bundled, [id]: true as const } : without(s.bundled, id);
      // A refresh of data/ must not silently replace a draft the user applied.
      if (current.status === 'ready' && current.origin.kind === 'imported')
        return { published, publishedHash, bundled: marked };
      return {
        published,
        publishedHash,
        bundled: marked,
        datasets: {
          ...s.datasets,
          [id]: readyState(dataset, loadedAt, modifiedAt),
        },
      };
    }),
  setLoadError: (id, fileName, issues) =>
    set((s) => {
      if (s.datasets[id].status === 'ready' && !s.bundled[id]) return {};
      return {
        bundled: without(s.bundled, id),
        datasets: { ...s.datasets, [id]: { status: 'error', fileName, issues } },
      };
    }),
  applyImport: (dataset, fileName, importedAt) =>
    set((s) => ({
      previous: { ...s.previous, [dataset.id]: s.datasets[dataset.id] },
      datasets: {
        ...s.datasets,
        [dataset.id]: {
          status: 'ready',
          dataset,
          origin: { kind: 'imported', fileName, importedAt },
          loadedAt: importedAt,
        },
      },
    })),
  undoImport: (id) =>
    set((s) => {
      const prev = s.previous[id];
      if (!prev) return {};
      const { [id]: _dropped, ...rest } = s.previous;
      return { datasets: { ...s.datasets, [id]: prev }, previous: rest };
    }),
  retryLoad: (id) =>
    set((s) =>
      s.datasets[id].status === 'error' ? { datasets: { ...s.datasets, [id]: loading } } : {},
    ),
  retryManifest: () =>
    set((s) => (s.manifest.status === 'error' ? { manifest: { status: 'loading' } } : {})),
  restorePublished: (id) =>
    set((s) => {
      const dataset = s.published[id];
      if (!dataset) return {};
      const { [id]: _dropped, ...rest } = s.previous;
      return {
        previous: rest,
        datasets: {
          ...s.datasets,
          [id]: { status: 'ready', dataset, origin: { kind: 'published' }, loadedAt: Date.now() },
        },
      };
    }),
});
