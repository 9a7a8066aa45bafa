import type { BarSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { scaled, type ChartContext } from './context';
import { escapeHtml } from '../i18n/format';
import { FONT_FAMILY } from './theme';

export type ChartOption = ComposeOption<
  BarSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption
>;

export interface BarDatum {
  value: number;
  /** The bar's label as shown: "6,327", "160余", "▼ −7.2%". */
  label: string;
  color?: string;
}

export interface BarSeries {
  /** Stable across redraws of the same chart (the period slot), so ECharts keeps its view. */
  id: string;
  name: string;
  color: string;
  data: (BarDatum | undefined)[];
}

export interface BarSpec {
  /** Category labels, already in the current language. */
  categories: string[];
  /** horizontal: categories down the side, for long names; vertical: down-going bars for falls. */
  orientation: 'horizontal' | 'vertical';
  series: BarSeries[];
  axisLabel: (value: number) => string;
}

/** Thickness of a horizontal bar; the category name sits above it. */
export const BAR_HEIGHT = 16;
/** The smallest text a builder draws (a value axis), before scaling. */
export const SMALLEST_FONT = 11;

function swatch(color: string): string {
  return `<span style="display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:6px;background:${color}"></span>`;
}

/** One tooltip per category, built from escaped text only. */
export function tooltipHtml(spec: BarSpec): string[] {
  return spec.categories.map((category, i) => {
    const lines = spec.series.flatMap((s) => {
      const d = s.data[i];
      return d
        ? [`${swatch(d.color ?? s.color)}${escapeHtml(s.name)}: ${escapeHtml(d.label)}`]
        : [];
    });
    return [`<strong>${escapeHtml(category)}</strong>`, ...lines].join('<br/>');
  });
}

function firstIndex(params: unknown): number {
  const first: unknown = Array.isArray(params) ? params[0] : params;
  const index =
    typeof first === 'object' && first !== null && 'dataIndex' in first ? first.dataIndex : 0;
  return typeof index === 'number' ? index : 0;
}

export function barOption(spec: BarSpec, ctx: ChartContext): ChartOption {
  const { palette } = ctx;
  const horizontal = spec.orientation === 'horizontal';
  const legend = spec.series.length > 1;
  const tips = tooltipHtml(spec);
  const px = (value: number) => scaled(ctx, value);
  const radius = px(3);

  // Every component has an id, so the chart host's replaceMerge keeps each view across
  // redraws and drops what a new option leaves out. Orientation is in the ids: a component
  // drawn the other way round shares no settings with the old one.
  const id = (key: string) => `${spec.orientation}-${key}`;
  const series: BarSeriesOption[] = spec.series.map((s) => ({
    type: 'bar',
    id: id(s.id),
    name: s.name,
    itemStyle: { color: s.color, borderRadius: horizontal ? [0, radius, radius, 0] : radius },
    ...(horizontal
      ? {
          barWidth: px(BAR_HEIGHT),
          showBackground: true,
          backgroundStyle: { color: palette.grid, borderRadius: [0, radius, radius, 0] },
        }
      : { barMaxWidth: px(36) }),
    barGap: '15%',
    label: { show: true, color: palette.text, fontSize: px(12) },
    data: s.data.map((d) =>
      d === undefined
        ? null
        : {
            value: d.value,
            label: {
              formatter: d.label,
              position: horizontal
                ? d.value < 0
                  ? 'left'
                  : 'right'
                : d.value < 0
                  ? 'bottom'
                  : 'top',
            },
            ...(d.color ? { itemStyle: { color: d.color } } : {}),
          },
    ),
  }));

  // Horizontal bars carry their name above them, so long names get the full width on a phone.
  const categoryAxis = {
    id: id('category'),
    type: 'category' as const,
    data: spec.categories,
    inverse: horizontal,
    axisTick: { show: false },
    axisLine: { show: !horizontal, onZero: false, lineStyle: { color: palette.border } },
    axisLabel: horizontal
      ? {
          inside: true,
          margin: 0,
          align: 'left' as const,
          verticalAlign: 'bottom' as const,
          padding: [0, 0, px(spec.series.length * BAR_HEIGHT * 0.5 + 6), 0],
          color: palette.text,
          fontSize: px(12),
          interval: 0,
        }
      : {
          color: palette.text,
          fontSize: px(12),
          width: px(140),
          overflow: 'break' as const,
          interval: 0,
        },
  };
  // Every horizontal bar is labelled with its figure, so its value axis would only repeat them.
  const valueAxis = {
    id: id('value'),
    type: 'value' as const,
    axisLabel: horizontal
      ? { show: false }
      : { color: palette.textMuted, fontSize: px(SMALLEST_FONT), formatter: spec.axisLabel },
    splitLine: { show: !horizontal, lineStyle: { color: palette.grid } },
  };

  return {
    animation: ctx.animation,
    // ECharts' own default sizes, written out so that they scale too.
    textStyle: { fontFamily: FONT_FAMILY, color: palette.text, fontSize: px(12) },
    color: spec.series.map((s) => s.color),
    grid: {
      id: id('grid'),
      left: horizontal ? 0 : px(4),
      right: px(horizontal ? 64 : 8),
      top: px((legend ? 36 : horizontal ? 0 : 24) + (horizontal ? 8 : 0)),
      bottom: horizontal ? 0 : px(8),
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    ...(legend
      ? {
          legend: {
            id: id('legend'),
            top: 0,
            left: 0,
            itemWidth: px(14),
            itemHeight: px(10),
            textStyle: { color: palette.text, fontSize: px(12) },
            data: spec.series.map((s) => s.name),
          },
        }
      : {}),
    tooltip: {
      id: id('tooltip'),
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      backgroundColor: palette.surface,
      borderColor: palette.border,
      textStyle: { color: palette.text, fontFamily: FONT_FAMILY, fontSize: px(14) },
      formatter: (params) => tips[firstIndex(params)] ?? '',
    },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series,
  };
}
