import { describe, expect, it } from 'vitest';
import { CHARTS } from './chart-registry';
import { createChartContext } from './context';

const periods = { current: '2021', previous: '2020' };
const view = CHARTS.services.view(
  [
    { period: '2020', item: '甲', count: 3 },
    { period: '2021', item: '甲', count: 5 },
    { period: '2021', item: '乙', count: 8 },
  ],
  periods,
);
const crimeView = CHARTS.crime.view(
  [{ period: '2021', metric: '警情', baseline: '三年均值', change_pct: -7.2 }],
  { current: '2021', previous: undefined },
);
const at = (scale: number) => createChartContext({ lang: 'zh', labels: {}, theme: 'dark', scale });

/** Every number under a key that is a length on screen, with the path it sits at. */
function lengths(value: unknown, path = '', out = new Map<string, number>()) {
  if (Array.isArray(value)) value.forEach((v, i) => lengths(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      const here = `${path}.${k}`;
      if (/fontSize|barWidth|barMaxWidth|itemWidth|itemHeight|borderRadius|padding|width/.test(k))
        [v].flat().forEach((n, i) => typeof n === 'number' && out.set(`${here}[${i}]`, n));
      else lengths(v, here, out);
    }
  return out;
}

describe('the chart context scale', () => {
  for (const [name, build] of [
    ['services', () => (s: number) => CHARTS.services.build(view, at(s))],
    ['crime', () => (s: number) => CHARTS.crime.build(crimeView, at(s))],
  ] as const)
    it(`grows every text size and bar length of the ${name} chart by the same factor`, () => {
      const base = lengths(build()(1));
      expect(base.size).toBeGreaterThan(3);
      for (const scale of [14 / 11, 19.2 / 11, 38.4 / 11]) {
        const grown = lengths(build()(scale));
        expect([...grown.keys()]).toEqual([...base.keys()]);
        for (const [key, px] of base) expect(grown.get(key)).toBeCloseTo(px * scale, 0);
      }
    });

  it('writes out the text sizes ECharts would otherwise default, so the legend grows too', () => {
    const option = CHARTS.services.build(view, at(2)) as {
      legend?: { textStyle?: { fontSize?: number } };
      tooltip?: { textStyle?: { fontSize?: number } };
    };
    expect(option.legend?.textStyle?.fontSize).toBe(24);
    expect(option.tooltip?.textStyle?.fontSize).toBe(28);
  });

  it('leaves the data, the labels and the tooltip text as they were', () => {
    const plain = CHARTS.services.build(view, at(1));
    const big = CHARTS.services.build(view, at(3));
    const data = (o: typeof plain) =>
      JSON.stringify((o.series as { data: unknown }[]).map((s) => s.data));
    expect(data(big)).toBe(data(plain));
    const tip = (o: typeof plain) =>
      (o.tooltip as { formatter: (p: unknown) => string }).formatter([{ dataIndex: 0 }]);
    expect(tip(big)).toBe(tip(plain));
  });
});
