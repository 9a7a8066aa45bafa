import { SCHEMAS } from '../core/schema';
import { DATASET_IDS } from '../core/types';
import { createAppStore, type AppState } from '../store/store';
import { storeDataset, storeManifest } from './load-data';

/** The id of the <script type="application/json"> the build writes the data into. */
export const INITIAL_DATA_ID = 'initial-data';
export const MANIFEST_FILE = 'datasets.json';
/** On #root while it holds only the build's HTML: the app removes it once it has taken over. */
export const PRERENDERED_ATTR = 'data-prerendered';

export interface BundledFile {
  text: string;
  /** When the file last changed: what the server will send as Last-Modified. */
  modifiedAt: number;
}

/** data/ as the build read it, so the page's first render is the one the server made. */
export interface InitialData {
  builtAt: number;
  /** By file name: datasets.json, services.csv, … */
  files: Record<string, BundledFile>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function parseFile(value: unknown): BundledFile | undefined {
  if (!isRecord(value)) return undefined;
  const { text, modifiedAt } = value;
  return typeof text === 'string' && typeof modifiedAt === 'number'
    ? { text, modifiedAt }
    : undefined;
}

export function parseInitialData(json: unknown): InitialData | undefined {
  if (!isRecord(json) || typeof json.builtAt !== 'number' || !isRecord(json.files))
    return undefined;
  const files: Record<string, BundledFile> = {};
  for (const [name, value] of Object.entries(json.files)) {
    const file = parseFile(value);
    if (!file) return undefined;
    files[name] = file;
  }
  return { builtAt: json.builtAt, files };
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

/** What the bundled files put in the store. */
export type BundledState = Pick<AppState, 'manifest' | 'datasets' | 'published' | 'bundled'>;

/**
 * The store's data from the files the build bundled, through the same loader as a fetch, so
 * server and browser start alike. It must be the store's initial state: Zustand reads that
 * on the server and while React hydrates. Marked bundled, so the first fetch of data/
 * replaces it, or shows the error that fetch met.
 */
export function bundledState(data: InitialData): BundledState {
  const store = createAppStore();
  const bytes = (text: string) => new TextEncoder().encode(text);
  const manifest = data.files[MANIFEST_FILE];
  if (manifest) storeManifest(store, bytes(manifest.text), true);
  for (const id of DATASET_IDS) {
    const file = data.files[SCHEMAS[id].file];
    if (!file) continue;
    storeDataset(store, id, bytes(file.text), {
      loadedAt: data.builtAt,
      modifiedAt: file.modifiedAt,
      bundled: true,
    });
  }
  const { manifest: loaded, datasets, published, bundled } = store.getState();
  return { manifest: loaded, datasets, published, bundled };
}
