import {
  crimeView,
  indicatorsView,
  patrolView,
  servicesView,
  type CrimeView,
  type IndicatorsView,
  type PatrolView,
  type PeriodPair,
  type ServicesView,
} from '../charts/chart-views';
import type { Localized, Manifest } from '../core/manifest';
import type { DatasetId, Issue, RowsById } from '../core/types';
import type { DatasetState, Origin } from './datasets-slice';
import type { AppState } from './store';

/**
 * Recomputes only when an input changes by reference, so a selector can return
 * a new array or object without making Zustand 5 re-render forever.
 */
export function createSelector<I extends unknown[], R>(
  inputs: { [K in keyof I]: (state: AppState) => I[K] },
  compute: (...args: I) => R,
): (state: AppState) => R {
  let last: { args: I; result: R } | undefined;
  return (state) => {
    const args = inputs.map((input) => input(state)) as I;
    if (last && args.every((a, i) => Object.is(a, last!.args[i]))) return last.result;
    const result = compute(...args);
    last = { args, result };
    return result;
  };
}

const PERIODIC = ['services', 'crime', 'patrol', 'indicators'] as const;
type PeriodicId = (typeof PERIODIC)[number];

export function rowsOf<K extends DatasetId>(
  state: DatasetState,
  id: K,
): readonly RowsById[K][] | undefined {
  if (state.status !== 'ready' || state.dataset.id !== id) return undefined;
  return state.dataset.rows as RowsById[K][];
}

const datasetsOf = (s: AppState) => s.datasets;

/** Every period in any loaded dataset, oldest first. */
export const selectPeriods = createSelector([datasetsOf], (datasets): readonly string[] => {
  const periods = new Set<string>();
  for (const id of PERIODIC) {
    for (const row of rowsOf(datasets[id], id) ?? []) periods.add(row.period);
  }
  return [...periods].sort();
});

/** The chosen period if the data still holds it, else the latest. */
export const selectCurrentPeriod = createSelector(
  [selectPeriods, (s: AppState) => s.period],
  (periods, chosen): string | undefined =>
    chosen !== undefined && periods.includes(chosen) ? chosen : periods.at(-1),
);

/** Periods of the same kind as the current one (years with a year, months with a month), itself excluded. */
export const selectComparablePeriods = createSelector(
  [selectPeriods, selectCurrentPeriod],
  (periods, current): readonly string[] =>
    current === undefined
      ? []
      : periods.filter((p) => p.length === current.length && p !== current),
);

/**
 * The period chosen to compare with, if the data holds it; else the latest
 * earlier period of the same kind.
 */
export const selectPreviousPeriod = createSelector(
  [selectComparablePeriods, selectCurrentPeriod, (s: AppState) => s.comparePeriod],
  (comparable, current, chosen): string | undefined => {
    if (current === undefined) return undefined;
    if (chosen !== undefined && comparable.includes(chosen)) return chosen;
    return comparable.filter((p) => p < current).at(-1);
  },
);

export const selectPeriodPair = createSelector(
  [selectCurrentPeriod, selectPreviousPeriod],
  (current, previous): PeriodPair | undefined =>
    current === undefined ? undefined : { current, previous },
);

export const selectManifest = (s: AppState): Manifest | undefined =>
  s.manifest.status === 'ready' ? s.manifest.manifest : undefined;

const NO_LABELS: Readonly<Record<string, string>> = Object.freeze({});
export const selectLabels = (s: AppState): Readonly<Record<string, string>> =>
  selectManifest(s)?.labels ?? NO_LABELS;

export type ViewState<V> =
  | { status: 'loading' }
  | { status: 'error'; fileName: string; issues: Issue[] }
  | { status: 'ready'; view: V; origin: Origin; loadedAt: number };

function viewSelector<K extends PeriodicId, V>(
  id: K,
  derive: (rows: readonly RowsById[K][], periods: PeriodPair, unit?: Localized) => V,
): (state: AppState) => ViewState<V> {
  return createSelector(
    [
      (s: AppState) => s.datasets[id],
      selectPeriodPair,
      (s: AppState) => selectManifest(s)?.datasets[id].unit,
    ],
    (dataset, periods, unit): ViewState<V> => {
      if (dataset.status !== 'ready') return dataset;
      const rows = rowsOf(dataset, id) ?? [];
      // A dataset with rows always yields a period, so this only guards an empty file.
      const pair = periods ?? { current: '', previous: undefined };
      return {
        status: 'ready',
        view: derive(rows, pair, unit),
        origin: dataset.origin,
        loadedAt: dataset.loadedAt,
      };
    },
  );
}

export const selectServicesView = viewSelector<'services', ServicesView>('services', servicesView);
export const selectCrimeView = viewSelector<'crime', CrimeView>('crime', crimeView);
export const selectPatrolView = viewSelector<'patrol', PatrolView>('patrol', patrolView);
export const selectIndicatorsView = viewSelector<'indicators', IndicatorsView>(
  'indicators',
  indicatorsView,
);
