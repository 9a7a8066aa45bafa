import { describe, expect, it } from 'vitest';
import { CHARTS } from '../../charts/chart-registry';
import { createChartContext } from '../../charts/context';
import { wallOption } from './wall-option';

const ctx = createChartContext({ lang: 'zh', labels: {}, theme: 'dark' });
const periods = { current: '2021', previous: '2020' };
const view = CHARTS.services.view(
  [
    { period: '2020', item: '甲', count: 3 },
    { period: '2021', item: '甲', count: 5 },
    { period: '2021', item: '乙', count: 8 },
  ],
  periods,
);
const base = CHARTS.services.build(view, ctx);

/** Every fontSize anywhere in an option. */
function fontSizes(value: unknown, out: number[] = []): number[] {
  if (Array.isArray(value)) value.forEach((v) => fontSizes(v, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (k === 'fontSize' && typeof v === 'number') out.push(v);
      else fontSizes(v, out);
    }
  return out;
}

describe('wallOption', () => {
  it('makes the smallest chart text as large as the wall text, and scales the rest with it', () => {
    const before = fontSizes(base);
    for (const px of [14, 19.2, 38.4]) {
      const after = fontSizes(wallOption(base, px));
      expect(Math.min(...after)).toBeGreaterThanOrEqual(px - 0.05);
      expect(Math.max(...after) / Math.min(...after)).toBeCloseTo(
        Math.max(...before, 12) / Math.min(...before),
        1,
      );
    }
  });

  it('gives the legend a size even though the builder leaves it to ECharts', () => {
    const option = wallOption(base, 22) as { legend?: { textStyle?: { fontSize?: number } } };
    expect(option.legend?.textStyle?.fontSize).toBeGreaterThanOrEqual(22);
  });

  it('keeps the data, the formatter functions and the input untouched, and never animates', () => {
    const copy = JSON.stringify(base);
    const option = wallOption(base, 30) as Record<string, unknown>;
    expect(JSON.stringify(base)).toBe(copy);
    expect(option.animation).toBe(false);
    const series = option.series as { data: unknown[] }[];
    const original = (base as { series: { data: unknown[] }[] }).series;
    expect(series.map((s) => s.data.length)).toEqual(original.map((s) => s.data.length));
    const tooltip = option.tooltip as { formatter: unknown };
    expect(tooltip.formatter).toBe((base as { tooltip: { formatter: unknown } }).tooltip.formatter);
  });
});
