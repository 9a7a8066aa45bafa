import type { EChartsCoreOption } from 'echarts/core';
import { markCount, shownSlots, type PatrolView, type Quantity } from '../core/chart-views';
import { barOption } from './bar-option';
import type { ChartContext } from './context';
import { formatApprox, formatCountChange, formatPeriod } from '../i18n/format';
import { joinList, periodCells, periodHeads, periodSeries, previousNote } from './period-series';
import { MISSING, type TableData } from '../core/table-data';

type PatrolPoint = PatrolView['points'][number];

export function buildPatrolOption(view: PatrolView, ctx: ChartContext): EChartsCoreOption {
  return barOption(
    {
      categories: view.points.map((p) => ctx.labelOf(p.force)),
      orientation: 'horizontal',
      series: periodSeries<Quantity, PatrolPoint>(view, ctx, (q) => ({
        value: q.value,
        label: formatApprox(q.value, q.approx, ctx),
      })),
      axisLabel: (v) => ctx.nf.format(v),
    },
    ctx,
  );
}

export function patrolCaption(view: PatrolView, ctx: ChartContext): string {
  const period = formatPeriod(view.periods.current, ctx.lang);
  const unit = view.unit?.[ctx.lang] ?? '';
  const format = (q: Quantity) => formatApprox(q.value, q.approx, ctx);
  const items = view.points.flatMap((p) =>
    p.current === undefined
      ? []
      : [
          ctx.t('chart.patrol.item', {
            force: ctx.labelOf(p.force),
            value: format(p.current),
            unit,
          }) + previousNote(view, p.previous, format, ctx),
        ],
  );
  if (items.length === 0) return ctx.t('chart.empty', { period });
  const key = markCount(view) >= 2 ? 'chart.patrol.compare' : 'chart.patrol.caption';
  return ctx.t(key, { period, list: joinList(items, ctx) });
}

export function patrolTable(view: PatrolView, ctx: ChartContext): TableData {
  const two = shownSlots(view).length > 1;
  const format = (q: Quantity) => formatApprox(q.value, q.approx, ctx);
  const head = [ctx.t('chart.table.force'), ...periodHeads(view, ctx, view.unit?.[ctx.lang] ?? '')];
  const rows = view.points.map((p) => {
    const cells = [ctx.labelOf(p.force), ...periodCells(view, p, format)];
    if (!two) return cells;
    const change =
      p.current && p.previous ? formatCountChange(p.current.value, p.previous.value, ctx) : MISSING;
    return [...cells, change];
  });
  const columns = two ? [...head, ctx.t('chart.table.change')] : head;
  return { head: columns, rows, numeric: columns.map((_, i) => i > 0) };
}
