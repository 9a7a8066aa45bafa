// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  crimeView,
  hasComparison,
  indicatorsView,
  patrolView,
  servicesView,
  shownCount,
  shownSlots,
  viewPeriodLabel,
} from './chart-views';
import type { CrimeRow, IndicatorRow, PatrolRow, ServiceRow } from './types';

const services: ServiceRow[] = [
  { period: '2020', item: '甲', count: 3 },
  { period: '2021', item: '乙', count: 8 },
  { period: '2020', item: '丙', count: 1 },
  { period: '2021', item: '甲', count: 5 },
];
const both = { current: '2021', previous: '2020' };

describe('chart views', () => {
  it('pairs each key across the two periods, in file order, keys only the previous has last', () => {
    expect(servicesView(services, both).points).toEqual([
      { item: '乙', current: 8, previous: undefined },
      { item: '甲', current: 5, previous: 3 },
      { item: '丙', current: undefined, previous: 1 },
    ]);
  });

  it('shows only the current period when there is no previous one', () => {
    const view = servicesView(services, { current: '2021', previous: undefined });
    expect(view.points).toEqual([
      { item: '乙', current: 8, previous: undefined },
      { item: '甲', current: 5, previous: undefined },
    ]);
  });

  it('is empty for a period the rows lack', () => {
    expect(servicesView(services, { current: '2019', previous: undefined }).points).toEqual([]);
  });

  it('keys crime by metric and baseline, so the same metric against two baselines stays apart', () => {
    const crime: CrimeRow[] = [
      { period: '2021', metric: '警情数', change_pct: -7.2, baseline: '近三年平均' },
      { period: '2021', metric: '警情数', change_pct: -3, baseline: '上年' },
      { period: '2020', metric: '警情数', change_pct: 1, baseline: '上年' },
    ];
    expect(crimeView(crime, both).points).toEqual([
      { metric: '警情数', baseline: '近三年平均', current: -7.2, previous: undefined },
      { metric: '警情数', baseline: '上年', current: -3, previous: 1 },
    ]);
  });

  it('keeps the qualifier of approximate figures and the row unit of an indicator', () => {
    const patrol: PatrolRow[] = [
      { period: '2021', force: '巡逻', officers_per_day: 160, approx: 'about' },
    ];
    expect(patrolView(patrol, both).points).toEqual([
      { force: '巡逻', current: { value: 160, approx: 'about' }, previous: undefined },
    ]);
    const indicators: IndicatorRow[] = [
      { period: '2020', indicator: '智安小区', value: 150, unit: '个', approx: '' },
    ];
    expect(indicatorsView(indicators, both).points).toEqual([
      {
        indicator: '智安小区',
        unit: '个',
        current: undefined,
        previous: { value: 150, approx: '' },
      },
    ]);
  });
});

describe('the periods a view draws', () => {
  it('draws the previous period first when the data holds rows in it', () => {
    const view = servicesView(services, both);
    expect(hasComparison(view)).toBe(true);
    expect(shownCount(view)).toBe(2);
    expect(shownSlots(view)).toEqual([
      { slot: 'previous', period: '2020' },
      { slot: 'current', period: '2021' },
    ]);
    expect(viewPeriodLabel(view)).toEqual({ period: '2021', compareWith: '2020' });
  });

  it('draws one period when the previous one has no rows for this chart', () => {
    // The dashboard pools periods of all files: another file may hold 2019 when this one does not.
    const view = servicesView(services, { current: '2021', previous: '2019' });
    expect(hasComparison(view)).toBe(false);
    expect(shownCount(view)).toBe(1);
    expect(shownSlots(view)).toEqual([{ slot: 'current', period: '2021' }]);
    expect(viewPeriodLabel(view)).toEqual({ period: '2021', compareWith: undefined });
  });

  it('draws one period when there is no previous one', () => {
    const view = servicesView(services, { current: '2020', previous: undefined });
    expect(shownSlots(view)).toEqual([{ slot: 'current', period: '2020' }]);
    expect(viewPeriodLabel(view)).toEqual({ period: '2020', compareWith: undefined });
  });
});
