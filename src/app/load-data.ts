import { FILE_IDS, readDataFolder, type FileId, type FolderEntry } from '../core/data-folder';
import { DATASET_IDS, OPTIONAL_DATASETS, type DatasetId } from '../core/types';
import type { AppStore } from '../store/store';
import { fetchBytes } from '../ui/fetch-bytes';

export const FETCH_TIMEOUT_MS = 15_000;
/** Browser tests set this global before the page's scripts run, to time out in ms, not 15 s. */
export const TIMEOUT_OVERRIDE = '__putuoFetchTimeoutMs';

function pageTimeout(): number {
  const value: unknown = Reflect.get(globalThis, TIMEOUT_OVERRIDE);
  return typeof value === 'number' && value > 0 ? value : FETCH_TIMEOUT_MS;
}

/** The hash of each file the store holds a good copy of: the same bytes are not parsed again. */
function knownHashes(store: AppStore): Partial<Record<FileId, string>> {
  const s = store.getState();
  const known: Partial<Record<FileId, string>> = {};
  for (const id of FILE_IDS) {
    const hash = s.publishedHash[id];
    const held = id === 'manifest' ? s.manifest.status === 'ready' : s.published[id] !== undefined;
    if (hash !== undefined && held) known[id] = hash;
  }
  return known;
}

/** One file's outcome into the store; true when it is good. */
function store1(store: AppStore, id: FileId, entry: FolderEntry, loadedAt: number): boolean {
  const s = store.getState();
  if (entry.status === 'unchanged') s.keepPublished(id, loadedAt, entry.modifiedAt);
  else if (id === 'manifest') {
    if (entry.status === 'ready' && 'manifest' in entry)
      s.setManifest({ status: 'ready', manifest: entry.manifest }, false, entry.hash);
    else if (entry.status === 'error') s.setManifest({ status: 'error', issues: entry.issues });
  } else if (entry.status === 'ready' && 'dataset' in entry)
    s.setPublished(id, entry.dataset, loadedAt, entry.modifiedAt, false, entry.hash);
  else if (entry.status === 'error') s.setLoadError(id, entry.name, entry.issues);
  return entry.status !== 'error';
}

/**
 * data/ through the core loader into the store, each file as soon as it arrives. A file whose
 * bytes match the copy the store holds (the one built into the page) is never parsed.
 */
async function load(
  store: AppStore,
  files: readonly FileId[],
  base: string,
  timeoutMs: number,
): Promise<boolean> {
  let ok = true;
  await readDataFolder((name) => fetchBytes(base + name, timeoutMs), {
    files,
    known: knownHashes(store),
    onEntry: (id, entry) => {
      ok = store1(store, id, entry, Date.now()) && ok;
    },
  });
  return ok;
}

export const loadDataset = (
  store: AppStore,
  id: DatasetId,
  base = './data/',
  timeoutMs = FETCH_TIMEOUT_MS,
) => load(store, [id], base, timeoutMs);

export const loadManifest = (store: AppStore, base = './data/', timeoutMs = FETCH_TIMEOUT_MS) =>
  load(store, ['manifest'], base, timeoutMs);

/**
 * An optional file is fetched only when the page was built (or published) with it: asking for
 * a file that is not there would fail a request on every load and every refresh.
 */
function filesToLoad(store: AppStore): FileId[] {
  const { publishedHash } = store.getState();
  return FILE_IDS.filter(
    (id) => id === 'manifest' || !OPTIONAL_DATASETS.includes(id) || publishedHash[id] !== undefined,
  );
}

const watched = new WeakSet<AppStore>();

/** A Retry button only moves a failed file back to loading; this is where it is fetched again. */
export function reloadOnRetry(store: AppStore, base = './data/', timeoutMs = FETCH_TIMEOUT_MS) {
  // loadAll may run again (a refresh); one watcher per store keeps one fetch per Retry.
  if (watched.has(store)) return;
  watched.add(store);
  store.subscribe((state, prev) => {
    if (state.manifest.status === 'loading' && prev.manifest.status === 'error')
      void loadManifest(store, base, timeoutMs);
    for (const id of DATASET_IDS) {
      if (state.datasets[id].status === 'loading' && prev.datasets[id].status === 'error')
        void loadDataset(store, id, base, timeoutMs);
    }
  });
}

/**
 * Each file succeeds or fails on its own, so one bad file only darkens its own panels;
 * true when every file loaded. A failed file is fetched again when its Retry is pressed.
 */
export async function loadAll(
  store: AppStore,
  base = './data/',
  timeoutMs = pageTimeout(),
): Promise<boolean> {
  reloadOnRetry(store, base, timeoutMs);
  return load(store, filesToLoad(store), base, timeoutMs);
}
