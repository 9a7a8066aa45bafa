import { describe, expect, it } from 'vitest';
import { createAppStore } from './store';

const issue = { code: 'http_error', severity: 'error', params: { status: 500 } } as const;

describe('a refresh that fails keeps what loaded', () => {
  it('keeps a ready dataset and a ready manifest, and still reports a first failure', () => {
    const store = createAppStore();
    const rows = [{ period: '2021', item: '甲', count: 1 }];
    store.getState().setPublished('services', { id: 'services', rows }, 1, 1000);
    store.getState().setLoadError('services', 'services.csv', [issue]);
    expect(store.getState().datasets.services).toMatchObject({
      status: 'ready',
      origin: { kind: 'published', modifiedAt: 1000 },
    });

    const manifest = { status: 'ready', manifest: { version: 1 } } as never;
    store.getState().setManifest(manifest);
    store.getState().setManifest({ status: 'error', issues: [issue] });
    expect(store.getState().manifest).toBe(manifest);

    const fresh = createAppStore();
    fresh.getState().setManifest({ status: 'error', issues: [issue] });
    expect(fresh.getState().manifest.status).toBe('error');
  });
});
