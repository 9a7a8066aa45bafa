import type { EChartsCoreOption } from 'echarts/core';
import { markCount, shownSlots, type ServicesView } from '../core/chart-views';
import { barOption } from './bar-option';
import type { ChartContext } from './context';
import { formatCountChange, formatPeriod } from '../i18n/format';
import { joinList, periodCells, periodHeads, periodSeries, previousNote } from './period-series';
import { MISSING, type TableData } from '../core/table-data';

export function buildServicesOption(view: ServicesView, ctx: ChartContext): EChartsCoreOption {
  return barOption(
    {
      categories: view.points.map((p) => ctx.labelOf(p.item)),
      orientation: 'horizontal',
      series: periodSeries<number, ServicesView['points'][number]>(view, ctx, (value) => ({
        value,
        label: ctx.nf.format(value),
      })),
      axisLabel: (v) => ctx.nf.format(v),
    },
    ctx,
  );
}

export function servicesCaption(view: ServicesView, ctx: ChartContext): string {
  const period = formatPeriod(view.periods.current, ctx.lang);
  const unit = view.unit?.[ctx.lang] ?? '';
  const items = view.points.flatMap((p) =>
    p.current === undefined
      ? []
      : [
          ctx.t('chart.services.item', {
            label: ctx.labelOf(p.item),
            value: ctx.nf.format(p.current),
            unit,
          }) + previousNote(view, p.previous, (v) => ctx.nf.format(v), ctx),
        ],
  );
  if (items.length === 0) return ctx.t('chart.empty', { period });
  const key = markCount(view) >= 2 ? 'chart.services.compare' : 'chart.services.caption';
  return ctx.t(key, { period, list: joinList(items, ctx) });
}

export function servicesTable(view: ServicesView, ctx: ChartContext): TableData {
  const two = shownSlots(view).length > 1;
  const head = [ctx.t('chart.table.item'), ...periodHeads(view, ctx, view.unit?.[ctx.lang] ?? '')];
  const rows = view.points.map((p) => {
    const cells = [ctx.labelOf(p.item), ...periodCells(view, p, (v: number) => ctx.nf.format(v))];
    if (!two) return cells;
    const change =
      p.current !== undefined && p.previous !== undefined
        ? formatCountChange(p.current, p.previous, ctx)
        : MISSING;
    return [...cells, change];
  });
  const columns = two ? [...head, ctx.t('chart.table.change')] : head;
  return { head: columns, rows, numeric: columns.map((_, i) => i > 0) };
}
