import { useCallback, useRef, useState } from 'react';
import { MAX_BYTES } from '../../core/decode';
import { isWorkbookName } from '../../core/staff-file';
import type { Dataset, DatasetId, Encoding } from '../../core/types';
import type { AppStore } from '../../store/store';
import { applyDraft, idbStorage, type DraftStorage } from './drafts';
import { startRead, type ReadHandle } from './read-client';
import type { Progress, ReadOutcome } from './read-file';

export type EntryStatus = 'reading' | 'ready' | 'cancelled' | 'crashed' | 'applied';

export interface ImportEntry {
  key: number;
  file: File;
  /** The encoding the user picked; undefined while detection decides. */
  encoding?: Encoding;
  status: EntryStatus;
  progress?: Progress;
  outcome?: ReadOutcome;
}

export const MAX_MB = MAX_BYTES / 2 ** 20;

function tooLarge(file: File): ReadOutcome {
  return {
    ok: false,
    meta: { fileName: file.name },
    issues: [{ code: 'file_too_large', severity: 'error', params: { limitMb: MAX_MB } }],
    kind: isWorkbookName(file.name) ? 'workbook' : 'csv',
    peek: '',
    encoding: 'utf-8',
  };
}

/** What Apply takes: the file's one dataset, or the chosen sheets, only when none has an error. */
export function datasetsToApply(outcome: ReadOutcome | undefined, sheets?: readonly string[]) {
  if (!outcome) return [];
  if (!outcome.sheets) return outcome.ok && outcome.dataset ? [outcome.dataset] : [];
  if (outcome.issues.some((i) => i.severity === 'error')) return [];
  const chosen = outcome.sheets.filter((s) => sheets?.includes(s.sheet));
  if (chosen.some((s) => !s.ok || !s.dataset)) return [];
  return chosen.map((s) => s.dataset!);
}

function currentData(store: AppStore): Partial<Record<DatasetId, Dataset>> {
  const current: Partial<Record<DatasetId, Dataset>> = {};
  for (const [id, state] of Object.entries(store.getState().datasets)) {
    if (state.status === 'ready') current[id as DatasetId] = state.dataset;
  }
  return current;
}

let nextKey = 1;

/** The files in the dialog: each read off the main thread, previewed, then applied or not. */
export function useImportSession(store: AppStore, storage: DraftStorage = idbStorage) {
  const [entries, setEntries] = useState<ImportEntry[]>([]);
  const handles = useRef(new Map<number, ReadHandle>());

  const update = useCallback((key: number, patch: Partial<ImportEntry>) => {
    setEntries((list) => list.map((e) => (e.key === key ? { ...e, ...patch } : e)));
  }, []);

  const read = useCallback(
    (key: number, file: File, encoding?: Encoding) => {
      handles.current.get(key)?.cancel();
      if (file.size > MAX_BYTES) {
        update(key, { status: 'ready', outcome: tooLarge(file) });
        return;
      }
      const request = { file, fileName: file.name, encoding, current: currentData(store) };
      const handle = startRead(request, (progress) => update(key, { progress }));
      handles.current.set(key, handle);
      handle.done.then(
        (outcome) => {
          if (handles.current.get(key) !== handle) return;
          handles.current.delete(key);
          update(key, { status: 'ready', outcome, progress: undefined });
        },
        () => {
          handles.current.delete(key);
          update(key, { status: 'crashed', progress: undefined });
        },
      );
    },
    [store, update],
  );

  const addFiles = useCallback(
    (files: readonly File[]) => {
      const added = files.map((file) => ({ key: nextKey++, file, status: 'reading' as const }));
      setEntries((list) => [...list, ...added]);
      for (const entry of added) read(entry.key, entry.file);
      return added.map((e) => e.key);
    },
    [read],
  );

  const setEncoding = useCallback(
    (entry: ImportEntry, encoding: Encoding) => {
      update(entry.key, { encoding, status: 'reading', outcome: undefined });
      read(entry.key, entry.file, encoding);
    },
    [read, update],
  );

  const cancel = useCallback(
    (key: number) => {
      handles.current.get(key)?.cancel();
      handles.current.delete(key);
      update(key, { status: 'cancelled', progress: undefined });
    },
    [update],
  );

  const apply = useCallback(
    async (entry: ImportEntry, sheets?: readonly string[]) => {
      const datasets = datasetsToApply(entry.outcome, sheets);
      if (datasets.length === 0) return;
      update(entry.key, { status: 'applied' });
      // Every store update runs before the first await: the board never shows one sheet without the others.
      await Promise.all(datasets.map((d) => applyDraft(store, d, entry.file.name, storage)));
    },
    [store, storage, update],
  );

  /** On close, not on unmount: StrictMode's trial unmount would kill the reads it just began. */
  const cancelAll = useCallback(() => {
    for (const handle of handles.current.values()) handle.cancel();
    handles.current.clear();
  }, []);

  return { entries, addFiles, setEncoding, cancel, cancelAll, apply };
}
