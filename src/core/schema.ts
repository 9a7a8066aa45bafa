import { CHART_IDS } from './chart-ids';
import type { AnnotationKind, Approx, DatasetId, RowsById } from './types';

/** `when`: a year, a month or a day. */
export type CellType = 'period' | 'date' | 'when' | 'text' | 'count' | 'number' | 'approx';

export interface ColumnSpec {
  id: string;
  aliases: readonly string[];
  type: CellType;
  required: boolean;
  /** The only values a text column accepts. */
  values?: readonly string[];
}

/** What a validated row's cells hold before they become a typed row. */
export interface CellValues {
  text(id: string): string;
  num(id: string): number;
  approx(id: string): Approx;
}

export interface DatasetSchema<K extends DatasetId = DatasetId> {
  id: K;
  file: string;
  columns: readonly ColumnSpec[];
  /** Columns whose values together must be unique; empty when rows may repeat. */
  key: readonly string[];
  toRow(cells: CellValues): RowsById[K];
}

const period: ColumnSpec = {
  id: 'period',
  aliases: ['期间', '年度'],
  type: 'period',
  required: true,
};
const approx: ColumnSpec = { id: 'approx', aliases: ['约数'], type: 'approx', required: false };
const KINDS: readonly AnnotationKind[] = ['event', 'definition-change'];

export const SCHEMAS: { [K in DatasetId]: DatasetSchema<K> } = {
  services: {
    id: 'services',
    file: 'services.csv',
    columns: [
      period,
      { id: 'item', aliases: ['事项'], type: 'text', required: true },
      { id: 'count', aliases: ['数量', '办件量'], type: 'count', required: true },
    ],
    key: ['period', 'item'],
    toRow: (c) => ({ period: c.text('period'), item: c.text('item'), count: c.num('count') }),
  },
  crime: {
    id: 'crime',
    file: 'crime.csv',
    columns: [
      period,
      { id: 'metric', aliases: ['指标'], type: 'text', required: true },
      { id: 'change_pct', aliases: ['同比', '变化率'], type: 'number', required: true },
      { id: 'baseline', aliases: ['比较基准'], type: 'text', required: true },
    ],
    key: ['period', 'metric', 'baseline'],
    toRow: (c) => ({
      period: c.text('period'),
      metric: c.text('metric'),
      change_pct: c.num('change_pct'),
      baseline: c.text('baseline'),
    }),
  },
  patrol: {
    id: 'patrol',
    file: 'patrol.csv',
    columns: [
      period,
      { id: 'force', aliases: ['力量'], type: 'text', required: true },
      { id: 'officers_per_day', aliases: ['日均警力'], type: 'count', required: true },
      approx,
    ],
    key: ['period', 'force'],
    toRow: (c) => ({
      period: c.text('period'),
      force: c.text('force'),
      officers_per_day: c.num('officers_per_day'),
      approx: c.approx('approx'),
    }),
  },
  indicators: {
    id: 'indicators',
    file: 'indicators.csv',
    columns: [
      period,
      { id: 'indicator', aliases: ['指标'], type: 'text', required: true },
      { id: 'value', aliases: ['数值'], type: 'number', required: true },
      { id: 'unit', aliases: ['单位'], type: 'text', required: false },
      approx,
    ],
    key: ['period', 'indicator'],
    toRow: (c) => ({
      period: c.text('period'),
      indicator: c.text('indicator'),
      value: c.num('value'),
      unit: c.text('unit'),
      approx: c.approx('approx'),
    }),
  },
  cases: {
    id: 'cases',
    file: 'cases.csv',
    columns: [
      { id: 'date', aliases: ['日期'], type: 'date', required: true },
      { id: 'station', aliases: ['单位'], type: 'text', required: true },
      { id: 'category', aliases: ['类别'], type: 'text', required: true },
      { id: 'summary', aliases: ['摘要'], type: 'text', required: true },
      { id: 'outcome', aliases: ['处理结果'], type: 'text', required: false },
    ],
    key: [],
    toRow: (c) => ({
      date: c.text('date'),
      station: c.text('station'),
      category: c.text('category'),
      summary: c.text('summary'),
      outcome: c.text('outcome'),
    }),
  },
  annotations: {
    id: 'annotations',
    file: 'annotations.csv',
    columns: [
      // A header gives `period` or `date`: both name the one column, so giving both is a duplicate.
      { id: 'period', aliases: ['date', '期间', '年度', '日期'], type: 'when', required: true },
      { id: 'chart', aliases: ['图表'], type: 'text', required: true, values: CHART_IDS },
      { id: 'label_zh', aliases: ['中文说明'], type: 'text', required: true },
      { id: 'label_en', aliases: ['英文说明'], type: 'text', required: true },
      { id: 'kind', aliases: ['类型'], type: 'text', required: true, values: KINDS },
    ],
    key: ['period', 'chart', 'label_zh'],
    toRow: (c) => ({
      kind: KINDS.find((k) => k === c.text('kind')) ?? 'event',
      period: c.text('period'),
      chart: c.text('chart'),
      label_zh: c.text('label_zh'),
      label_en: c.text('label_en'),
    }),
  },
};

/** Numeric columns that a suffix such as 余 or 约 may qualify. */
export function approxTarget(schema: DatasetSchema): string | undefined {
  if (!schema.columns.some((c) => c.id === 'approx')) return undefined;
  return schema.columns.find((c) => c.type === 'count' || c.type === 'number')?.id;
}
