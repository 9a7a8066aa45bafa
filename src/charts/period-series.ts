import type { BarDatum, BarSeries } from './bar-option';
import type { ChartContext } from './context';
import { formatPeriod } from '../i18n/format';
import { MISSING } from '../core/table-data';
import { shownSlots, type PeriodView, type Point } from '../core/chart-views';
import type { PeriodPair } from '../core/period';

/** One bar series per shown period; the comparison period is drawn lighter. */
export function periodSeries<V, P extends Point<V>>(
  view: { periods: PeriodPair; points: P[] },
  ctx: ChartContext,
  toDatum: (value: V, point: P) => BarDatum,
): BarSeries[] {
  return shownSlots(view).map(({ slot, period }) => ({
    id: slot,
    name: formatPeriod(period, ctx.lang),
    color: slot === 'previous' ? ctx.palette.previous : ctx.palette.series,
    data: view.points.map((p) => {
      const value = p[slot];
      return value === undefined ? undefined : toDatum(value as V, p);
    }),
  }));
}

/** Cells for each shown period, formatted; a period without the key shows a dash. */
export function periodCells<V, P extends Point<V>>(
  view: { periods: PeriodPair; points: P[] },
  point: P,
  format: (value: V) => string,
): string[] {
  return shownSlots(view).map(({ slot }) => {
    const value = point[slot];
    return value === undefined ? MISSING : format(value as V);
  });
}

export function periodHeads(view: PeriodView, ctx: ChartContext, unit: string): string[] {
  return shownSlots(view).map(({ period }) => {
    const label = formatPeriod(period, ctx.lang);
    return unit ? ctx.t('chart.table.valueHead', { period: label, unit }) : label;
  });
}

export function joinList(items: string[], ctx: ChartContext): string {
  return items.join(ctx.t('chart.listSep'));
}

/** " (2020: 5,000)" after a figure when an earlier period is shown. */
export function previousNote<V>(
  view: { periods: PeriodPair },
  value: V | undefined,
  format: (value: V) => string,
  ctx: ChartContext,
): string {
  const { previous } = view.periods;
  if (previous === undefined || value === undefined) return '';
  return ctx.t('chart.previous', {
    period: formatPeriod(previous, ctx.lang),
    value: format(value),
  });
}
