import { describe, expect, it } from 'vitest';
import { crimeView, indicatorsView, patrolView } from '../core/chart-views';
import { createChartContext } from './context';
import type { CrimeRow, IndicatorRow, PatrolRow } from '../core/types';
import { crimeCards, indicatorCards, patrolCards } from './kpi-model';

const labels = { 前三年平均数: 'average of the three previous years', 个: 'communities' };
const zh = createChartContext({ lang: 'zh', labels });
const en = createChartContext({ lang: 'en', labels });
const one = { current: '2021', previous: undefined };
const two = { current: '2021', previous: '2020' };

const crime: CrimeRow[] = [
  { period: '2021', metric: '警情数', change_pct: -7.2, baseline: '前三年平均数' },
  { period: '2020', metric: '警情数', change_pct: -2, baseline: '前三年平均数' },
];
const indicators: IndicatorRow[] = [
  { period: '2021', indicator: '智安小区', value: 200, unit: '个', approx: 'at_least' },
  { period: '2020', indicator: '智安小区', value: 180, unit: '个', approx: '' },
];
const patrol: PatrolRow[] = [
  { period: '2021', force: '日均巡逻警力', officers_per_day: 160, approx: 'at_least' },
];

describe('KPI cards', () => {
  it('shows a crime change with arrow, sign and the published baseline, labelled as such', () => {
    const [card] = crimeCards(crimeView(crime, one), en);
    expect(card!.value).toBe('▼ −7.2%');
    expect(card!.direction).toBe('fall');
    expect(card!.notes).toEqual([
      { text: 'vs average of the three previous years (as published)' },
    ]);
    expect(card!.period).toBe('2021');
  });

  it('adds the change against the previous period when the data has one', () => {
    const [card] = crimeCards(crimeView(crime, two), zh);
    expect(card!.notes[1]).toEqual({ text: '较2020年 ▼ −5.2个百分点', direction: 'fall' });
  });

  it('keeps the qualifier and the unit of counts', () => {
    const [zhCard] = indicatorCards(indicatorsView(indicators, one), zh);
    expect(`${zhCard!.value}${zhCard!.unit}`).toBe('200余个');
    const [enCard] = indicatorCards(indicatorsView(indicators, one), en);
    expect([enCard!.value, enCard!.unit]).toEqual(['200+', 'communities']);
    const unit = { zh: '名', en: 'officers' };
    const [officers] = patrolCards(patrolView(patrol, one, unit), en);
    expect([officers!.value, officers!.unit]).toEqual(['160+', 'officers']);
    expect(officers!.notes).toEqual([]);
  });

  it('marks a change between approximate figures as approximate', () => {
    const [card] = indicatorCards(indicatorsView(indicators, two), en);
    expect(card!.notes).toEqual([{ text: 'vs 2020 ≈ ▲ +20 (+11.1%)', direction: 'rise' }]);
  });
});
