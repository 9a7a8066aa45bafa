import type { ChartId } from './chart-ids';
import type { Localized } from './manifest';
import { shownSlots, type PeriodView, type Slot } from './chart-views';
import type { AnnotationKind, AnnotationRow } from './types';

/** One annotation as a chart shows it: on the series of the shown period it falls in. */
export interface ChartNote {
  /** A year, a month or a day, as the file gives it. */
  when: string;
  slot: Slot;
  kind: AnnotationKind;
  label: Localized;
}

/** `2021-03` falls in `2021`, and `2021` covers `2021-03`: one is a prefix of the other. */
function overlaps(when: string, period: string): boolean {
  return when === period || when.startsWith(`${period}-`) || period.startsWith(`${when}-`);
}

/** The annotations that name `chart` and fall in one of its shown periods, in file order. */
export function chartNotes(
  rows: readonly AnnotationRow[],
  chart: ChartId,
  shown: readonly { slot: Slot; period: string }[],
): ChartNote[] {
  return rows.flatMap((row) => {
    if (row.chart !== chart) return [];
    const at = shown.find((s) => overlaps(row.period, s.period));
    if (!at) return [];
    const label = { zh: row.label_zh, en: row.label_en };
    return [{ when: row.period, slot: at.slot, kind: row.kind, label }];
  });
}

/** The annotations that name `chart` and fall in a period its view shows. */
export const notesOnView = (
  rows: readonly AnnotationRow[],
  chart: ChartId,
  view: PeriodView,
): ChartNote[] => (rows.length > 0 ? chartNotes(rows, chart, shownSlots(view)) : []);
