import type { ItemMeta, Localized } from './manifest';
import { periodLabel, type PeriodLabel, type PeriodPair } from './period';
import type { Approx, CrimeRow, IndicatorRow, PatrolRow, ServiceRow } from './types';

export interface Quantity {
  value: number;
  approx: Approx;
}

/** One bar group: a key's value in the current and (when shown) the previous period. */
export interface Point<V> {
  current: V | undefined;
  previous: V | undefined;
}

interface BaseView {
  periods: PeriodPair;
  /** The dataset's unit from the manifest, when it has loaded. */
  unit: Localized | undefined;
}

export interface ServicesView extends BaseView {
  /** The items counted in the dataset's own unit: what the chart compares. */
  points: (Point<number> & { item: string })[];
  /** Items counted in a unit of their own (调取共享材料 in 份), each shown as its own figure. */
  separate: (Point<number> & { item: string; meta: ItemMeta })[];
}
export interface CrimeView extends BaseView {
  points: (Point<number> & { metric: string; baseline: string })[];
}
export interface PatrolView extends BaseView {
  points: (Point<Quantity> & { force: string })[];
}
export interface IndicatorsView extends BaseView {
  points: (Point<Quantity> & { indicator: string; unit: string })[];
}

/**
 * Rows of the current and previous period paired by key, in file order
 * (keys only the previous period has come last).
 */
function pair<R extends { period: string }>(
  rows: readonly R[],
  periods: PeriodPair,
  keyOf: (row: R) => string,
): { key: string; current: R | undefined; previous: R | undefined }[] {
  const byKey = new Map<string, { key: string; current?: R; previous?: R }>();
  const take = (period: string | undefined, slot: 'current' | 'previous') => {
    if (period === undefined) return;
    for (const row of rows) {
      if (row.period !== period) continue;
      const key = keyOf(row);
      const entry = byKey.get(key) ?? { key };
      entry[slot] = row;
      byKey.set(key, entry);
    }
  };
  take(periods.current, 'current');
  take(periods.previous, 'previous');
  return [...byKey.values()].map((e) => ({ key: e.key, current: e.current, previous: e.previous }));
}

export function servicesView(
  rows: readonly ServiceRow[],
  periods: PeriodPair,
  unit?: Localized,
  items?: Readonly<Record<string, ItemMeta>>,
): ServicesView {
  const all = pair(rows, periods, (r) => r.item).map(({ key, current, previous }) => ({
    item: key,
    current: current?.count,
    previous: previous?.count,
  }));
  const metaOf = (item: string) => (items && Object.hasOwn(items, item) ? items[item] : undefined);
  const separate = all.flatMap((p) => {
    const meta = metaOf(p.item);
    return meta ? [{ ...p, meta }] : [];
  });
  return { periods, unit, points: all.filter((p) => !metaOf(p.item)), separate };
}

export function crimeView(
  rows: readonly CrimeRow[],
  periods: PeriodPair,
  unit?: Localized,
): CrimeView {
  const points = pair(rows, periods, (r) => `${r.metric}\u0000${r.baseline}`).map(
    ({ current, previous }) => {
      const row = (current ?? previous)!;
      return {
        metric: row.metric,
        baseline: row.baseline,
        current: current?.change_pct,
        previous: previous?.change_pct,
      };
    },
  );
  return { periods, unit, points };
}

const quantity = (value: number, approx: Approx): Quantity => ({ value, approx });

export function patrolView(
  rows: readonly PatrolRow[],
  periods: PeriodPair,
  unit?: Localized,
): PatrolView {
  const points = pair(rows, periods, (r) => r.force).map(({ key, current, previous }) => ({
    force: key,
    current: current && quantity(current.officers_per_day, current.approx),
    previous: previous && quantity(previous.officers_per_day, previous.approx),
  }));
  return { periods, unit, points };
}

export function indicatorsView(
  rows: readonly IndicatorRow[],
  periods: PeriodPair,
  unit?: Localized,
): IndicatorsView {
  const points = pair(rows, periods, (r) => r.indicator).map(({ key, current, previous }) => ({
    indicator: key,
    unit: (current ?? previous)!.unit,
    current: current && quantity(current.value, current.approx),
    previous: previous && quantity(previous.value, previous.approx),
  }));
  return { periods, unit, points };
}

/** Any of the views, as far as its periods go. */
export interface PeriodView {
  periods: PeriodPair;
  points: Point<unknown>[];
}

/** Whether the view draws a second, earlier period: the data must hold a row in it. */
export function hasComparison(view: PeriodView): boolean {
  return view.periods.previous !== undefined && view.points.some((p) => p.previous !== undefined);
}

/** How many marks the view draws: a chart needs two or more to compare anything. */
export function markCount(view: PeriodView): number {
  const slots = shownSlots(view);
  return view.points.reduce(
    (n, p) => n + slots.filter(({ slot }) => p[slot] !== undefined).length,
    0,
  );
}

export function shownCount(view: PeriodView): 1 | 2 {
  return hasComparison(view) ? 2 : 1;
}

export type Slot = 'current' | 'previous';

/** The periods a view draws, oldest first: one, or the previous and the current. */
export function shownSlots(view: PeriodView): { slot: Slot; period: string }[] {
  const { current, previous } = view.periods;
  return hasComparison(view) && previous !== undefined
    ? [
        { slot: 'previous', period: previous },
        { slot: 'current', period: current },
      ]
    : [{ slot: 'current', period: current }];
}

/** "2021" or "2021, compared with 2020" as data: only the periods the view draws. */
export function viewPeriodLabel(view: PeriodView): PeriodLabel {
  const { current, previous } = view.periods;
  return periodLabel({ current, previous: hasComparison(view) ? previous : undefined });
}
