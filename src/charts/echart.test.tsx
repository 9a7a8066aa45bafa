import { render, waitFor } from '@testing-library/react';
import type { EChartsType } from 'echarts/core';
import { afterEach, describe, expect, it } from 'vitest';
import { CHARTS } from './chart-registry';
import { createChartContext } from './context';
import EChart from './echart';

const ctx = createChartContext({ lang: 'zh', labels: {}, theme: 'light' });
const row = (period: string, item: string, count: number) => ({ period, item, count });

/** Synthetic counts, 2020 beside 2021 for three items: two series and a legend. */
const compared = CHARTS.services.build(
  CHARTS.services.view(
    [
      row('2020', '甲', 11),
      row('2020', '乙', 12),
      row('2020', '丙', 13),
      row('2021', '甲', 21),
      row('2021', '乙', 22),
      row('2021', '丙', 23),
    ],
    { current: '2021', previous: '2020' },
  ),
  ctx,
);
/** 2021 alone, 丙 gone: one series, no legend, two categories. */
const alone = CHARTS.services.build(
  CHARTS.services.view([row('2021', '甲', 31), row('2021', '乙', 32)], {
    current: '2021',
    previous: undefined,
  }),
  ctx,
);

afterEach(() => {
  document.body.innerHTML = '';
});

async function drawn(option: typeof compared) {
  let chart: EChartsType | undefined;
  const result = render(
    <EChart
      option={option}
      onReady={(c) => {
        chart = c;
      }}
    />,
  );
  await waitFor(() => expect(chart).toBeDefined(), { timeout: 15_000 });
  return { ...result, chart: chart! };
}

describe('EChart redrawing with a new option', () => {
  it('drops the series, legend and categories the new option leaves out', async () => {
    const { chart, rerender } = await drawn(compared);
    rerender(<EChart option={alone} />);

    const option = chart.getOption() as {
      series: ({ id: string; data: unknown[] } | null)[];
      legend?: unknown[];
      yAxis: { data: string[] }[];
    };
    // A removed component leaves a hole (null) so the indices of the others stay.
    const series = option.series.filter((s) => s !== null);
    expect(series).toHaveLength(1);
    expect(series[0]!.data).toHaveLength(2);
    expect((option.legend ?? []).filter((l) => l !== null)).toEqual([]);
    expect(option.yAxis[0]!.data).toEqual(['甲', '乙']);
    expect(series[0]!.id).toBe((alone.series as { id: string }[])[0]!.id);
  });

  it('keeps the chart, its tooltip and its other elements instead of building new ones', async () => {
    const { container, rerender } = await drawn(compared);
    const host = container.querySelector('[_echarts_instance_]')!;
    // The painter's layer and the tooltip's own element (and, in jsdom, size-sensor's).
    const children = Array.from(host.children);
    expect(children.length).toBeGreaterThanOrEqual(2);
    rerender(<EChart option={alone} />);
    rerender(<EChart option={compared} />);
    expect(container.querySelector('[_echarts_instance_]')).toBe(host);
    expect(Array.from(host.children)).toEqual(children);
    children.forEach((child, i) => expect(host.children[i]).toBe(child));
  });
});
