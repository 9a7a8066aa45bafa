import { parseManifest } from '../core/manifest';
import { readCsv } from '../core/read-csv';
import { SCHEMAS } from '../core/schema';
import { DATASET_IDS, type DatasetId, type Issue } from '../core/types';
import type { AppStore } from '../store/store';

export const FETCH_TIMEOUT_MS = 15_000;
/** Browser tests set this global before the page's scripts run, to time out in ms, not 15 s. */
export const TIMEOUT_OVERRIDE = '__putuoFetchTimeoutMs';

function pageTimeout(): number {
  const value: unknown = Reflect.get(globalThis, TIMEOUT_OVERRIDE);
  return typeof value === 'number' && value > 0 ? value : FETCH_TIMEOUT_MS;
}

type Fetched =
  { ok: true; bytes: Uint8Array; modifiedAt: number | undefined } | { ok: false; issue: Issue };

async function fetchBytes(url: string, timeoutMs: number): Promise<Fetched> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const res = await fetch(url, { signal: controller.signal, cache: 'no-cache' });
    if (!res.ok)
      return {
        ok: false,
        issue: { code: 'http_error', severity: 'error', params: { status: res.status } },
      };
    // When the file last changed, which is what "data as of" means; absent on some servers.
    const modified = Date.parse(res.headers.get('Last-Modified') ?? '');
    return {
      ok: true,
      bytes: new Uint8Array(await res.arrayBuffer()),
      modifiedAt: Number.isNaN(modified) ? undefined : modified,
    };
  } catch {
    const code = controller.signal.aborted ? 'timeout' : 'network_error';
    return { ok: false, issue: { code, severity: 'error', params: { seconds: timeoutMs / 1000 } } };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * One file's bytes into the store through the core reader: a fetched file, or (bundled) the
 * copy the build put into the page, which the first fetch then replaces.
 */
export function storeDataset(
  store: AppStore,
  id: DatasetId,
  bytes: Uint8Array,
  file: { loadedAt: number; modifiedAt: number | undefined; bundled?: boolean },
): boolean {
  const fileName = SCHEMAS[id].file;
  const result = readCsv(bytes, { fileName, datasetId: id });
  if (result.ok)
    store.getState().setPublished(id, result.dataset, file.loadedAt, file.modifiedAt, file.bundled);
  else store.getState().setLoadError(id, fileName, result.issues);
  return result.ok;
}

export function storeManifest(store: AppStore, bytes: Uint8Array, bundled = false): boolean {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    json = undefined;
  }
  const result = parseManifest(json);
  store.getState().setManifest(
    result.ok
      ? { status: 'ready', manifest: result.manifest }
      : {
          status: 'error',
          issues: [{ code: 'bad_manifest', severity: 'error', params: { path: result.path } }],
        },
    bundled,
  );
  return result.ok;
}

export async function loadDataset(
  store: AppStore,
  id: DatasetId,
  base = './data/',
  timeoutMs = FETCH_TIMEOUT_MS,
): Promise<boolean> {
  const fileName = SCHEMAS[id].file;
  const fetched = await fetchBytes(base + fileName, timeoutMs);
  if (!fetched.ok) {
    store.getState().setLoadError(id, fileName, [fetched.issue]);
    return false;
  }
  return storeDataset(store, id, fetched.bytes, {
    loadedAt: Date.now(),
    modifiedAt: fetched.modifiedAt,
  });
}

export async function loadManifest(
  store: AppStore,
  base = './data/',
  timeoutMs = FETCH_TIMEOUT_MS,
): Promise<boolean> {
  const fetched = await fetchBytes(base + 'datasets.json', timeoutMs);
  if (!fetched.ok) {
    store.getState().setManifest({ status: 'error', issues: [fetched.issue] });
    return false;
  }
  return storeManifest(store, fetched.bytes);
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
  const results = await Promise.all([
    loadManifest(store, base, timeoutMs),
    ...DATASET_IDS.map((id) => loadDataset(store, id, base, timeoutMs)),
  ]);
  return results.every(Boolean);
}
