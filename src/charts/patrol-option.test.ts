import { describe, expect, it } from 'vitest';
import type { PatrolRow } from '../core/types';
import { patrolView } from '../core/chart-views';
import { createChartContext } from './context';
import { seriesOf, tooltipFor } from '../../tests/helpers/option-test-utils';
import { buildPatrolOption, patrolCaption, patrolTable } from './patrol-option';

const rows: PatrolRow[] = [
  { period: '2021', force: '日均巡逻警力', officers_per_day: 160, approx: 'at_least' },
  { period: '2021', force: '警犬', officers_per_day: 12, approx: 'about' },
  { period: '2021', force: '辅警', officers_per_day: 80, approx: '' },
  { period: '2020', force: '日均巡逻警力', officers_per_day: 150, approx: '' },
];
const labels = { 日均巡逻警力: 'Officers on patrol per day' };
const unit = { zh: '名', en: 'officers' };
const zh = createChartContext({ lang: 'zh', labels });
const en = createChartContext({ lang: 'en', labels });
const oneYear = patrolView(rows, { current: '2021', previous: undefined }, unit);

describe('buildPatrolOption', () => {
  it('keeps the approximate qualifier on the bar label', () => {
    const [series] = seriesOf(buildPatrolOption(oneYear, zh));
    expect(series!.data.map((d) => d?.value)).toEqual([160, 12, 80]);
    expect(series!.data.map((d) => d?.label.formatter)).toEqual(['160余', '约12', '80']);
    const [english] = seriesOf(buildPatrolOption(oneYear, en));
    expect(english!.data.map((d) => d?.label.formatter)).toEqual(['160+', 'about 12', '80']);
  });

  it('puts the qualifier in the tooltip too', () => {
    expect(tooltipFor(buildPatrolOption(oneYear, en), 0)).toContain('2021: 160+');
  });

  it('draws the previous period when there is one', () => {
    const view = patrolView(rows, { current: '2021', previous: '2020' }, unit);
    const [previous, latest] = seriesOf(buildPatrolOption(view, zh));
    expect(previous!.data.map((d) => d?.value ?? null)).toEqual([150, null, null]);
    expect(latest!.data[0]!.label.formatter).toBe('160余');
    expect(patrolTable(view, zh).rows[0]).toEqual([
      '日均巡逻警力',
      '150',
      '160余',
      '▲ +10 (+6.7%)',
    ]);
  });
});

describe('patrolCaption', () => {
  it('reads 160余名 in Chinese and 160+ in English, and says the forces are compared', () => {
    expect(patrolCaption(oneYear, zh)).toMatch(/^比较2021年日均巡逻警力：日均巡逻警力160余名/);
    expect(patrolCaption(oneYear, en)).toContain('Officers on patrol per day: 160+');
    expect(patrolCaption(oneYear, en)).toMatch(/^Comparing officers on patrol per day, 2021:/);
  });

  it('writes a single force in a single period as a plain sentence: nothing is compared', () => {
    const single = patrolView(rows.slice(0, 1), { current: '2021', previous: undefined }, unit);
    expect(patrolCaption(single, zh)).toBe('2021年日均巡逻警力160余名。');
  });
});
