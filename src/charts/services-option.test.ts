import { describe, expect, it } from 'vitest';
import type { ServiceRow } from '../core/types';
import { servicesView } from '../core/chart-views';
import { createChartContext } from './context';
import { categoriesOf, seriesOf, tooltipFor } from '../../tests/helpers/option-test-utils';
import { buildServicesOption, servicesCaption, servicesTable } from './services-option';

const rows: ServiceRow[] = [
  { period: '2021', item: '甲事项', count: 6327 },
  { period: '2021', item: '乙事项', count: 16 },
  { period: '2020', item: '甲事项', count: 5000 },
  { period: '2020', item: '丙事项', count: 7 },
];
const labels = { 甲事项: 'Item A', 乙事项: 'Item B' };
const unit = { zh: '件', en: 'items' };
const zh = createChartContext({ lang: 'zh', labels });
const en = createChartContext({ lang: 'en', labels });
const current = rows.filter((r) => r.period === '2021');
const oneYear = servicesView(rows, { current: '2021', previous: undefined }, unit);
const twoYears = servicesView(rows, { current: '2021', previous: '2020' }, unit);

describe('buildServicesOption', () => {
  it('draws one bar per item of the period, values and labels from the rows', () => {
    const option = buildServicesOption(oneYear, zh);
    const [series, ...rest] = seriesOf(option);
    expect(rest).toHaveLength(0);
    expect(categoriesOf(option)).toEqual(current.map((r) => r.item));
    expect(series!.data.map((d) => d?.value)).toEqual(current.map((r) => r.count));
    expect(series!.data.map((d) => d?.label.formatter)).toEqual(
      current.map((r) => new Intl.NumberFormat('zh-CN').format(r.count)),
    );
  });

  it('uses English labels from the manifest, falling back to the data text', () => {
    const option = buildServicesOption(twoYears, en);
    expect(categoriesOf(option)).toEqual(['Item A', 'Item B', '丙事项']);
  });

  it('draws the previous period as a second series, older first, with gaps where an item is missing', () => {
    const option = buildServicesOption(twoYears, zh);
    const [previous, latest] = seriesOf(option);
    expect(previous!.name).toBe('2020年');
    expect(latest!.name).toBe('2021年');
    expect(previous!.data.map((d) => d?.value ?? null)).toEqual([5000, null, 7]);
    expect(latest!.data.map((d) => d?.value ?? null)).toEqual([6327, 16, null]);
    expect(option.legend).toBeDefined();
  });

  it('escapes data text in tooltips', () => {
    const hostile = servicesView(
      [{ period: '2021', item: '<img src=x onerror=alert(1)>', count: 1 }],
      { current: '2021', previous: undefined },
    );
    const html = tooltipFor(buildServicesOption(hostile, zh), 0);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
  });

  it('follows ctx.animation', () => {
    const animated = createChartContext({ lang: 'zh', labels, animation: true });
    expect(buildServicesOption(oneYear, animated).animation).toBe(true);
    expect(buildServicesOption(oneYear, zh).animation).toBe(false);
  });
});

describe('servicesCaption', () => {
  it('names the period and every figure with its unit', () => {
    const caption = servicesCaption(oneYear, zh);
    expect(caption).toContain('2021年');
    for (const r of current)
      expect(caption).toContain(`${r.item}${r.count.toLocaleString('zh-CN')}件`);
  });

  it('speaks English with the manifest labels', () => {
    const caption = servicesCaption(oneYear, en);
    expect(caption).toContain('Item A 6,327');
    expect(caption).toMatch(/^Comparing the police government services handled in 2021:/);
  });

  it('mentions the previous figure when two periods are shown', () => {
    expect(servicesCaption(twoYears, zh)).toContain('甲事项6,327件（2020年：5,000）');
  });

  it('says when the period has no data', () => {
    const empty = servicesView(rows, { current: '2019', previous: undefined });
    expect(servicesCaption(empty, en)).toBe('No data for 2019');
  });
});

describe('servicesTable', () => {
  it('holds the same numbers as the chart', () => {
    const table = servicesTable(oneYear, zh);
    expect(table.head).toEqual(['事项', '2021年（件）']);
    expect(table.rows).toEqual(current.map((r) => [r.item, r.count.toLocaleString('zh-CN')]));
  });

  it('adds the comparison period and the change', () => {
    const table = servicesTable(twoYears, en);
    expect(table.head).toEqual(['Item', '2020 (items)', '2021 (items)', 'Change']);
    expect(table.rows[0]).toEqual(['Item A', '5,000', '6,327', '▲ +1,327 (+26.5%)']);
    expect(table.rows[2]).toEqual(['丙事项', '7', '—', '—']);
  });
});
