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
  store.getState().setPublished('services', rows(1), 10, 5, true);
  return store;
}

describe('a bundled file', () => {
  it('is left exactly as it is when the fetched file is the same', () => {
    const store = bundledStore();
    const before = store.getState().datasets;
    store.getState().setPublished('services', rows(1), 20, 6);
    expect(store.getState().datasets).toBe(before);
    expect(store.getState().bundled.services).toBeUndefined();
  });

  it('is replaced by a fetched file that differs', () => {
    const store = bundledStore();
    store.getState().setPublished('services', rows(2), 20, 6);
    const state = store.getState().datasets.services;
    expect(state.status === 'ready' && state.dataset).toEqual(rows(2));
    expect(store.getState().published.services).toEqual(rows(2));
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
    store.getState().setManifest(manifest, true);
    const before = store.getState().manifest;
    store.getState().setManifest(structuredClone(manifest));
    expect(store.getState().manifest).toBe(before);
    store.getState().setManifest({ status: 'error', issues: [] });
    expect(store.getState().manifest.status).toBe('ready');

    const failed = createAppStore();
    failed.getState().setManifest(manifest, true);
    failed.getState().setManifest({ status: 'error', issues: [] });
    expect(failed.getState().manifest.status).toBe('error');
  });
});
