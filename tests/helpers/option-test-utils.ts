import type { EChartsCoreOption } from 'echarts/core';
import { expect } from 'vitest';

/** Read-only views into a built option, for tests that treat options as data. */
export interface BarItem {
  value: number;
  label: { formatter: string; position: string };
  itemStyle?: { color: string };
}
export interface SeriesLike {
  name: string;
  type: string;
  data: (BarItem | null)[];
}

export function seriesOf(option: EChartsCoreOption): SeriesLike[] {
  const series = option.series;
  expect(Array.isArray(series)).toBe(true);
  return series as SeriesLike[];
}

export function categoriesOf(option: EChartsCoreOption): string[] {
  const axes = [option.xAxis, option.yAxis] as { type: string; data?: string[] }[];
  const category = axes.find((a) => a.type === 'category');
  return category?.data ?? [];
}

export function tooltipFor(option: EChartsCoreOption, dataIndex: number): string {
  const tooltip = option.tooltip as { formatter: (p: unknown) => string };
  return tooltip.formatter([{ dataIndex }]);
}
