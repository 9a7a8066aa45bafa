import type { ChartNote } from '../core/annotations';
import { isRecord } from '../core/is-record';
import { formatCaseDate } from '../i18n/format-date';
import { formatPeriod } from '../i18n/period-text';
import { scaled, type ChartContext } from './context';

/** An annotation as listed under its chart: its mark on the chart, then what happened. */
export interface NoteLine {
  mark: string;
  text: string;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const markOf = (i: number) => CIRCLED[i] ?? `(${i + 1})`;

export function noteLines(notes: readonly ChartNote[], ctx: ChartContext): NoteLine[] {
  return notes.map((n, i) => {
    const when =
      n.when.length > 7 ? formatCaseDate(n.when, ctx.lang) : formatPeriod(n.when, ctx.lang);
    const kind = ctx.t(n.kind === 'event' ? 'chart.note.event' : 'chart.note.definition');
    return {
      mark: markOf(i),
      text: ctx.t('chart.note.line', { when, kind, label: n.label[ctx.lang] }),
    };
  });
}

/**
 * Each annotated period's bar series gets a line along its baseline (ECharts' markLine at value
 * 0, where its bars start) carrying the marks of its notes, ① ②, which the list under the chart
 * spells out: the charts compare items within a period, so a period is a series, not a place on
 * an axis. A change of definition is drawn dashed, an event solid.
 */
export function withNotes<O extends object>(
  option: O,
  notes: readonly ChartNote[],
  ctx: ChartContext,
): O {
  const all = 'series' in option ? option.series : undefined;
  if (notes.length === 0 || !Array.isArray(all)) return option;
  const series: unknown[] = all.map((s: unknown) => {
    if (!isRecord(s) || typeof s.id !== 'string') return s;
    const id = s.id;
    const mine = notes.flatMap((n, i) => (id.endsWith(`-${n.slot}`) ? [{ n, i }] : []));
    if (mine.length === 0) return s;
    const axis = id.startsWith('horizontal') ? 'xAxis' : 'yAxis';
    const dashed = mine.some(({ n }) => n.kind === 'definition-change');
    return {
      ...s,
      markLine: {
        silent: true,
        symbol: 'none',
        lineStyle: {
          color: ctx.palette.text,
          width: scaled(ctx, 2),
          type: dashed ? 'dashed' : 'solid',
        },
        label: {
          show: true,
          // Two periods share the baseline: the earlier one's marks sit at its other end.
          position: id.endsWith('-previous') ? 'start' : 'end',
          color: ctx.palette.text,
          fontSize: scaled(ctx, 14),
          formatter: mine.map(({ i }) => markOf(i)).join(''),
        },
        data: [{ [axis]: 0 }],
      },
    };
  });
  return { ...option, series };
}
