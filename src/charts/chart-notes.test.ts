import { describe, expect, it } from 'vitest';
import type { ChartNote } from '../core/annotations';
import { CHARTS, modelOf } from './chart-registry';
import { createChartContext } from './context';

const view = CHARTS.services.view(
  [
    { period: '2020', item: '甲', count: 3 },
    { period: '2021', item: '甲', count: 5 },
    { period: '2021', item: '乙', count: 8 },
  ],
  { current: '2021', previous: '2020' },
);
const zh = createChartContext({ lang: 'zh', labels: {} });
const en = createChartContext({ lang: 'en', labels: {} });
const notes: ChartNote[] = [
  { when: '2021-03-05', slot: 'current', kind: 'event', label: { zh: '搬迁', en: 'Moved' } },
  {
    when: '2020',
    slot: 'previous',
    kind: 'definition-change',
    label: { zh: '改口径', en: 'Redefined' },
  },
];

type Series = {
  id: string;
  markLine?: { label: { formatter: string }; lineStyle: { type: string }; data: unknown[] };
};
const seriesOf = (option: unknown) => (option as { series: Series[] }).series;

describe('annotations on a chart', () => {
  it('marks the baseline of each noted period’s series, dashed for a change of definition', () => {
    const series = seriesOf(modelOf(CHARTS.services, view, zh, notes).option);
    const current = series.find((s) => s.id.endsWith('-current'))!.markLine!;
    const previous = series.find((s) => s.id.endsWith('-previous'))!.markLine!;
    expect([current.label.formatter, current.lineStyle.type]).toEqual(['①', 'solid']);
    expect([previous.label.formatter, previous.lineStyle.type]).toEqual(['②', 'dashed']);
    // A horizontal chart's bars grow along x from 0.
    expect(current.data).toEqual([{ xAxis: 0 }]);
  });

  it('lists each note with its mark, date, kind and label in the reader’s language', () => {
    expect(modelOf(CHARTS.services, view, zh, notes).notes).toEqual([
      { mark: '①', text: '2021年3月5日，事件：搬迁' },
      { mark: '②', text: '2020年，统计口径变化：改口径' },
    ]);
    expect(modelOf(CHARTS.services, view, en, notes).notes.map((n) => n.text)).toEqual([
      '5 Mar 2021, event: Moved',
      '2020, change of definition: Redefined',
    ]);
  });

  it('changes nothing without notes', () => {
    const series = seriesOf(modelOf(CHARTS.services, view, zh).option);
    expect(series.every((s) => s.markLine === undefined)).toBe(true);
    expect(modelOf(CHARTS.services, view, zh).notes).toEqual([]);
  });
});
