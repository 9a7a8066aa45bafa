import { describe, expect, it } from 'vitest';
import type { CrimeRow, IndicatorRow, ServiceRow } from '../core/types';
import {
  selectCrimeView,
  selectCurrentPeriod,
  selectIndicatorsView,
  selectLabels,
  selectComparablePeriods,
  selectPeriodPair,
  selectPeriods,
  selectPreviousPeriod,
  selectServicesView,
} from './selectors';
import { createAppStore } from './store';

const services: ServiceRow[] = [
  { period: '2020', item: '甲', count: 5 },
  { period: '2021', item: '甲', count: 7 },
  { period: '2021', item: '乙', count: 9 },
];
const crime: CrimeRow[] = [
  { period: '2019', metric: '警情数', change_pct: -1, baseline: '上年' },
  { period: '2021-06', metric: '警情数', change_pct: 2, baseline: '上年' },
];
const indicators: IndicatorRow[] = [
  { period: '2021', indicator: '智安小区', value: 200, unit: '个', approx: 'at_least' },
];

function loadedStore() {
  const store = createAppStore();
  store.getState().setPublished('services', { id: 'services', rows: services }, 1);
  store.getState().setPublished('crime', { id: 'crime', rows: crime }, 2);
  store.getState().setPublished('indicators', { id: 'indicators', rows: indicators }, 3);
  return store;
}

describe('period selectors', () => {
  it('has no period before data loads', () => {
    const s = createAppStore().getState();
    expect(selectPeriods(s)).toEqual([]);
    expect(selectCurrentPeriod(s)).toBeUndefined();
    expect(selectPeriodPair(s)).toBeUndefined();
  });

  it('collects periods across datasets, oldest first, and picks the latest', () => {
    const s = loadedStore().getState();
    const all = [...services, ...crime, ...indicators].map((r) => r.period);
    expect(selectPeriods(s)).toEqual([...new Set(all)].sort());
    expect(selectCurrentPeriod(s)).toBe([...all].sort().at(-1));
  });

  it('follows the chosen period, and falls back to the latest when the data lacks it', () => {
    const store = loadedStore();
    store.getState().setPeriod('2021');
    expect(selectCurrentPeriod(store.getState())).toBe('2021');
    store.getState().setPeriod('1999');
    expect(selectCurrentPeriod(store.getState())).toBe('2021-06');
  });

  it('compares a year with the previous year, skipping periods of another kind', () => {
    const store = loadedStore();
    store.getState().setPeriod('2021');
    expect(selectPreviousPeriod(store.getState())).toBe('2020');
    store.getState().setPeriod('2019');
    expect(selectPreviousPeriod(store.getState())).toBeUndefined();
    store.getState().setPeriod('2021-06');
    expect(selectPreviousPeriod(store.getState())).toBeUndefined();
  });

  it('compares with the chosen period of the same kind, before or after, else falls back', () => {
    const store = loadedStore();
    const years = selectPeriods(store.getState()).filter((p) => p.length === 4);
    const [oldest, , latest] = [years[0]!, years[1]!, years.at(-1)!];
    store.getState().setPeriod(oldest);
    store.getState().setComparePeriod(latest);
    expect(selectPeriodPair(store.getState())).toEqual({ current: oldest, previous: latest });
    expect(selectComparablePeriods(store.getState())).not.toContain(oldest);
    store.getState().setPeriod(latest);
    // Compared with itself is no comparison: the period before it is used instead.
    expect(selectPreviousPeriod(store.getState())).toBe(years.at(-2));
    store.getState().setComparePeriod('2021-06');
    expect(selectPreviousPeriod(store.getState())).toBe(years.at(-2));
  });

  it('returns the same array and pair while the inputs are unchanged', () => {
    const store = loadedStore();
    const before = store.getState();
    store.getState().setLang('en');
    const after = store.getState();
    expect(selectPeriods(after)).toBe(selectPeriods(before));
    expect(selectPeriodPair(after)).toBe(selectPeriodPair(before));
  });
});

describe('chart view selectors', () => {
  it('passes loading and error states through', () => {
    const store = createAppStore();
    expect(selectServicesView(store.getState())).toEqual({ status: 'loading' });
    const issues = [{ code: 'bad_integer' as const, severity: 'error' as const, row: 3 }];
    store.getState().setLoadError('services', 'services.csv', issues);
    expect(selectServicesView(store.getState())).toEqual({
      status: 'error',
      fileName: 'services.csv',
      issues,
    });
  });

  it('builds the view of the current period with the previous one beside it', () => {
    const store = loadedStore();
    store.getState().setPeriod('2021');
    const state = selectServicesView(store.getState());
    expect(state.status).toBe('ready');
    if (state.status !== 'ready') return;
    expect(state.loadedAt).toBe(1);
    expect(state.view.periods).toEqual({ current: '2021', previous: '2020' });
    const byItem = (item: string, period: string) =>
      services.find((r) => r.item === item && r.period === period)?.count;
    expect(state.view.points).toEqual([
      { item: '甲', current: byItem('甲', '2021'), previous: byItem('甲', '2020') },
      { item: '乙', current: byItem('乙', '2021'), previous: undefined },
    ]);
  });

  it('gives an empty view for a dataset with no rows in the period', () => {
    const store = loadedStore();
    store.getState().setPeriod('2021');
    const state = selectCrimeView(store.getState());
    expect(state.status === 'ready' && state.view.points).toEqual([]);
  });

  it('is memoised: the same view object until its dataset or period changes', () => {
    const store = loadedStore();
    const first = selectIndicatorsView(store.getState());
    store.getState().setLang('en');
    expect(selectIndicatorsView(store.getState())).toBe(first);
    store.getState().setPublished('indicators', { id: 'indicators', rows: [...indicators] }, 9);
    expect(selectIndicatorsView(store.getState())).not.toBe(first);
  });

  it('carries the unit from the manifest once it has loaded', () => {
    const store = loadedStore();
    const unit = { zh: '件', en: 'items' };
    const meta = { title: unit, unit, definition: unit, sources: [] };
    store.getState().setManifest({
      status: 'ready',
      manifest: {
        version: 1,
        sources: {},
        datasets: {
          services: meta,
          crime: meta,
          patrol: meta,
          indicators: meta,
          cases: meta,
          annotations: meta,
        },
        labels: { 甲: 'A' },
      },
    });
    const state = selectServicesView(store.getState());
    expect(state.status === 'ready' && state.view.unit).toEqual(unit);
    expect(selectLabels(store.getState())).toEqual({ 甲: 'A' });
  });
});
