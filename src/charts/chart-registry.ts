import type { EChartsCoreOption } from 'echarts/core';
import type { ChartId } from '../core/chart-ids';
import type { Localized } from '../core/manifest';
import type { Dataset, DatasetId, RowsById } from '../core/types';
import {
  crimeView,
  patrolView,
  servicesView,
  shownCount,
  type CrimeView,
  type PatrolView,
  type ServicesView,
} from '../core/chart-views';
import type { PeriodPair } from '../core/period';
import type { ChartContext } from './context';
import { buildCrimeOption, crimeCaption, crimeTable } from './crime-option';
import { buildPatrolOption, patrolCaption, patrolTable } from './patrol-option';
import { buildServicesOption, servicesCaption, servicesTable } from './services-option';
import type { TableData } from '../core/table-data';

export { CHART_IDS, type ChartId } from '../core/chart-ids';

export interface ChartEntry<K extends DatasetId, V> {
  dataset: K;
  /** The height reserved before data arrives; more bars make the chart taller. */
  minHeight: number;
  height(view: V): number;
  view(rows: readonly RowsById[K][], periods: PeriodPair, unit?: Localized): V;
  build(view: V, ctx: ChartContext): EChartsCoreOption;
  caption(view: V, ctx: ChartContext): string;
  table(view: V, ctx: ChartContext): TableData;
}

const LEGEND = 36;
/** Room for one category's name above its bars: one bar, or two when periods are compared. */
const BAND = { 1: 56, 2: 72 } as const;

function barsHeight(min: number, view: ServicesView | PatrolView): number {
  const periods = shownCount(view);
  return Math.max(min, 16 + view.points.length * BAND[periods] + (periods > 1 ? LEGEND : 0));
}

export const CHARTS: {
  services: ChartEntry<'services', ServicesView>;
  crime: ChartEntry<'crime', CrimeView>;
  patrol: ChartEntry<'patrol', PatrolView>;
} = {
  services: {
    dataset: 'services',
    minHeight: 296,
    height: (view) => barsHeight(296, view),
    view: servicesView,
    build: buildServicesOption,
    caption: servicesCaption,
    table: servicesTable,
  },
  crime: {
    dataset: 'crime',
    minHeight: 260,
    height: () => 260,
    view: crimeView,
    build: buildCrimeOption,
    caption: crimeCaption,
    table: crimeTable,
  },
  patrol: {
    dataset: 'patrol',
    minHeight: 72,
    height: (view) => barsHeight(72, view),
    view: patrolView,
    build: buildPatrolOption,
    caption: patrolCaption,
    table: patrolTable,
  },
};

export interface ChartModel {
  option: EChartsCoreOption;
  caption: string;
  table: TableData;
  height: number;
  empty: boolean;
}

export function modelOf<K extends DatasetId, V extends { points: unknown[] }>(
  entry: ChartEntry<K, V>,
  view: V,
  ctx: ChartContext,
): ChartModel {
  return {
    option: entry.build(view, ctx),
    caption: entry.caption(view, ctx),
    table: entry.table(view, ctx),
    height: entry.height(view),
    empty: view.points.length === 0,
  };
}

/** Everything a chart shows, straight from a validated dataset: what the embeds render on the server. */
export function chartModel(
  id: ChartId,
  dataset: Dataset,
  periods: PeriodPair,
  ctx: ChartContext,
  unit?: Localized,
): ChartModel | undefined {
  if (id === 'services' && dataset.id === 'services')
    return modelOf(CHARTS.services, CHARTS.services.view(dataset.rows, periods, unit), ctx);
  if (id === 'crime' && dataset.id === 'crime')
    return modelOf(CHARTS.crime, CHARTS.crime.view(dataset.rows, periods, unit), ctx);
  if (id === 'patrol' && dataset.id === 'patrol')
    return modelOf(CHARTS.patrol, CHARTS.patrol.view(dataset.rows, periods, unit), ctx);
  return undefined;
}
