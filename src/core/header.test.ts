import { describe, expect, it } from 'vitest';
import { detectDataset, headerIssues, mapHeader } from './header';
import { readCsv } from './read-csv';
import { SCHEMAS } from './schema';
import { DATASET_IDS, type DatasetId } from './types';

const encode = (s: string) => new TextEncoder().encode(s);

/** A valid cell for each column id, and the typed value it must become. */
const SAMPLE: Record<string, [string, string | number]> = {
  period: ['2021', '2021'],
  item: ['调取共享材料', '调取共享材料'],
  count: ['6327', 6327],
  metric: ['警情数', '警情数'],
  change_pct: ['-7.2', -7.2],
  baseline: ['前三年平均数', '前三年平均数'],
  force: ['日均巡逻警力', '日均巡逻警力'],
  officers_per_day: ['160', 160],
  approx: ['余', 'at_least'],
  indicator: ['智安小区', '智安小区'],
  value: ['200', 200],
  unit: ['个', '个'],
  date: ['2021-11-12', '2021-11-12'],
  station: ['六横公安分局', '六横公安分局'],
  category: ['救助', '救助'],
  summary: ['落水老人获救', '落水老人获救'],
  outcome: ['获救', '获救'],
  chart: ['crime', 'crime'],
  label_zh: ['口径调整', '口径调整'],
  label_en: ['Definition changed', 'Definition changed'],
  kind: ['definition-change', 'definition-change'],
};

function headerAndRow(
  id: DatasetId,
  names: (c: (typeof SCHEMAS)[DatasetId]['columns'][number]) => string,
) {
  const columns = [...SCHEMAS[id].columns].reverse();
  return {
    header: columns.map(names),
    row: columns.map((c) => SAMPLE[c.id]![0]),
    expected: Object.fromEntries(SCHEMAS[id].columns.map((c) => [c.id, SAMPLE[c.id]![1]])),
  };
}

describe('header aliases', () => {
  const aliasCount = (id: DatasetId) =>
    Math.max(...SCHEMAS[id].columns.map((c) => c.aliases.length));

  it.each(DATASET_IDS)(
    '%s: English ids in reverse order are recognised without a file-name hint',
    (id) => {
      const { header, row, expected } = headerAndRow(id, (c) => c.id);
      const result = readCsv(encode(`${header.join(',')}\n${row.join(',')}\n`), {
        fileName: 'upload.csv',
      });
      expect(result.ok && result.dataset).toEqual({ id, rows: [expected] });
    },
  );

  it.each(DATASET_IDS)('%s: every Chinese alias, in reverse order, is recognised', (id) => {
    for (let a = 0; a < aliasCount(id); a++) {
      const { header, row, expected } = headerAndRow(
        id,
        (c) => c.aliases[a] ?? c.aliases[0] ?? c.id,
      );
      const text = `${header.join(',')}\n${row.join(',')}\n`;
      const result = readCsv(encode(text), { fileName: 'upload.csv' });
      expect(result.ok && result.dataset, text).toEqual({ id, rows: [expected] });
    }
  });

  it('reads 指标 as metric in crime and as indicator in indicators', () => {
    expect(mapHeader(['指标'], SCHEMAS.crime)).toEqual(['metric']);
    expect(mapHeader(['指标'], SCHEMAS.indicators)).toEqual(['indicator']);
    expect(detectDataset(['期间', '指标', '同比', '比较基准'], 'x.csv')).toEqual({ id: 'crime' });
    expect(detectDataset(['期间', '指标', '数值', '单位'], 'x.csv')).toEqual({ id: 'indicators' });
  });

  it('ignores case, surrounding spaces, full-width letters and a BOM in header cells', () => {
    expect(mapHeader(['\uFEFF Period ', 'ＩＴＥＭ', 'Count'], SCHEMAS.services)).toEqual([
      'period',
      'item',
      'count',
    ]);
  });
});

describe('headerIssues', () => {
  const issuesOf = (header: string[]) =>
    headerIssues(header, SCHEMAS.services, mapHeader(header, SCHEMAS.services));

  it('warns on an unknown column, naming it on row 1', () => {
    expect(issuesOf(['period', 'item', 'count', '备注'])).toEqual([
      expect.objectContaining({
        code: 'unknown_column',
        severity: 'warning',
        row: 1,
        column: '备注',
      }),
    ]);
  });

  it('is an error when a required column is missing, with the aliases it could have had', () => {
    expect(issuesOf(['period', 'item'])).toEqual([
      {
        code: 'missing_column',
        severity: 'error',
        row: 1,
        column: 'count',
        params: { aliases: SCHEMAS.services.columns[2]!.aliases.join(' / ') },
      },
    ]);
  });

  it('is an error when a column appears twice, even under an alias', () => {
    expect(issuesOf(['period', 'item', 'count', '期间'])).toEqual([
      expect.objectContaining({
        code: 'duplicate_column',
        severity: 'error',
        row: 1,
        column: '期间',
        params: { first: 'period' },
      }),
    ]);
  });
});

describe('detectDataset', () => {
  const both = ['period', 'metric', 'change_pct', 'baseline', 'indicator', 'value'];

  it('picks the dataset the header fits best when several fit', () => {
    expect(detectDataset(both, 'upload.csv')).toEqual({ id: 'crime' });
  });

  it('lets the file name decide between datasets the header fits', () => {
    expect(detectDataset(both, 'Indicators-2022.csv')).toEqual({ id: 'indicators' });
    expect(detectDataset(both, 'crime.csv')).toEqual({ id: 'crime' });
  });

  it('does not let the file name override a header that fits another dataset', () => {
    expect(detectDataset(['period', 'item', 'count'], 'cases.csv')).toEqual({ id: 'services' });
  });

  it('names the closest datasets and what each lacks when none fits', () => {
    const result = detectDataset(['期间', '事项', '数值'], 'upload.csv');
    expect(result.id).toBeUndefined();
    const candidates = 'candidates' in result ? result.candidates : [];
    expect(candidates.map((c) => [c.id, c.missing])).toEqual([
      ['services', ['count']],
      ['indicators', ['indicator']],
    ]);
  });

  it('reports an unknown dataset on row 1 with the closest datasets and missing columns', () => {
    const result = readCsv(encode('期间,事项,数值\n2021,a,1\n'), { fileName: 'upload.csv' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues).toEqual([
      expect.objectContaining({
        code: 'unknown_dataset',
        row: 1,
        params: expect.objectContaining({
          closest: 'services (count); indicators (indicator)',
          candidates: 'services,indicators',
        }),
      }),
    ]);
  });

  it('reports an unknown dataset for a header that shares nothing', () => {
    const result = readCsv(encode('a,b,c\n1,2,3\n'), { fileName: 'upload.csv' });
    expect(!result.ok && result.issues[0]).toMatchObject({
      code: 'unknown_dataset',
      params: { closest: '—' },
    });
  });
});
