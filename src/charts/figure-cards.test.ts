import { describe, expect, it } from 'vitest';
import { patrolView, servicesView } from '../core/chart-views';
import { CHARTS, modelOf } from './chart-registry';
import { createChartContext } from './context';

const zh = createChartContext({ lang: 'zh', labels: {} });
const en = createChartContext({ lang: 'en', labels: { 甲: 'Item A' } });
const one = { current: '2021', previous: undefined };
const items = {
  份事项: { unit: { zh: '份', en: 'documents' }, definition: { zh: '材料份数', en: 'Documents' } },
};
const services = [
  { period: '2021', item: '甲', count: 578 },
  { period: '2021', item: '乙', count: 16 },
  { period: '2021', item: '份事项', count: 6327 },
];

describe('figure cards', () => {
  it('draws like with like: an item in another unit is its own card, with unit and definition', () => {
    const model = modelOf(CHARTS.services, servicesView(services, one, undefined, items), zh);
    expect(model.compares).toBe(true);
    expect(model.table.rows.map((r) => r[0])).toEqual(['甲', '乙']);
    expect(model.figures).toMatchObject([
      { label: '份事项', value: '6,327', unit: '份', definition: '材料份数' },
    ]);
    expect(model.caption).not.toContain('份事项');
  });

  it('shows one value as a card with its qualifier, and draws no one-bar chart', () => {
    const rows = [
      { period: '2021', force: '日均巡逻警力', officers_per_day: 160, approx: 'at_least' as const },
    ];
    const unit = { zh: '名', en: 'officers' };
    const model = modelOf(CHARTS.patrol, patrolView(rows, one, unit), zh);
    expect(model.compares).toBe(false);
    expect(model.empty).toBe(false);
    expect(model.figures).toEqual([
      expect.objectContaining({
        value: '160余',
        unit: '名',
        qualifier: expect.stringContaining('不少于160名'),
      }),
    ]);
    const english = modelOf(CHARTS.patrol, patrolView(rows, one, unit), en);
    expect(english.figures[0]).toMatchObject({ value: '160+', unit: 'officers', spaced: true });
  });

  it('draws a chart again once a second period gives something to compare', () => {
    const rows = [
      { period: '2020', force: '日均巡逻警力', officers_per_day: 150, approx: '' as const },
      { period: '2021', force: '日均巡逻警力', officers_per_day: 160, approx: 'at_least' as const },
    ];
    const model = modelOf(
      CHARTS.patrol,
      patrolView(rows, { current: '2021', previous: '2020' }),
      zh,
    );
    expect(model.compares).toBe(true);
    expect(model.figures).toEqual([]);
    expect(model.caption).toMatch(/^比较/);
  });

  it('turns aria on with the caption, and patterns only when asked', () => {
    const view = servicesView(services, one, undefined, items);
    const plain = modelOf(CHARTS.services, view, zh).option as { aria: unknown };
    expect(plain.aria).toEqual({
      enabled: true,
      label: { description: modelOf(CHARTS.services, view, zh).caption },
      decal: { show: false },
    });
    const patterned = createChartContext({ lang: 'zh', labels: {}, patterns: true });
    const option = modelOf(CHARTS.services, view, patterned).option as { aria: { decal: unknown } };
    expect(option.aria.decal).toEqual({ show: true });
  });
});
