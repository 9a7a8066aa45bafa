import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../core/types';
import { DRAFT_SCHEMA_VERSION, draftKey, parseDraft } from './draft-record';
import { applyDraft, restoreDrafts } from './drafts';
import {
  memoryStorage,
  publishedDataset,
  publishedStore,
} from '../../../tests/helpers/import-test-utils';

const draft2022: Dataset = {
  id: 'services',
  rows: [{ period: '2022', item: '全城通办', count: 600 }],
};
const record = (dataset: Dataset = draft2022) => ({
  schemaVersion: DRAFT_SCHEMA_VERSION,
  dataset,
  fileName: 'services-2022.csv',
  importedAt: 1_700_000_000_000,
});

describe('restoreDrafts', () => {
  it('re-applies a saved draft over the published data, keeping undo to published', async () => {
    const store = publishedStore();
    const published = store.getState().datasets.services;
    await restoreDrafts(store, memoryStorage({ [draftKey('services')]: record() }));
    const services = store.getState().datasets.services;
    expect(services.status === 'ready' && services.dataset).toEqual(draft2022);
    expect(services.status === 'ready' && services.origin).toEqual({
      kind: 'imported',
      fileName: 'services-2022.csv',
      importedAt: 1_700_000_000_000,
    });
    store.getState().undoImport('services');
    expect(store.getState().datasets.services).toBe(published);
  });

  it.each([
    ['an older schema version', { ...record(), schemaVersion: 0 }],
    ['a corrupt dataset', { ...record(), dataset: { id: 'services', rows: [{ period: 2022 }] } }],
    [
      'a negative count',
      record({ id: 'services', rows: [{ period: '2022', item: 'a', count: -1 }] }),
    ],
    ['a dataset under the wrong key', record(publishedDataset('crime'))],
    ['not an object', 'garbage'],
  ])('drops %s with a notice and keeps the published data', async (_, stored) => {
    const store = publishedStore();
    const published = store.getState().datasets.services;
    const storage = memoryStorage({ [draftKey('services')]: stored });
    await restoreDrafts(store, storage);
    expect(store.getState().datasets.services).toBe(published);
    expect(storage.data.has(draftKey('services'))).toBe(false);
    expect(store.getState().importNotices.map((n) => n.key)).toEqual([
      'import.notice.draftDropped',
    ]);
  });

  it('drops a draft the published data has caught up with', async () => {
    const store = publishedStore();
    const storage = memoryStorage({ [draftKey('crime')]: record(publishedDataset('crime')) });
    await restoreDrafts(store, storage);
    const crime = store.getState().datasets.crime;
    expect(crime.status === 'ready' && crime.origin.kind).toBe('published');
    expect(storage.data.size).toBe(0);
  });

  it('keeps the published data with one notice when storage cannot be opened at all', async () => {
    const store = publishedStore();
    const before = store.getState().datasets;
    const storage = memoryStorage();
    storage.get.mockRejectedValue(new Error('IndexedDB broken'));
    await restoreDrafts(store, storage);
    expect(store.getState().datasets).toBe(before);
    expect(store.getState().importNotices.map((n) => n.key)).toEqual([
      'import.notice.storageUnavailable',
    ]);
  });

  it('names the dataset whose draft alone cannot be read', async () => {
    const store = publishedStore();
    const storage = memoryStorage();
    storage.get.mockImplementation(async (key: string) => {
      if (key === draftKey('crime')) throw new Error('one record unreadable');
      return undefined;
    });
    await restoreDrafts(store, storage);
    expect(store.getState().importNotices).toMatchObject([
      { key: 'import.notice.readFailed', params: { dataset: 'crime' } },
    ]);
  });

  it('keeps the published data, throws nothing and says so where IndexedDB does not exist', async () => {
    expect(typeof indexedDB).toBe('undefined');
    const store = publishedStore();
    const before = store.getState().datasets;
    await expect(restoreDrafts(store)).resolves.toBeUndefined();
    expect(store.getState().datasets).toBe(before);
    expect(store.getState().importNotices.map((n) => n.key)).toEqual([
      'import.notice.storageUnavailable',
    ]);
  });
});

describe('applyDraft without IndexedDB', () => {
  it('applies the data and says the draft could not be saved', async () => {
    const store = publishedStore();
    await applyDraft(store, draft2022, 'x.csv');
    const services = store.getState().datasets.services;
    expect(services.status === 'ready' && services.dataset).toEqual(draft2022);
    expect(store.getState().importNotices[0]).toMatchObject({
      key: 'import.notice.saveFailed',
      params: { dataset: 'services' },
    });
  });
});

describe('parseDraft', () => {
  it('accepts every published dataset as a draft of itself', () => {
    for (const id of ['services', 'crime', 'patrol', 'indicators', 'cases'] as const) {
      expect(parseDraft(record(publishedDataset(id)), id)).toBeDefined();
    }
  });
});
