import { describe, expect, it } from 'vitest';
import { readDataFolder, readerOf } from '../core/data-folder';
import { parsesSoFar } from '../core/parse-mark';
import { DATASET_IDS } from '../core/types';
import { bundledState, initialDataOf, parseInitialData, type InitialData } from './initial-data';

const encode = (text: string) => new TextEncoder().encode(text);

// Changed because the page now carries validated rows and byte hashes, not the files' text.
async function built(): Promise<InitialData> {
  const folder = await readDataFolder(
    readerOf([
      { name: 'services.csv', bytes: encode('period,item,count\n2021,甲,5\n'), modifiedAt: 50 },
      { name: 'crime.csv', bytes: encode('period,metric\n'), modifiedAt: 50 },
    ]),
    { files: ['services', 'crime'] },
  );
  return initialDataOf(folder, 100);
}

describe('parseInitialData', () => {
  it('takes what the build wrote and refuses any other shape', async () => {
    const data = await built();
    expect(parseInitialData(JSON.parse(JSON.stringify(data)))).toEqual(data);
    expect(parseInitialData(undefined)).toBeUndefined();
    expect(parseInitialData({ builtAt: '1', datasets: {} })).toBeUndefined();
    expect(parseInitialData({ builtAt: 1, datasets: [] })).toBeUndefined();
    const services = data.datasets.services!;
    const withRow = (row: unknown) => ({
      builtAt: 1,
      datasets: { services: { ...services, dataset: { id: 'services', rows: [row] } } },
    });
    expect(parseInitialData(withRow({ period: '2021', item: '甲', count: '5' }))).toBeUndefined();
    expect(parseInitialData(withRow({ period: '2021', item: '甲' }))).toBeUndefined();
    expect(parseInitialData({ builtAt: 1, datasets: { crime: { ...services } } })).toBeUndefined();
    expect(
      parseInitialData({ builtAt: 1, datasets: {}, manifest: { hash: 'h', manifest: {} } }),
    ).toBe(undefined);
  });
});

describe('bundledState', () => {
  it('puts what the build validated into the store, parsing nothing, marked as bundled', async () => {
    const data = await built();
    const before = parsesSoFar();
    const state = bundledState(JSON.parse(JSON.stringify(data)) as InitialData);
    expect(parsesSoFar()).toEqual(before);
    const services = state.datasets.services;
    expect(services.status).toBe('ready');
    if (services.status === 'ready') {
      expect(services.dataset.rows).toEqual([{ period: '2021', item: '甲', count: 5 }]);
      expect(services.origin).toEqual({ kind: 'published', modifiedAt: 50 });
      expect(services.loadedAt).toBe(100);
    }
    expect(state.publishedHash.services).toBe(data.datasets.services?.hash);
    // A file that did not validate is not carried: its panels wait for the fetch to show why.
    for (const id of DATASET_IDS.filter((d) => d !== 'services'))
      expect(state.datasets[id].status).toBe('loading');
    expect(state.manifest.status).toBe('loading');
    expect(state.bundled).toEqual({ services: true });
  });
});

describe('revisions in the initial data', () => {
  it('carries the revisions the page was rendered with into the store, and refuses bad ones', async () => {
    const folder = await readDataFolder(
      readerOf([
        { name: 'services.csv', bytes: encode('period,item,count\n2021,甲,5\n'), modifiedAt: 50 },
        { name: 'revisions.json', bytes: encode('{"services":"2026-11-30T08:15:00Z"}') },
      ]),
    );
    const data = initialDataOf(folder, 100);
    expect(data.revisions).toEqual({ services: '2026-11-30T08:15:00Z' });
    expect(parseInitialData(JSON.parse(JSON.stringify(data)))).toEqual(data);
    expect(bundledState(data).revisions).toEqual({ services: '2026-11-30T08:15:00Z' });
    expect(parseInitialData({ ...data, revisions: { services: 'soon' } })).toBeUndefined();
    const none = initialDataOf(await readDataFolder(readerOf([])), 100);
    expect(none.revisions).toBeUndefined();
    expect(bundledState(none).revisions).toEqual({});
  });
});
