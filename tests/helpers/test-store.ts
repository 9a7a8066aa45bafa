import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseManifest, type Manifest } from '../../src/core/manifest';
import { readCsv } from '../../src/core/read-csv';
import { SCHEMAS } from '../../src/core/schema';
import {
  DATASET_IDS,
  OPTIONAL_DATASETS,
  type DatasetId,
  type ReadResult,
  type RowsById,
} from '../../src/core/types';
import { createAppStore, type AppStore } from '../../src/store/store';

/** Test-only: the bundled data/ files, read through the same core the app uses. */
// jsdom gives import.meta.url an http: scheme, so resolve from the project root vitest runs in.
const DATA = join(process.cwd(), 'data');

export function readDataFile(id: DatasetId, text?: string): ReadResult {
  const fileName = SCHEMAS[id].file;
  const bytes = text === undefined ? readFileSync(join(DATA, fileName)) : Buffer.from(text);
  return readCsv(new Uint8Array(bytes), { fileName, datasetId: id });
}

export function readSeedRows<K extends DatasetId>(id: K): RowsById[K][] {
  const result = readDataFile(id);
  if (!result.ok || result.dataset.id !== id) throw new Error(`${id} does not validate`);
  return result.dataset.rows as RowsById[K][];
}

export function readSeedManifest(): Manifest {
  const parsed = parseManifest(JSON.parse(readFileSync(join(DATA, 'datasets.json'), 'utf8')));
  if (!parsed.ok) throw new Error(`datasets.json is invalid at ${parsed.path}`);
  return parsed.manifest;
}

export const LOADED_AT = Date.UTC(2022, 0, 20, 8, 0);

/** A store as the app has it after loadAll; `override` replaces a file's text. */
export function seedStore(override: Partial<Record<DatasetId, string>> = {}): AppStore {
  const store = createAppStore();
  store.getState().setManifest({ status: 'ready', manifest: readSeedManifest() });
  for (const id of DATASET_IDS) {
    // data/ holds no annotations: a test gives its own (synthetic) file or none.
    if (override[id] === undefined && OPTIONAL_DATASETS.includes(id)) continue;
    const result = readDataFile(id, override[id]);
    if (result.ok) store.getState().setPublished(id, result.dataset, LOADED_AT);
    else store.getState().setLoadError(id, SCHEMAS[id].file, result.issues);
  }
  return store;
}
