import type { EChartsCoreOption } from 'echarts/core';
import { markCount, shownSlots, type CrimeView } from '../core/chart-views';
import { barOption } from './bar-option';
import type { ChartContext } from './context';
import { directionOf, formatChange, formatPeriod } from '../i18n/format';
import { joinList, periodCells, periodHeads, periodSeries, previousNote } from './period-series';
import { MISSING, type TableData } from '../core/table-data';

type CrimePoint = CrimeView['points'][number];

/** The metric, with its baseline only when the same metric is compared with more than one. */
function categoryOf(view: CrimeView, p: CrimePoint, ctx: ChartContext): string {
  const shared = view.points.filter((q) => q.metric === p.metric).length > 1;
  const metric = ctx.labelOf(p.metric);
  return shared
    ? `${metric} (${ctx.t('chart.vs', { baseline: ctx.labelOf(p.baseline) })})`
    : metric;
}

export function buildCrimeOption(view: CrimeView, ctx: ChartContext): EChartsCoreOption {
  const two = shownSlots(view).length > 1;
  return barOption(
    {
      categories: view.points.map((p) => categoryOf(view, p, ctx)),
      orientation: 'vertical',
      series: periodSeries<number, CrimePoint>(view, ctx, (value) => ({
        value,
        label: formatChange(value, ctx),
        // With one period, colour follows the direction; with two it tells the periods apart.
        ...(two ? {} : { color: ctx.palette[directionOf(value) === 'rise' ? 'rise' : 'fall'] }),
      })),
      axisLabel: (v) => `${ctx.nf.format(v)}%`,
    },
    ctx,
  );
}

function changeWords(value: number, ctx: ChartContext): string {
  const magnitude = `${ctx.pf.format(Math.abs(value))}%`;
  const direction = directionOf(value);
  if (direction === 'flat') return ctx.t('chart.flat');
  return ctx.t(direction === 'rise' ? 'chart.rose' : 'chart.fell', { value: magnitude });
}

export function crimeCaption(view: CrimeView, ctx: ChartContext): string {
  const period = formatPeriod(view.periods.current, ctx.lang);
  const items = view.points.flatMap((p) =>
    p.current === undefined
      ? []
      : [
          ctx.t('chart.crime.item', {
            metric: ctx.labelOf(p.metric),
            baseline: ctx.labelOf(p.baseline),
            change: changeWords(p.current, ctx),
          }) + previousNote(view, p.previous, (v) => formatChange(v, ctx), ctx),
        ],
  );
  if (items.length === 0) return ctx.t('chart.empty', { period });
  const key = markCount(view) >= 2 ? 'chart.crime.compare' : 'chart.crime.caption';
  return ctx.t(key, { period, list: joinList(items, ctx) });
}

export function crimeTable(view: CrimeView, ctx: ChartContext): TableData {
  const two = shownSlots(view).length > 1;
  const head = [
    ctx.t('chart.table.metric'),
    ctx.t('chart.table.baseline'),
    ...periodHeads(view, ctx, '%'),
  ];
  const rows = view.points.map((p) => {
    const cells = [
      ctx.labelOf(p.metric),
      ctx.labelOf(p.baseline),
      ...periodCells(view, p, (v: number) => formatChange(v, ctx)),
    ];
    if (!two) return cells;
    const change =
      p.current !== undefined && p.previous !== undefined
        ? formatChange(p.current - p.previous, ctx, ctx.t('chart.pp'))
        : MISSING;
    return [...cells, change];
  });
  const columns = two ? [...head, ctx.t('chart.table.changePp')] : head;
  return { head: columns, rows, numeric: columns.map((_, i) => i > 1) };
}
