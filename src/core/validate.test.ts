import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv';
import { SCHEMAS } from './schema';
import type { DatasetId, Issue, RowsById } from './types';
import { validateRecords } from './validate';

function validate<K extends DatasetId>(id: K, text: string) {
  return validateRecords<K>(parseCsv(text).records, SCHEMAS[id]);
}
const issuesOf = (id: DatasetId, text: string): Issue[] => {
  const v = validate(id, text);
  return v.ok ? v.warnings : v.issues;
};
function rowsOf<K extends DatasetId>(id: K, text: string): RowsById[K][] {
  const v = validate(id, text);
  if (!v.ok) throw new Error(JSON.stringify(v.issues));
  return v.dataset.rows as RowsById[K][];
}

describe('types and ranges', () => {
  it.each([
    [
      'text in a count',
      'services',
      'period,item,count\n2021,a,很多\n',
      'count',
      'bad_integer',
      '很多',
    ],
    ['a negative count', 'services', 'period,item,count\n2021,a,-5\n', 'count', 'negative', '-5'],
    [
      'a fractional count',
      'services',
      'period,item,count\n2021,a,3.5\n',
      'count',
      'bad_integer',
      '3.5',
    ],
    [
      'negative officers',
      'patrol',
      'period,force,officers_per_day\n2021,a,-1\n',
      'officers_per_day',
      'negative',
      '-1',
    ],
    [
      'text in change_pct',
      'crime',
      'period,metric,change_pct,baseline\n2021,a,下降,b\n',
      'change_pct',
      'bad_number',
      '下降',
    ],
    [
      'text in value',
      'indicators',
      'period,indicator,value\n2021,a,two\n',
      'value',
      'bad_number',
      'two',
    ],
    [
      'a bad period',
      'services',
      'period,item,count\n2021-13,a,1\n',
      'period',
      'bad_period',
      '2021-13',
    ],
    [
      'a quarter as period',
      'services',
      'period,item,count\n2021Q1,a,1\n',
      'period',
      'bad_period',
      '2021Q1',
    ],
    [
      'an impossible date',
      'cases',
      'date,station,category,summary\n2021-02-30,a,b,c\n',
      'date',
      'bad_date',
      '2021-02-30',
    ],
    [
      'a bad approx word',
      'patrol',
      'period,force,officers_per_day,approx\n2021,a,1,maybe\n',
      'approx',
      'bad_approx',
      'maybe',
    ],
  ] as const)(
    'is an error for %s, with row, column and value',
    (_l, id, text, column, code, value) => {
      expect(validate(id, text)).toEqual({
        ok: false,
        issues: [{ code, severity: 'error', row: 2, column, value }],
      });
    },
  );

  it('names the header as the file wrote it, alias included', () => {
    expect(issuesOf('services', '期间,事项,办件量\n2021,a,-5\n')).toEqual([
      { code: 'negative', severity: 'error', row: 2, column: '办件量', value: '-5' },
    ]);
  });

  it('is an error for an empty required cell and fine for an empty optional one', () => {
    expect(issuesOf('services', 'period,item,count\n2021, ,1\n')).toEqual([
      { code: 'required', severity: 'error', row: 2, column: 'item' },
    ]);
    expect(rowsOf('indicators', 'period,indicator,value,unit,approx\n2021,a,1,,\n')).toEqual([
      { period: '2021', indicator: 'a', value: 1, unit: '', approx: '' },
    ]);
  });

  it('reads change_pct with %, a minus sign or full-width digits, negative meaning a fall', () => {
    const text =
      'period,metric,change_pct,baseline\n2021,a,-7.2%,b\n2021,c,－２２.２％,b\n2021,d,+3,b\n';
    expect(rowsOf('crime', text).map((r) => r.change_pct)).toEqual([-7.2, -22.2, 3]);
  });

  it('reads full-width digits and quoted thousands in counts', () => {
    expect(
      rowsOf('services', 'period,item,count\n2021,a,６３２７\n2021,b,"6,327"\n').map(
        (r) => r.count,
      ),
    ).toEqual([6327, 6327]);
  });

  it('keeps reading after an error so every bad row is listed', () => {
    const codes = issuesOf(
      'services',
      'period,item,count\n2021,a,x\n2021,b,-1\n2021,c,1\n20,d,1\n',
    ).map((i) => [i.row, i.code]);
    expect(codes).toEqual([
      [2, 'bad_integer'],
      [3, 'negative'],
      [5, 'bad_period'],
    ]);
  });
});

