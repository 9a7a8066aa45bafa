import type { StateCreator } from 'zustand';
import type { Manifest } from '../core/manifest';
import { stableJson } from '../core/fingerprint';
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

export type FileId = DatasetId | 'manifest';

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
  setManifest(manifest: ManifestState, bundled?: boolean): void;
  setPublished(
    id: DatasetId,
    dataset: Dataset,
    loadedAt: number,
    modifiedAt?: number,
    bundled?: boolean,
  ): void;
  setLoadError(id: DatasetId, fileName: string, issues: Issue[]): void;
  applyImport(dataset: Dataset, fileName: string, importedAt: number): void;
  undoImport(id: DatasetId): void;
  restorePublished(id: DatasetId): void;
  /** A failed file goes back to loading; the app loader sees that and fetches it again. */
  retryLoad(id: DatasetId): void;
  retryManifest(): void;
}

function without(files: Partial<Record<FileId, true>>, id: FileId): Partial<Record<FileId, true>> {
  if (!files[id]) return files;
  const { [id]: _dropped, ...rest } = files;
  return rest;
}

const loading = { status: 'loading' } as const;
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
  // Like a dataset, a manifest that loaded stays when a later refresh fails.
  setManifest: (manifest, bundled) =>
    set((s) => {
      if (bundled) return { manifest, bundled: { ...s.bundled, manifest: true } };
      const same =
        s.bundled.manifest &&
        s.manifest.status === 'ready' &&
        manifest.status === 'ready' &&
        stableJson(manifest.manifest) === stableJson(s.manifest.manifest);
      if (same) return { bundled: without(s.bundled, 'manifest') };
      if (manifest.status === 'error' && s.manifest.status === 'ready' && !s.bundled.manifest)
        return {};
      return { manifest, bundled: without(s.bundled, 'manifest') };
    }),
  setPublished: (id, dataset, loadedAt, modifiedAt, bundled) =>
    set((s) => {
      const current = s.datasets[id];
      const same =
        !bundled &&
        s.bundled[id] &&
        current.status === 'ready' &&
        stableJson(current.dataset) === stableJson(dataset);
      // The page already shows this very file: keep every object, so nothing re-renders.
      if (same) return { bundled: without(s.bundled, id) };
      const published = { ...s.published, [id]: dataset };
      const marked = bundled ? { ...s.bundled, [id]: true as const } : without(s.bundled, id);
      // A refresh of data/ must not silently replace a draft the user applied.
      if (current.status === 'ready' && current.origin.kind === 'imported')
        return { published, bundled: marked };
      return {
        published,
        bundled: marked,
        datasets: {
          ...s.datasets,
          [id]: {
            status: 'ready',
            dataset,
            origin:
              modifiedAt === undefined ? { kind: 'published' } : { kind: 'published', modifiedAt },
            loadedAt,
          },
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
