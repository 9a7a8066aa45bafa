import { describe, expect, it } from 'vitest';
import datasetsJson from '../../data/datasets.json';
import { parseManifest } from '../core/manifest';
import type { Dataset } from '../core/types';
import type { ManifestState } from './datasets-slice';
import { createAppStore } from './store';

const rows = (count: number): Dataset => ({
  id: 'services',
  rows: [{ period: '2021', item: 'a', count }],
});

function bundledStore() {
  const store = createAppStore();
  store.getState().setPublished('services', rows(1), 10, 5, true, 'hash-1');
  return store;
}

describe('a bundled file', () => {
  it('is left exactly as it is when the fetched file is the same', () => {
    const store = bundledStore();
    const before = store.getState().datasets;
    store.getState().keepPublished('services', 20, 6);
    expect(store.getState().datasets).toBe(before);
    expect(store.getState().bundled.services).toBeUndefined();
    expect(store.getState().publishedHash.services).toBe('hash-1');
  });

  it('once fetched, a refresh with the same file keeps the dataset and takes the new times', () => {
    const store = bundledStore();
    store.getState().keepPublished('services', 20, 6);
    const dataset = store.getState().published.services;
    store.getState().keepPublished('services', 30, 7);
    expect(store.getState().datasets.services).toEqual({
      status: 'ready',
      dataset,
      origin: { kind: 'published', modifiedAt: 7 },
      loadedAt: 30,
    });
  });

  it('is replaced by a fetched file that differs', () => {
    const store = bundledStore();
    store.getState().setPublished('services', rows(2), 20, 6, false, 'hash-2');
    const state = store.getState().datasets.services;
    expect(state.status === 'ready' && state.dataset).toEqual(rows(2));
    expect(store.getState().published.services).toEqual(rows(2));
    expect(store.getState().publishedHash.services).toBe('hash-2');
  });

  it('gives way to the error of its first fetch; a later error keeps good data', () => {
    const store = bundledStore();
    store.getState().setLoadError('services', 'services.csv', []);
    expect(store.getState().datasets.services.status).toBe('error');

    const fetched = createAppStore();
    fetched.getState().setPublished('services', rows(1), 10);
    fetched.getState().setLoadError('services', 'services.csv', []);
    expect(fetched.getState().datasets.services.status).toBe('ready');
  });

  it('counts for the manifest too', () => {
    const parsed = parseManifest(datasetsJson);
    if (!parsed.ok) throw new Error('data/datasets.json does not parse');
    const manifest: ManifestState = { status: 'ready', manifest: parsed.manifest };
    const store = createAppStore();
    store.getState().setManifest(manifest, true, 'm-1');
    const before = store.getState().manifest;
    store.getState().keepPublished('manifest', 20);
    expect(store.getState().manifest).toBe(before);
    expect(store.getState().bundled.manifest).toBeUndefined();
    store.getState().setManifest({ status: 'error', issues: [] });
    expect(store.getState().manifest.status).toBe('ready');

    const failed = createAppStore();
    failed.getState().setManifest(manifest, true, 'm-1');
    failed.getState().setManifest({ status: 'error', issues: [] });
    expect(failed.getState().manifest.status).toBe('error');
    // So a Retry that finds the same file parses it again instead of keeping the error.
    expect(failed.getState().publishedHash.manifest).toBeUndefined();
  });
});
