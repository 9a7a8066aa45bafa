import { useMemo } from 'react';
import { chartNotes, type ChartNote } from '../core/annotations';
import { CHART_IDS } from '../core/chart-ids';
import { shownSlots, type PeriodView } from '../core/chart-views';
import type { AnnotationRow } from '../core/types';
import { rowsOf } from '../store/selectors';
import { useAppStore, type AppState } from '../store/store';

const NO_ROWS: readonly AnnotationRow[] = Object.freeze([]);
const selectAnnotations = (s: AppState) => rowsOf(s.datasets.annotations, 'annotations') ?? NO_ROWS;

/** The annotations of data/annotations.csv that fall on this chart's shown periods. */
export function useChartNotes(chart: string, view: PeriodView | undefined): readonly ChartNote[] {
  const rows = useAppStore(selectAnnotations);
  return useMemo(() => {
    const id = CHART_IDS.find((c) => c === chart);
    return id && view && rows.length > 0 ? chartNotes(rows, id, shownSlots(view)) : [];
  }, [rows, chart, view]);
}
