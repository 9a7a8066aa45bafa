import { DATASET_IDS, type DatasetId } from '../../core/types';
import type { AppStore } from '../../store/store';
import { draftKey, parseDraft } from './draft-record';
import { hasUnsavedChange, idbStorage, inTurn, onDraftSaved, type DraftStorage } from './drafts';

export const DRAFT_CHANNEL = 'putuo-dashboard-drafts';

/**
 * Makes this tab show what storage now holds for one dataset, after another tab wrote it.
 * Storage keeps the last write, so every tab ends on the same draft and none on a mix.
 */
export async function adoptStored(
  store: AppStore,
  id: DatasetId,
  storage: DraftStorage = idbStorage,
): Promise<void> {
  const before = store.getState().datasets[id];
  if (hasUnsavedChange(id)) return;
  let stored: unknown;
  try {
    stored = await storage.get(draftKey(id));
  } catch {
    return;
  }
  const state = store.getState();
  // A change made here meanwhile is saved after this read, so it is the later write and wins.
  if (state.datasets[id] !== before || hasUnsavedChange(id)) return;
  const draft = stored === undefined ? undefined : parseDraft(stored, id);
  const shown =
    before.status === 'ready' && before.origin.kind === 'imported' ? before.origin : undefined;
  if (draft) {
    if (shown?.fileName === draft.fileName && shown.importedAt === draft.importedAt) return;
    state.applyImport(draft.dataset, draft.fileName, draft.importedAt);
    state.addImportNotice('import.notice.otherTab', { dataset: id, file: draft.fileName });
  } else if (shown) {
    state.restorePublished(id);
    state.addImportNotice('import.notice.otherTabPublished', { dataset: id });
  }
}

function datasetOf(message: unknown): DatasetId | undefined {
  if (typeof message !== 'object' || message === null || !('id' in message)) return undefined;
  return DATASET_IDS.find((id) => id === message.id);
}

/** Each saved draft is announced to the other tabs of this site, which then re-read it. */
export function syncDraftsAcrossTabs(
  store: AppStore,
  storage: DraftStorage = idbStorage,
): () => void {
  if (typeof BroadcastChannel !== 'function') return () => {};
  const channel = new BroadcastChannel(DRAFT_CHANNEL);
  const stop = onDraftSaved((id) => channel.postMessage({ id }));
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const id = datasetOf(event.data);
    if (id) void inTurn(() => adoptStored(store, id, storage));
  };
  return () => {
    stop();
    channel.close();
  };
}