describe('approximate figures', () => {
  it.each([
    ['160余', 'at_least'],
    ['160多', 'at_least'],
    ['160+', 'at_least'],
    ['约160', 'about'],
  ])('turns %j into the approx flag %s', (cell, approx) => {
    expect(rowsOf('patrol', `period,force,officers_per_day\n2021,日均巡逻警力,${cell}\n`)).toEqual([
      { period: '2021', force: '日均巡逻警力', officers_per_day: 160, approx },
    ]);
  });

  it('fills an empty approx cell from the suffix and keeps an agreeing one', () => {
    const text = 'period,indicator,value,unit,approx\n2021,a,200余,个,\n2021,b,9300+,件,at_least\n';
    expect(rowsOf('indicators', text).map((r) => [r.value, r.approx])).toEqual([
      [200, 'at_least'],
      [9300, 'at_least'],
    ]);
  });

  it('is an error when the suffix and the approx column disagree', () => {
    expect(issuesOf('patrol', 'period,force,officers_per_day,approx\n2021,a,约160,余\n')).toEqual([
      {
        code: 'approx_conflict',
        severity: 'error',
        row: 2,
        column: 'approx',
        value: 'at_least',
        params: { suffix: 'about' },
      },
    ]);
  });

  it.each([
    ['services', 'period,item,count\n2021,a,160余\n', 'count'],
    ['crime', 'period,metric,change_pct,baseline\n2021,a,约-7.2,b\n', 'change_pct'],
  ] as const)('is an error in %s, which has no approx column to keep it', (id, text, column) => {
    expect(issuesOf(id, text)).toEqual([
      expect.objectContaining({ code: 'approx_not_allowed', row: 2, column }),
    ]);
  });
});

describe('keys and columns', () => {
  it('is an error for a duplicate key, naming the first row that holds it', () => {
    const text = 'period,item,count\n2021,a,1\n2021,b,2\n2022,a,3\n2021,a,4\n';
    expect(issuesOf('services', text)).toEqual([
      {
        code: 'duplicate_key',
        severity: 'error',
        row: 5,
        column: 'period+item',
        value: '2021 / a',
        params: { firstRow: 2 },
      },
    ]);
  });

  it('compares keys after normalising, so 2021/01 and 2021-01 collide', () => {
    const issue = issuesOf('services', 'period,item,count\n2021-01,a,1\n2021/1,a,2\n')[0];
    expect(issue).toMatchObject({ code: 'duplicate_key', row: 3, params: { firstRow: 2 } });
  });

  it('allows repeated rows in cases, which has no key', () => {
    const row = '2022-01,东港派出所,盗窃,某物被盗,行政拘留5日';
    expect(rowsOf('cases', `date,station,category,summary,outcome\n${row}\n${row}\n`)).toHaveLength(
      2,
    );
  });

  it('warns on and ignores an unknown column, and still succeeds', () => {
    const v = validate('services', 'period,备注,item,count\n2021,随便,a,1\n');
    expect(v).toEqual({
      ok: true,
      dataset: { id: 'services', rows: [{ period: '2021', item: 'a', count: 1 }] },
      warnings: [
        { code: 'unknown_column', severity: 'warning', row: 1, column: '备注', value: '备注' },
      ],
    });
  });

  it('stops at the header when a required column is missing or doubled', () => {
    expect(issuesOf('services', 'period,item\n2021,a\n').map((i) => i.code)).toEqual([
      'missing_column',
    ]);
    expect(issuesOf('services', 'period,item,count,数量\n2021,a,1,2\n').map((i) => i.code)).toEqual(
      ['duplicate_column'],
    );
  });

  it('reads every column in any order for every dataset', () => {
    const text = 'approx,unit,value,indicator,period\n约,个,200,智安小区,2021\n';
    expect(rowsOf('indicators', text)).toEqual([
      { period: '2021', indicator: '智安小区', value: 200, unit: '个', approx: 'about' },
    ]);
  });
});
