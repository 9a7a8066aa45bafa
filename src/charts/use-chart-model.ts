import { useMemo } from 'react';
import { notesOnView } from '../core/annotations';
import { CHART_IDS } from '../core/chart-ids';
import type { PeriodView } from '../core/chart-views';
import type { AnnotationRow, DatasetId } from '../core/types';
import { rowsOf } from '../store/selectors';
import { useAppStore, type AppState } from '../store/store';
import { modelOf, type ChartEntry, type ChartModel } from './chart-registry';
import type { ChartContext } from './context';

const NO_ROWS: readonly AnnotationRow[] = Object.freeze([]);
const selectAnnotations = (s: AppState) => rowsOf(s.datasets.annotations, 'annotations') ?? NO_ROWS;

/** A panel's chart model, with the annotations of data/annotations.csv on its shown periods. */
export function useChartModel<K extends DatasetId, V extends PeriodView>(
  chart: string,
  entry: ChartEntry<K, V>,
  view: V | undefined,
  ctx: ChartContext,
): ChartModel | undefined {
  const rows = useAppStore(selectAnnotations);
  return useMemo(() => {
    if (!view) return undefined;
    const id = CHART_IDS.find((c) => c === chart);
    return modelOf(entry, view, ctx, id ? notesOnView(rows, id, view) : []);
  }, [rows, chart, entry, view, ctx]);
}
