import type { StateCreator } from 'zustand';
import type { Manifest } from '../core/manifest';
import type { Dataset, DatasetId, Issue } from '../core/types';

export type Origin =
  /**
   * modifiedAt: the file's Last-Modified time, when the server sent one. bundled: the copy
   * built into the page, which the first fetch of data/ replaces, even with an error.
   */
  | { kind: 'published'; modifiedAt?: number; bundled?: true }
  | { kind: 'imported'; fileName: string; importedAt: number };

export type DatasetState =
  | { status: 'loading' }
  | { status: 'error'; fileName: string; issues: Issue[] }
  | { status: 'ready'; dataset: Dataset; origin: Origin; loadedAt: number };

export type ManifestState =
  | { status: 'loading' }
  | { status: 'error'; issues: Issue[] }
  | { status: 'ready'; manifest: Manifest; bundled?: true };

export interface DatasetsSlice {
  manifest: ManifestState;
  datasets: Record<DatasetId, DatasetState>;
  /** The last good copy from `data/`, kept so an import can always be rolled back. */
  published: Partial<Record<DatasetId, Dataset>>;
  /** What an import replaced, for one-step undo. */
  previous: Partial<Record<DatasetId, DatasetState>>;
  setManifest(manifest: ManifestState): void;
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
  // Like a dataset, a manifest that loaded stays when a later refresh fails.
  setManifest: (manifest) =>
    set((s) =>
      manifest.status === 'error' && s.manifest.status === 'ready' && !s.manifest.bundled
        ? {}
        : { manifest },
    ),
  setPublished: (id, dataset, loadedAt, modifiedAt, bundled) =>
    set((s) => {
      const current = s.datasets[id];
      const published = { ...s.published, [id]: dataset };
      // A refresh of data/ must not silently replace a draft the user applied.
      if (current.status === 'ready' && current.origin.kind === 'imported') return { published };
      return {
        published,
        datasets: {
          ...s.datasets,
          [id]: {
            status: 'ready',
            dataset,
            origin: {
              kind: 'published',
              ...(modifiedAt === undefined ? {} : { modifiedAt }),
              ...(bundled ? { bundled: true } : {}),
            },
            loadedAt,
          },
        },
      };
    }),
  setLoadError: (id, fileName, issues) =>
    set((s) => {
      const current = s.datasets[id];
      if (
        current.status === 'ready' &&
        !(current.origin.kind === 'published' && current.origin.bundled)
      )
        return {};
      return { datasets: { ...s.datasets, [id]: { status: 'error', fileName, issues } } };
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
