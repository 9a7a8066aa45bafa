import {
  crimeView,
  indicatorsView,
  patrolView,
  servicesView,
  type CrimeView,
  type IndicatorsView,
  type PatrolView,
  type ServicesView,
} from '../core/chart-views';
import type { ItemMeta, Localized, Manifest } from '../core/manifest';
import {
  comparablePeriods,
  currentPeriod,
  periodsIn,
  previousPeriod,
  type PeriodPair,
} from '../core/period';
import {
  DATASET_IDS,
  OPTIONAL_DATASETS,
  type DatasetId,
  type Issue,
  type RowsById,
} from '../core/types';
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

/** The datasets a list of sources names: an optional one only when it holds rows. */
export const selectListedIds = createSelector([datasetsOf], (datasets): readonly DatasetId[] =>
  DATASET_IDS.filter((id) => {
    const d = datasets[id];
    return !OPTIONAL_DATASETS.includes(id) || d.status !== 'ready' || d.dataset.rows.length > 0;
  }),
);

/** Every period in any loaded dataset, oldest first. */
export const selectPeriods = createSelector([datasetsOf], (datasets): readonly string[] =>
  periodsIn(PERIODIC.map((id) => rowsOf(datasets[id], id) ?? [])),
);

export const selectCurrentPeriod = createSelector(
  [selectPeriods, (s: AppState) => s.period],
  currentPeriod,
);

export const selectComparablePeriods = createSelector(
  [selectPeriods, selectCurrentPeriod],
  (periods, current): readonly string[] => comparablePeriods(periods, current),
);

export const selectPreviousPeriod = createSelector(
  [selectPeriods, selectCurrentPeriod, (s: AppState) => s.comparePeriod],
  previousPeriod,
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
  derive: (
    rows: readonly RowsById[K][],
    periods: PeriodPair,
    unit?: Localized,
    items?: Readonly<Record<string, ItemMeta>>,
  ) => V,
): (state: AppState) => ViewState<V> {
  return createSelector(
    [
      (s: AppState) => s.datasets[id],
      selectPeriodPair,
      (s: AppState) => selectManifest(s)?.datasets[id].unit,
      (s: AppState) => selectManifest(s)?.datasets[id].items,
    ],
    (dataset, periods, unit, items): ViewState<V> => {
      if (dataset.status !== 'ready') return dataset;
      const rows = rowsOf(dataset, id) ?? [];
      // A dataset with rows always yields a period, so this only guards an empty file.
      const pair = periods ?? { current: '', previous: undefined };
      return {
        status: 'ready',
        view: derive(rows, pair, unit, items),
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
