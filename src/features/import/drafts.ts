import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import { diffDatasets } from '../../core/diff';
import { DATASET_IDS, type Dataset, type DatasetId } from '../../core/types';
import type { AppStore } from '../../store/store';
import { DRAFT_SCHEMA_VERSION, draftKey, parseDraft, type DraftRecord } from './draft-record';

export interface DraftStorage {
  get(key: string): Promise<unknown>;
  set(key: string, value: DraftRecord): Promise<void>;
  del(key: string): Promise<void>;
}

const TIMEOUT_MS = 5000;

/** A blocked or hung IndexedDB open must end as a failure, not as silence. */
function withTimeout<T>(work: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('storage timed out')), TIMEOUT_MS);
    // Called inside a promise so a missing `indexedDB` becomes a rejection, not a throw.
    Promise.resolve()
      .then(work)
      .then(resolve, reject)
      .finally(() => clearTimeout(timer));
  });
}

let idbStore: UseStore | undefined;
const drafts = () => (idbStore ??= createStore('putuo-dashboard', 'import-drafts'));

export const idbStorage: DraftStorage = {
  get: (key) => withTimeout(() => get<unknown>(key, drafts())),
  set: (key, value) => withTimeout(() => set(key, value, drafts())),
  del: (key) => withTimeout(() => del(key, drafts())),
};

async function attempt(work: () => Promise<unknown>): Promise<boolean> {
  try {
    await work();
    return true;
  } catch {
    return false;
  }
}

let queue: Promise<unknown> = Promise.resolve();
/** This tab's draft reads and writes run one at a time, so news from another tab never lands mid-save. */
export function inTurn<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work, work);
  queue = next.catch(() => undefined);
  return next;
}

const unsaved = new Map<DatasetId, number>();
/** True from a local change until its save has finished: another tab's older write must not undo it. */
export const hasUnsavedChange = (id: DatasetId) => (unsaved.get(id) ?? 0) > 0;

const savedListeners = new Set<(id: DatasetId) => void>();
export function onDraftSaved(listener: (id: DatasetId) => void): () => void {
  savedListeners.add(listener);
  return () => savedListeners.delete(listener);
}

/** Saves what a dataset now shows: its draft if imported, nothing if published. */
function persist(store: AppStore, id: DatasetId, storage: DraftStorage): Promise<void> {
  unsaved.set(id, (unsaved.get(id) ?? 0) + 1);
  return inTurn(async () => {
    const state = store.getState();
    const current = state.datasets[id];
    const ok =
      current.status === 'ready' && current.origin.kind === 'imported'
        ? await attempt(() =>
            storage.set(draftKey(id), {
              schemaVersion: DRAFT_SCHEMA_VERSION,
              dataset: current.dataset,
              fileName: current.origin.kind === 'imported' ? current.origin.fileName : '',
              importedAt: current.loadedAt,
            }),
          )
        : await attempt(() => storage.del(draftKey(id)));
    unsaved.set(id, (unsaved.get(id) ?? 1) - 1);
    if (!ok) state.addImportNotice('import.notice.saveFailed', { dataset: id });
    else for (const listener of savedListeners) listener(id);
  });
}

/** One atomic store update, then the draft is saved; a failed save only costs persistence. */
export async function applyDraft(
  store: AppStore,
  dataset: Dataset,
  fileName: string,
  storage: DraftStorage = idbStorage,
): Promise<void> {
  store.getState().applyImport(dataset, fileName, Date.now());
  await persist(store, dataset.id, storage);
}

export async function undoDraft(store: AppStore, id: DatasetId, storage = idbStorage) {
  store.getState().undoImport(id);
  await persist(store, id, storage);
}

export async function restorePublishedDraft(store: AppStore, id: DatasetId, storage = idbStorage) {
  store.getState().restorePublished(id);
  await persist(store, id, storage);
}

/** Call once the published data has loaded: re-applies the drafts saved by earlier visits. */
export async function restoreDrafts(
  store: AppStore,
  storage: DraftStorage = idbStorage,
): Promise<void> {
  if (storage === idbStorage && typeof indexedDB === 'undefined') {
    store.getState().addImportNotice('import.notice.storageUnavailable');
    return;
  }
  const unread: DatasetId[] = [];
  await Promise.all(
    DATASET_IDS.map(async (id) => {
      let stored: unknown;
      try {
        stored = await storage.get(draftKey(id));
      } catch {
        unread.push(id);
        return;
      }
      if (stored === undefined) return;
      const draft = parseDraft(stored, id);
      const state = store.getState();
      if (!draft) {
        state.addImportNotice('import.notice.draftDropped', { dataset: id });
        await attempt(() => storage.del(draftKey(id)));
        return;
      }
      const current = state.datasets[id];
      if (current.status === 'ready' && current.origin.kind === 'imported') return;
      const published = state.published[id];
      if (published && isSame(published, draft.dataset)) {
        state.addImportNotice('import.notice.draftPublished', { dataset: id });
        await attempt(() => storage.del(draftKey(id)));
        return;
      }
      state.applyImport(draft.dataset, draft.fileName, draft.importedAt);
    }),
  );
  // A database that will not open fails every read: one notice, not one per dataset.
  if (unread.length === DATASET_IDS.length)
    store.getState().addImportNotice('import.notice.storageUnavailable');
  else
    for (const id of unread)
      store.getState().addImportNotice('import.notice.readFailed', { dataset: id });
}

function isSame(a: Dataset, b: Dataset): boolean {
  const diff = diffDatasets(a, b);
  return diff.added.length + diff.changed.length + diff.removed.length === 0;
}
