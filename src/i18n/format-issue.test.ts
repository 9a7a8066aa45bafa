import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import * as W from '../../tests/fixtures/workbooks';
import { readCsv } from '../core/read-csv';
import { readStaffFile } from '../core/staff-file';
import { MAX_BYTES } from '../core/decode';
import { ISSUE_CODES, type DatasetId, type Issue } from '../core/types';
import { formatIssue } from './format-issue';
import { translator } from './translate';

const LANGS = ['zh', 'en'] as const;
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('formatIssue', () => {
  const issue: Issue = {
    code: 'negative',
    severity: 'error',
    row: 7,
    column: '办件量',
    value: '-5',
  };

  it.each(LANGS)('puts row, column and value in one line (%s)', (lang) => {
    const t = translator(lang);
    const line = formatIssue(issue, t);
    expect(line).toContain(t('issue.row', { row: 7 }));
    expect(line).toContain(t('issue.column', { column: '办件量' }));
    expect(line).toContain(t('issue.value', { value: '-5' }));
    expect(line).toContain(t('issue.negative'));
    expect(line).not.toContain('\n');
  });

  it('speaks Chinese and English', () => {
    expect(formatIssue(issue, translator('zh'))).toMatch(/第 7 行/);
    expect(formatIssue(issue, translator('en'))).toMatch(/Row 7/);
  });

  it('leaves out what a file-level issue does not have', () => {
    const line = formatIssue({ code: 'file_empty', severity: 'error' }, translator('en'));
    expect(line).toBe(translator('en')('issue.file_empty'));
  });
});

/** Files that break each rule: every issue they raise must print completely. */
const BAD_FILES: [string, Uint8Array, DatasetId?][] = [
  ['empty.csv', new Uint8Array()],
  ['services.csv', utf8('period,item,count\n')],
  ['services.csv', new Uint8Array([0x50, 0x4b, 0x03, 0x04])],
  ['upload.csv', utf8('期间,事项,数值\n2021,a,1\n')],
  ['services.csv', utf8('period,item\n2021,a\n'), 'services'],
  ['services.csv', utf8('period,item,count\n2021,a,1\n2021,a,2\n')],
  ['services.csv', new Uint8Array(MAX_BYTES + 1)],
  ['services.csv', utf8('period,item,count,期间,备注\n2021,a,1,2021,x\n')],
  ['services.csv', utf8('period,item,count\n2021,"a,1\n')],
  [
    'services.csv',
    utf8(
      'period,item,count\n2021,a,1,2\n2021,b\n2021,,1\n2021,c,x\n2021,d,-1\n21,e,1\n2021,a,1\n2021,f,1余\n',
    ),
  ],
  ['patrol.csv', utf8('period,force,officers_per_day,approx\n2021,a,约1,余\n2021,b,1,maybe\n')],
  ['crime.csv', utf8('period,metric,change_pct,baseline\n2021,a,x,b\n')],
  [
    'cases.csv',
    utf8(
      'date,station,category,summary\n2021-02-30,a,b,c\n2021-01,a,b,男子李明电话13812345678，车牌浙L12345，身份证11010519491231002X\n',
    ),
  ],
  [
    'services.csv',
    new Uint8Array([
      ...utf8('period,item,count\n2021,全城通办,1\n'),
      ...iconv.encode('2021,大都市圈,2\n', 'gbk'),
    ]),
  ],
  ['services.csv', utf8('period,item,count\n2021,全城通办,1\n').subarray(0, -5)],
  ['services.csv', utf8('<!doctype html><html><body>404</body></html>')],
  [
    'annotations.csv',
    utf8('date,chart,label_zh,label_en,kind\n2021,maps,甲,A,event\n2021-02-30,crime,乙,B,note\n'),
  ],
];

/** Workbooks that break each workbook rule, made by the tests. */
const BAD_WORKBOOKS: [string, () => Uint8Array | Promise<Uint8Array>][] = [
  ['old.xls', W.legacyXls],
  ['locked.xlsx', W.encryptedXlsx],
  ['broken.xlsx', W.corruptZip],
  ['bomb.xlsx', () => W.zipBomb()],
  ['macro.xlsm', W.macroWorkbook],
  ['two.xlsx', W.twoDatasets],
  ['nothing.xlsx', W.farCell],
  ['title.xlsx', W.mergedTitle],
  ['hidden.xlsx', W.hiddenRowsAndSheet],
  ['formula.xlsx', () => W.withFormula(false)],
  ['notes.xlsx', W.notesOnly],
  ['twice.xlsx', W.sameDatasetTwice],
  ['errors.xlsx', W.errorCell],
];

describe('every issue the validator raises prints in full', () => {
  const all = BAD_FILES.flatMap(([fileName, bytes, datasetId]) => {
    const result = readCsv(bytes, { fileName, datasetId });
    return result.ok ? result.warnings : result.issues;
  });
  // Changed with issue 13: the workbook codes come from workbooks, read through the same entry.
  beforeAll(async () => {
    for (const [fileName, make] of BAD_WORKBOOKS) {
      const read = await readStaffFile(await make(), fileName);
      all.push(...read.fileIssues, ...read.skipped.map((s) => s.reason));
      for (const s of read.sheets) all.push(...(s.result.ok ? s.result.warnings : s.result.issues));
    }
  });

  it('covers every code a file can raise', () => {
    const notFromBytes = [
      'http_error',
      'network_error',
      'timeout',
      'bad_manifest',
      'bad_revisions',
      'file_missing',
      'decode_failed',
    ];
    const raised = new Set(all.map((i) => i.code));
    expect(ISSUE_CODES.filter((c) => !raised.has(c) && !notFromBytes.includes(c))).toEqual([]);
  });

  it.each(LANGS)('with no placeholder left over (%s)', (lang) => {
    for (const issue of all) {
      const line = formatIssue(issue, translator(lang));
      expect(line, JSON.stringify(issue)).not.toMatch(/\{\w+\}/);
      expect(line).not.toMatch(/^issue\./);
    }
  });

  it('gives every row-level issue a row and a column', () => {
    for (const issue of all.filter((i) => i.row !== undefined && i.row > 1)) {
      expect(issue.column, JSON.stringify(issue)).toBeTruthy();
    }
  });

  it('gives every cell issue the bad value, masked when it is personal data', () => {
    const cellCodes = new Set([
      'bad_integer',
      'negative',
      'bad_number',
      'bad_period',
      'bad_date',
      'bad_approx',
    ]);
    for (const issue of all.filter((i) => cellCodes.has(i.code))) expect(issue.value).toBeTruthy();
    const sensitive = all.filter((i) => i.code.startsWith('sensitive_'));
    expect(sensitive).toHaveLength(3);
    for (const issue of sensitive) expect(issue.value).toMatch(/\*{4}/);
  });
});
