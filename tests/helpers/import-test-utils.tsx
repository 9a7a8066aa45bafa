import { render } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';
import { readCsv } from '../../src/core/read-csv';
import { SCHEMAS } from '../../src/core/schema';
import { REQUIRED_DATASETS, type Dataset, type DatasetId } from '../../src/core/types';
import { createAppStore, StoreContext, type AppStore } from '../../src/store/store';
import type { DraftRecord } from '../../src/features/import/draft-record';
import type { DraftStorage } from '../../src/features/import/drafts';
import { ImportBanner } from '../../src/features/import/import-banner';
import { ImportButton } from '../../src/features/import/import-button';
import { ImportDialog } from '../../src/features/import/import-dialog';

export function publishedDataset(id: DatasetId): Dataset {
  const file = SCHEMAS[id].file;
  const result = readCsv(new Uint8Array(readFileSync(join('data', file))), {
    fileName: file,
    datasetId: id,
  });
  if (!result.ok) throw new Error(`data/${file} does not validate`);
  return result.dataset;
}

/** A store holding the published data/ files, as after loadAll. */
export function publishedStore(): AppStore {
  const store = createAppStore();
  for (const id of REQUIRED_DATASETS) store.getState().setPublished(id, publishedDataset(id), 1);
  return store;
}

/** In-memory storage whose calls can be made to fail. */
export function memoryStorage(initial: Record<string, unknown> = {}) {
  const data = new Map<string, unknown>(Object.entries(initial));
  const storage = {
    data,
    get: vi.fn(async (key: string) => data.get(key)),
    set: vi.fn(async (key: string, value: DraftRecord) => void data.set(key, value)),
    del: vi.fn(async (key: string) => void data.delete(key)),
  } satisfies DraftStorage & { data: Map<string, unknown> };
  return storage;
}

export function renderImport(store: AppStore, storage: DraftStorage) {
  return render(
    <StoreContext.Provider value={store}>
      <ImportBanner storage={storage} />
      <ImportButton />
      <main>
        <p>dashboard</p>
      </main>
      <ImportDialog storage={storage} />
    </StoreContext.Provider>,
  );
}

export const utf8File = (text: string, name: string) =>
  new File([new TextEncoder().encode(text)], name, { type: 'text/csv' });
