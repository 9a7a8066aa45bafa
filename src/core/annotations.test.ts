import { describe, expect, it } from 'vitest';
import { chartNotes } from './annotations';
import { folderIssues, readDataFolder, readerOf } from './data-folder';
import { readCsv } from './read-csv';
import type { AnnotationRow } from './types';

const utf8 = (s: string) => new TextEncoder().encode(s);
const read = (text: string, fileName = 'notes.csv') => readCsv(utf8(text), { fileName });

describe('annotations.csv through the core reader', () => {
  it('is recognised from its header, with period or date naming the one column', () => {
    const byPeriod = read('period,chart,label_zh,label_en,kind\n2021,crime,甲,A,event\n');
    const byDate = read(
      '日期,chart,label_zh,label_en,kind\n2021-3-5,services,乙,B,definition-change\n',
    );
    expect(byPeriod.ok && byPeriod.dataset).toEqual({
      id: 'annotations',
      rows: [{ period: '2021', chart: 'crime', label_zh: '甲', label_en: 'A', kind: 'event' }],
    });
    expect(byDate.ok && byDate.dataset.rows).toEqual([
      {
        period: '2021-03-05',
        chart: 'services',
        label_zh: '乙',
        label_en: 'B',
        kind: 'definition-change',
      },
    ]);
  });

  it('takes a header with no rows as no notes, which a required dataset may not be', () => {
    const none = read('period,chart,label_zh,label_en,kind\n');
    expect(none.ok && none.dataset).toEqual({ id: 'annotations', rows: [] });
    const services = read('period,item,count\n', 'services.csv');
    expect(services.ok ? [] : services.issues.map((i) => i.code)).toEqual(['header_only']);
  });

  it('names row and column of a chart or kind it does not know, and of a bad date', () => {
    const result = read(
      'date,chart,label_zh,label_en,kind\n2021,maps,甲,A,event\n2021-02-30,crime,乙,B,note\n',
    );
    const found = result.ok ? [] : result.issues;
    expect(found.map((f) => [f.row, f.column, f.code, f.value, f.params?.allowed])).toEqual([
      [2, 'chart', 'bad_choice', 'maps', 'services / crime / patrol'],
      [3, 'date', 'bad_when', '2021-02-30', undefined],
      [3, 'kind', 'bad_choice', 'note', 'event / definition-change'],
    ]);
    expect(found.every((f) => f.severity === 'error')).toBe(true);
  });

  it('refuses a header that gives both period and date', () => {
    const result = read('period,date,chart,label_zh,label_en,kind\n2021,2021,crime,甲,A,event\n');
    expect(!result.ok && result.issues.map((i) => [i.code, i.column])).toEqual([
      ['duplicate_column', 'date'],
    ]);
  });
});

describe('an absent annotations.csv', () => {
  it('is no entry and no issue; a present one is read like any dataset', async () => {
    const without = await readDataFolder(readerOf([]), { files: ['annotations'] });
    expect(without.datasets).toEqual({});
    expect(folderIssues(without)).toEqual([]);
    const bytes = utf8('period,chart,label_zh,label_en,kind\n2021,crime,甲,A,event\n');
    const withFile = await readDataFolder(readerOf([{ name: 'annotations.csv', bytes }]), {
      files: ['annotations'],
    });
    expect(withFile.datasets.annotations?.status).toBe('ready');
  });

  it('a missing required file is still an error', async () => {
    const folder = await readDataFolder(readerOf([]), { files: ['services'] });
    expect(folderIssues(folder).map((f) => [f.file, f.issue.code])).toEqual([
      ['services.csv', 'file_missing'],
    ]);
  });
});

describe('chartNotes', () => {
  const row = (period: string, chart: string, label: string): AnnotationRow => ({
    period,
    chart,
    label_zh: label,
    label_en: `${label}-en`,
    kind: 'event',
  });
  const rows = [
    row('2021-03-05', 'crime', '甲'),
    row('2020', 'crime', '乙'),
    row('2021', 'services', '丙'),
    row('2019', 'crime', '丁'),
  ];

  it('keeps the notes of the chart that fall in a shown period, on that period', () => {
    const shown = [
      { slot: 'previous', period: '2020' },
      { slot: 'current', period: '2021' },
    ] as const;
    expect(chartNotes(rows, 'crime', shown)).toEqual([
      { when: '2021-03-05', slot: 'current', kind: 'event', label: { zh: '甲', en: '甲-en' } },
      { when: '2020', slot: 'previous', kind: 'event', label: { zh: '乙', en: '乙-en' } },
    ]);
  });

  it('a year note covers a shown month; a note of another year is left out', () => {
    expect(chartNotes(rows, 'services', [{ slot: 'current', period: '2021-06' }])).toHaveLength(1);
    expect(chartNotes(rows, 'services', [{ slot: 'current', period: '2022' }])).toEqual([]);
  });
});
