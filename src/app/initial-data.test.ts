import { describe, expect, it } from 'vitest';
import { DATASET_IDS } from '../core/types';
import { bundledState, parseInitialData, type InitialData } from './initial-data';

const data: InitialData = {
  builtAt: 100,
  files: {
    'services.csv': { text: 'period,item,count\n2021,甲,5\n', modifiedAt: 50 },
    'crime.csv': { text: 'period,metric\n', modifiedAt: 50 },
  },
};

describe('parseInitialData', () => {
  it('takes what the build wrote and refuses any other shape', () => {
    expect(parseInitialData(JSON.parse(JSON.stringify(data)))).toEqual(data);
    expect(parseInitialData(undefined)).toBeUndefined();
    expect(parseInitialData({ builtAt: '1', files: {} })).toBeUndefined();
    expect(parseInitialData({ builtAt: 1, files: { 'a.csv': { text: 1, modifiedAt: 1 } } })).toBe(
      undefined,
    );
    expect(parseInitialData({ builtAt: 1, files: [] })).toBeUndefined();
  });
});

describe('bundledState', () => {
  it('reads each file as a fetch would, and marks what it read as bundled', () => {
    const state = bundledState(data);
    const services = state.datasets.services;
    expect(services.status).toBe('ready');
    if (services.status === 'ready') {
      expect(services.dataset.rows).toEqual([{ period: '2021', item: '甲', count: 5 }]);
      expect(services.origin).toEqual({ kind: 'published', modifiedAt: 50 });
      expect(services.loadedAt).toBe(100);
    }
    // A file that does not validate shows its error, as a fetched one would.
    expect(state.datasets.crime.status).toBe('error');
    // Files the page did not carry wait for the fetch.
    for (const id of DATASET_IDS.filter((d) => !['services', 'crime'].includes(d)))
      expect(state.datasets[id].status).toBe('loading');
    expect(state.manifest.status).toBe('loading');
    expect(state.bundled).toEqual({ services: true });
  });
});
