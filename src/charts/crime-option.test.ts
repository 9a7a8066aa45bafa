import { describe, expect, it } from 'vitest';
import type { CrimeRow } from '../core/types';
import { crimeView } from '../core/chart-views';
import { createChartContext } from './context';
import { buildCrimeOption, crimeCaption, crimeTable } from './crime-option';
import { categoriesOf, seriesOf, tooltipFor } from '../../tests/helpers/option-test-utils';
import { PALETTES } from './theme';

const rows: CrimeRow[] = [
  { period: '2021', metric: '警情数', change_pct: -7.2, baseline: '前三年平均数' },
  { period: '2021', metric: '刑事发案量', change_pct: 3.5, baseline: '前三年平均数' },
  { period: '2020', metric: '警情数', change_pct: -2, baseline: '前三年平均数' },
];
const labels = {
  警情数: 'Police incidents',
  刑事发案量: 'Criminal cases',
  前三年平均数: 'average of the three previous years',
};
const zh = createChartContext({ lang: 'zh', labels });
const en = createChartContext({ lang: 'en', labels });
const oneYear = crimeView(rows, { current: '2021', previous: undefined });
const twoYears = crimeView(rows, { current: '2021', previous: '2020' });

describe('buildCrimeOption', () => {
  it('draws a fall as a negative bar labelled with arrow and sign, coloured by direction', () => {
    const [series] = seriesOf(buildCrimeOption(oneYear, zh));
    const [fall, rise] = series!.data;
    expect(fall!.value).toBe(rows[0]!.change_pct);
    expect(fall!.label.formatter).toBe('▼ −7.2%');
    expect(fall!.label.position).toBe('bottom');
    expect(fall!.itemStyle!.color).toBe(PALETTES.light.fall);
    expect(rise!.value).toBe(rows[1]!.change_pct);
    expect(rise!.label.formatter).toBe('▲ +3.5%');
    expect(rise!.itemStyle!.color).toBe(PALETTES.light.rise);
  });

  it('shows metric names in the current language', () => {
    expect(categoriesOf(buildCrimeOption(oneYear, en))).toEqual([
      'Police incidents',
      'Criminal cases',
    ]);
  });

  it('names the baseline on the axis when one metric has two baselines', () => {
    const view = crimeView(
      [...rows, { period: '2021', metric: '警情数', change_pct: 1, baseline: '上年' }],
      { current: '2021', previous: undefined },
    );
    const categories = categoriesOf(buildCrimeOption(view, zh));
    expect(categories[0]).toContain('前三年平均数');
    expect(categories[2]).toContain('上年');
  });

  it('draws both periods and colours them by period', () => {
    const [previous, latest] = seriesOf(buildCrimeOption(twoYears, zh));
    expect(previous!.data.map((d) => d?.value ?? null)).toEqual([-2, null]);
    expect(latest!.data.map((d) => d?.value ?? null)).toEqual([-7.2, 3.5]);
    expect(latest!.data[0]!.itemStyle).toBeUndefined();
  });

  it('escapes data text in tooltips', () => {
    const view = crimeView([{ ...rows[0]!, metric: '"><script>x</script>' }], {
      current: '2021',
      previous: undefined,
    });
    const html = tooltipFor(buildCrimeOption(view, zh), 0);
    expect(html).toContain('&quot;&gt;&lt;script&gt;');
    expect(html).not.toContain('<script>');
  });

  it('keeps the plain sentence for one metric, which is a figure and compares nothing', () => {
    const one = { ...oneYear, points: oneYear.points.slice(0, 1) };
    expect(crimeCaption(one, zh)).toBe('2021年，警情数较前三年平均数下降7.2%。');
  });
});

describe('crimeCaption', () => {
  it('says what it compares and which way each metric moved, against which baseline', () => {
    expect(crimeCaption(oneYear, zh)).toBe(
      '比较2021年各项指标的变化：警情数较前三年平均数下降7.2%；刑事发案量较前三年平均数上升3.5%。',
    );
    expect(crimeCaption(oneYear, en)).toBe(
      'Comparing the change in each measure, 2021: Police incidents fell 7.2% against the average of the three previous years; ' +
        'Criminal cases rose 3.5% against the average of the three previous years.',
    );
  });

  it('keeps the plain sentence for one metric, which is a figure and compares nothing', () => {
    const one = { ...oneYear, points: oneYear.points.slice(0, 1) };
    expect(crimeCaption(one, zh)).toBe('2021年，警情数较前三年平均数下降7.2%。');
  });
});

describe('crimeTable', () => {
  it('lists metric, baseline and the signed change', () => {
    expect(crimeTable(oneYear, zh).rows[0]).toEqual(['警情数', '前三年平均数', '▼ −7.2%']);
  });

  it('gives the change between periods in percentage points', () => {
    const table = crimeTable(twoYears, en);
    expect(table.head.at(-1)).toBe('Change (pp)');
    expect(table.rows[0]).toEqual([
      'Police incidents',
      'average of the three previous years',
      '▼ −2.0%',
      '▼ −7.2%',
      '▼ −5.2 pp',
    ]);
  });

  it('keeps the plain sentence for one metric, which is a figure and compares nothing', () => {
    const one = { ...oneYear, points: oneYear.points.slice(0, 1) };
    expect(crimeCaption(one, zh)).toBe('2021年，警情数较前三年平均数下降7.2%。');
  });
});
