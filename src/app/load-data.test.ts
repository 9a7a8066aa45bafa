import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SCHEMAS } from '../core/schema';
import { DATASET_IDS, type DatasetId } from '../core/types';
import { createAppStore, type AppStore } from '../store/store';
import { FETCH_TIMEOUT_MS, loadAll, TIMEOUT_OVERRIDE } from './load-data';

type Answer = (url: string, signal: AbortSignal | undefined) => Promise<Response>;

const published = (file: string) => new Uint8Array(readFileSync(join('data', file)));
const ok = (file: string) => Promise.resolve(new Response(published(file)));

/** A fetch that answers each file of data/ from disk unless `answers` says otherwise. */
function serve(answers: Record<string, Answer> = {}) {
  const fetch = vi.fn((input: string, init?: RequestInit) => {
    const file = input.replace(/^.*\//, '');
    const answer = answers[file];
    return answer ? answer(input, init?.signal ?? undefined) : ok(file);
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

/** Never answers; rejects as fetch does when its signal aborts. */
const hang: Answer = (_, signal) =>
  new Promise((_resolve, reject) =>
    signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
  );

const statusOf = (store: AppStore, id: DatasetId) => store.getState().datasets[id].status;
const issuesOf = (store: AppStore, id: DatasetId) => {
  const state = store.getState().datasets[id];
  return state.status === 'error' ? state.issues : [];
};

afterEach(() => {
  vi.unstubAllGlobals();
  Reflect.deleteProperty(globalThis, TIMEOUT_OVERRIDE);
});

describe('loadAll on a faulty host', () => {
  it.each([404, 500])('HTTP %i on one file darkens that dataset only', async (status) => {
    serve({ 'crime.csv': () => Promise.resolve(new Response('', { status })) });
    const store = createAppStore();
    expect(await loadAll(store)).toBe(false);
    expect(issuesOf(store, 'crime')).toEqual([
      { code: 'http_error', severity: 'error', params: { status } },
    ]);
    for (const id of DATASET_IDS.filter((d) => d !== 'crime'))
      expect(statusOf(store, id)).toBe('ready');
    expect(store.getState().manifest.status).toBe('ready');
  });

  it('a connection that drops mid-file is a network error, not a shorter file', async () => {
    serve({
      'services.csv': () =>
        Promise.resolve({
          ok: true,
          status: 200,
          headers: new Headers(),
          arrayBuffer: () => Promise.reject(new TypeError('network error')),
        } as unknown as Response),
    });
    const store = createAppStore();
    await loadAll(store);
    expect(issuesOf(store, 'services').map((i) => i.code)).toEqual(['network_error']);
  });

  it('times out after the page override, then Retry fetches the file again and shows it', async () => {
    Reflect.set(globalThis, TIMEOUT_OVERRIDE, 20);
    let slow = true;
    const fetch = serve({
      'patrol.csv': (url, signal) => (slow ? hang(url, signal) : ok('patrol.csv')),
    });
    const store = createAppStore();
    await loadAll(store);
    expect(issuesOf(store, 'patrol')).toEqual([
      { code: 'timeout', severity: 'error', params: { seconds: 0.02 } },
    ]);
    slow = false;
    store.getState().retryLoad('patrol');
    expect(statusOf(store, 'patrol')).toBe('loading');
    await vi.waitFor(() => expect(statusOf(store, 'patrol')).toBe('ready'));
    const patrolCalls = fetch.mock.calls.filter(([url]) => url.endsWith(SCHEMAS.patrol.file));
    expect(patrolCalls).toHaveLength(2);
  });

  it('uses the 15 s default when the override is not a positive number', async () => {
    Reflect.set(globalThis, TIMEOUT_OVERRIDE, 'soon');
    vi.useFakeTimers();
    try {
      serve({ 'cases.csv': hang });
      const store = createAppStore();
      const done = loadAll(store);
      await vi.advanceTimersByTimeAsync(FETCH_TIMEOUT_MS - 1);
      expect(statusOf(store, 'cases')).toBe('loading');
      await vi.advanceTimersByTimeAsync(1);
      await done;
      expect(issuesOf(store, 'cases')[0]?.code).toBe('timeout');
    } finally {
      vi.useRealTimers();
    }
  });

  it.each([
    ['missing', () => Promise.resolve(new Response('not found', { status: 404 })), 'http_error'],
    [
      'not JSON',
      () => Promise.resolve(new Response('{"version": 1, "sources": {')),
      'bad_manifest',
    ],
    [
      'an HTML page',
      () => Promise.resolve(new Response('<!doctype html><p>hi</p>')),
      'bad_manifest',
    ],
  ] as const)(
    'datasets.json %s: an error for the manifest, the figures still load',
    async (_, answer, code) => {
      let broken = true;
      serve({ 'datasets.json': () => (broken ? answer() : ok('datasets.json')) });
      const store = createAppStore();
      await loadAll(store);
      const manifest = store.getState().manifest;
      expect(manifest.status === 'error' && manifest.issues[0]?.code).toBe(code);
      for (const id of DATASET_IDS) expect(statusOf(store, id)).toBe('ready');
      broken = false;
      store.getState().retryManifest();
      await vi.waitFor(() => expect(store.getState().manifest.status).toBe('ready'));
    },
  );

  it('Retry on a file that is fine is ignored, and a second loadAll adds no second watcher', async () => {
    const fetch = serve();
    const store = createAppStore();
    await loadAll(store);
    await loadAll(store);
    const calls = fetch.mock.calls.length;
    store.getState().retryLoad('services');
    store.getState().retryManifest();
    expect(statusOf(store, 'services')).toBe('ready');
    expect(fetch.mock.calls.length).toBe(calls);
  });
});
