import type { DataFolder } from '../core/data-folder';
import { parseManifest, type Manifest } from '../core/manifest';
import { parseRevisions, type Revisions } from '../core/revisions';
import { SCHEMAS } from '../core/schema';
import { DATASET_IDS, OPTIONAL_DATASETS, type Dataset, type DatasetId } from '../core/types';
import { createAppStore, type AppState } from '../store/store';

/** The id of the <script type="application/json"> the build writes the data into. */
export const INITIAL_DATA_ID = 'initial-data';
/** On #root while it holds only the build's HTML: the app removes it once it has taken over. */
export const PRERENDERED_ATTR = 'data-prerendered';

interface Carried {
  /** Of the file's bytes, so the browser's fetch can tell the same file without parsing it. */
  hash: string;
  /** When the file last changed: what the server will send as Last-Modified. */
  modifiedAt?: number;
}

/** What the build read and validated from data/, so the page's first render is the server's. */
export interface InitialData {
  builtAt: number;
  manifest?: Carried & { manifest: Manifest };
  datasets: Partial<Record<DatasetId, Carried & { dataset: Dataset }>>;
  /** Only when the server rendered the page with a revisions.json. */
  revisions?: Revisions;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The ready files of a folder the build read; a file in error is left for the fetch to show. */
export function initialDataOf(folder: DataFolder, builtAt: number): InitialData {
  const data: InitialData = { builtAt, datasets: {} };
  const m = folder.manifest;
  if (m?.status === 'ready')
    data.manifest = { hash: m.hash, modifiedAt: m.modifiedAt, manifest: m.manifest };
  for (const id of DATASET_IDS) {
    const d = folder.datasets[id];
    if (d?.status === 'ready')
      data.datasets[id] = { hash: d.hash, modifiedAt: d.modifiedAt, dataset: d.dataset };
  }
  const revisions = folder.revisions?.revisions;
  if (revisions && Object.keys(revisions).length > 0) data.revisions = revisions;
  return data;
}

function carried(value: Record<string, unknown>): Carried | undefined {
  const { hash, modifiedAt } = value;
  if (typeof hash !== 'string') return undefined;
  if (modifiedAt !== undefined && typeof modifiedAt !== 'number') return undefined;
  return modifiedAt === undefined ? { hash } : { hash, modifiedAt };
}

/** Each row has every column of its schema, of the column's type: the build validated the rest. */
function rowsFit(id: DatasetId, rows: unknown[]): boolean {
  const columns = SCHEMAS[id].columns;
  return rows.every(
    (row) =>
      isRecord(row) &&
      columns.every((c) =>
        c.type === 'count' || c.type === 'number'
          ? typeof row[c.id] === 'number'
          : typeof row[c.id] === 'string',
      ),
  );
}

function isDataset(id: DatasetId, value: unknown): value is Dataset {
  return isRecord(value) && value.id === id && Array.isArray(value.rows) && rowsFit(id, value.rows);
}

function carriedDataset(
  id: DatasetId,
  value: unknown,
): (Carried & { dataset: Dataset }) | undefined {
  if (!isRecord(value)) return undefined;
  const head = carried(value);
  return head && isDataset(id, value.dataset) ? { ...head, dataset: value.dataset } : undefined;
}

export function parseInitialData(json: unknown): InitialData | undefined {
  if (!isRecord(json) || typeof json.builtAt !== 'number' || !isRecord(json.datasets))
    return undefined;
  const data: InitialData = { builtAt: json.builtAt, datasets: {} };
  if (json.manifest !== undefined) {
    const head = isRecord(json.manifest) ? carried(json.manifest) : undefined;
    const manifest = isRecord(json.manifest) ? parseManifest(json.manifest.manifest) : undefined;
    if (!head || !manifest?.ok) return undefined;
    data.manifest = { ...head, manifest: manifest.manifest };
  }
  for (const id of DATASET_IDS) {
    if (json.datasets[id] === undefined) continue;
    const dataset = carriedDataset(id, json.datasets[id]);
    if (!dataset) return undefined;
    data.datasets[id] = dataset;
  }
  if (json.revisions !== undefined) {
    const revisions = parseRevisions(json.revisions);
    if (!revisions.ok) return undefined;
    data.revisions = revisions.revisions;
  }
  return data;
}

/** The text inside <script type="application/json">: "<" escaped, so no "</script>" can end it. */
export function initialDataJson(data: InitialData): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

export function readInitialData(doc: Document): InitialData | undefined {
  const text = doc.getElementById(INITIAL_DATA_ID)?.textContent;
  if (!text) return undefined;
  try {
    return parseInitialData(JSON.parse(text));
  } catch {
    return undefined;
  }
}

/**
 * Only which optional files (annotations.csv) the page was built with: the wall reads every file
 * itself, but must not ask for one the site does not publish.
 */
export function optionalFilesOf(data: InitialData): Pick<AppState, 'publishedHash'> {
  const publishedHash: AppState['publishedHash'] = {};
  for (const id of OPTIONAL_DATASETS) {
    const hash = data.datasets[id]?.hash;
    if (hash !== undefined) publishedHash[id] = hash;
  }
  return { publishedHash };
}

/** What the bundled files put in the store. */
export type BundledState = Pick<
  AppState,
  'manifest' | 'datasets' | 'published' | 'bundled' | 'publishedHash' | 'revisions'
>;

/**
 * The store's data from what the build validated, with nothing parsed again. It must be the
 * store's initial state: Zustand reads that on the server and while React hydrates. Marked
 * bundled, so the first fetch of data/ replaces it, or shows the error that fetch met.
 */
export function bundledState(data: InitialData): BundledState {
  const store = createAppStore();
  const { setManifest, setPublished } = store.getState();
  if (data.manifest)
    setManifest({ status: 'ready', manifest: data.manifest.manifest }, true, data.manifest.hash);
  for (const id of DATASET_IDS) {
    const file = data.datasets[id];
    if (file) setPublished(id, file.dataset, data.builtAt, file.modifiedAt, true, file.hash);
  }
  const { manifest, datasets, published, bundled, publishedHash } = store.getState();
  return { manifest, datasets, published, bundled, publishedHash, revisions: data.revisions ?? {} };
}
