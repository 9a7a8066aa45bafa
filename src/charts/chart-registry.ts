import type { EChartsCoreOption } from 'echarts/core';
import type { ChartId } from '../core/chart-ids';
import type { ItemMeta, Localized } from '../core/manifest';
import type { AnnotationRow, Dataset, DatasetId, RowsById } from '../core/types';
import {
  crimeView,
  markCount,
  patrolView,
  servicesView,
  shownCount,
  type CrimeView,
  type PatrolView,
  type PeriodView,
  type ServicesView,
} from '../core/chart-views';
import type { PeriodPair } from '../core/period';
import type { ChartContext } from './context';
import { crimeFigures, patrolFigures, servicesFigures, type FigureCard } from './figure-cards';
import { buildCrimeOption, crimeCaption, crimeTable } from './crime-option';
import { buildPatrolOption, patrolCaption, patrolTable } from './patrol-option';
import { buildServicesOption, servicesCaption, servicesTable } from './services-option';
import type { TableData } from '../core/table-data';
import { notesOnView, type ChartNote } from '../core/annotations';
import { noteLines, withNotes, type NoteLine } from './chart-notes';

export { CHART_IDS, type ChartId } from '../core/chart-ids';

export interface ChartEntry<K extends DatasetId, V> {
  dataset: K;
  /** The height reserved before data arrives; more bars make the chart taller. */
  minHeight: number;
  height(view: V): number;
  view(
    rows: readonly RowsById[K][],
    periods: PeriodPair,
    unit?: Localized,
    items?: Readonly<Record<string, ItemMeta>>,
  ): V;
  build(view: V, ctx: ChartContext): EChartsCoreOption;
  caption(view: V, ctx: ChartContext): string;
  table(view: V, ctx: ChartContext): TableData;
  /** Values shown as figures: all of them when `single` (nothing to compare), else those apart. */
  figures(view: V, ctx: ChartContext, single: boolean): FigureCard[];
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
    height: (view) => barsHeight(240, view),
    view: servicesView,
    build: buildServicesOption,
    caption: servicesCaption,
    table: servicesTable,
    figures: servicesFigures,
  },
  crime: {
    dataset: 'crime',
    minHeight: 260,
    height: () => 260,
    view: crimeView,
    build: buildCrimeOption,
    caption: crimeCaption,
    table: crimeTable,
    figures: crimeFigures,
  },
  patrol: {
    dataset: 'patrol',
    minHeight: 72,
    height: (view) => barsHeight(72, view),
    view: patrolView,
    build: buildPatrolOption,
    caption: patrolCaption,
    table: patrolTable,
    figures: patrolFigures,
  },
};

export interface ChartModel {
  option: EChartsCoreOption;
  caption: string;
  table: TableData;
  height: number;
  /** Nothing at all to show in the period. */
  empty: boolean;
  /** Two or more marks to compare: only then is the chart drawn. */
  compares: boolean;
  /** Values shown as figure cards: beside the chart, or instead of it. */
  figures: FigureCard[];
  /** The annotations on the shown periods, listed under the chart and marked on it. */
  notes: NoteLine[];
}

/**
 * ECharts' aria describes the chart with its caption; decal patterns tell the series apart
 * without colour, in print and in high contrast.
 */
function withAria(option: EChartsCoreOption, caption: string, patterns: boolean) {
  return {
    ...option,
    aria: { enabled: true, label: { description: caption }, decal: { show: patterns } },
  };
}

export function modelOf<K extends DatasetId, V extends PeriodView>(
  entry: ChartEntry<K, V>,
  view: V,
  ctx: ChartContext,
  notes: readonly ChartNote[] = [],
): ChartModel {
  const compares = markCount(view) >= 2;
  const caption = entry.caption(view, ctx);
  const figures = entry.figures(view, ctx, !compares);
  return {
    option: withAria(withNotes(entry.build(view, ctx), notes, ctx), caption, ctx.patterns),
    caption,
    table: entry.table(view, ctx),
    height: entry.height(view),
    empty: view.points.length === 0 && figures.length === 0,
    compares,
    figures,
    notes: noteLines(notes, ctx),
  };
}

/**
 * Everything a chart shows, straight from a validated dataset and the rows of annotations.csv:
 * what the embeds render on the server.
 */
export function chartModel(
  id: ChartId,
  dataset: Dataset,
  periods: PeriodPair,
  ctx: ChartContext,
  unit?: Localized,
  items?: Readonly<Record<string, ItemMeta>>,
  annotations: readonly AnnotationRow[] = [],
): ChartModel | undefined {
  const notes = (view: PeriodView) => notesOnView(annotations, id, view);
  if (id === 'services' && dataset.id === 'services') {
    const view = CHARTS.services.view(dataset.rows, periods, unit, items);
    return modelOf(CHARTS.services, view, ctx, notes(view));
  }
  if (id === 'crime' && dataset.id === 'crime') {
    const view = CHARTS.crime.view(dataset.rows, periods, unit);
    return modelOf(CHARTS.crime, view, ctx, notes(view));
  }
  if (id === 'patrol' && dataset.id === 'patrol') {
    const view = CHARTS.patrol.view(dataset.rows, periods, unit);
    return modelOf(CHARTS.patrol, view, ctx, notes(view));
  }
  return undefined;
}
