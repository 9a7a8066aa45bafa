import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/core/read-csv';
import { MAX_CELLS, MAX_UNPACKED_BYTES } from '../../src/core/read-workbook';
import { readStaffFile, type StaffFileRead } from '../../src/core/staff-file';
import type { Issue } from '../../src/core/types';
import { formatIssue } from '../../src/i18n/format-issue';
import { translator } from '../../src/i18n/translate';
import * as W from '../fixtures/workbooks';

const zh = translator('zh');
const en = translator('en');

function only(read: StaffFileRead) {
  expect(read.sheets).toHaveLength(1);
  return read.sheets[0]!;
}
const rowsOf = (read: StaffFileRead, sheet: string) => {
  const found = read.sheets.find((s) => s.sheet === sheet)!;
  if (!found.result.ok) throw new Error(JSON.stringify(found.result.issues));
  return found.result.dataset.rows;
};
const issuesOf = (read: StaffFileRead, sheet: string): Issue[] => {
  const { result } = read.sheets.find((s) => s.sheet === sheet)!;
  return result.ok ? result.warnings : result.issues;
};
const codes = (issues: readonly Issue[]) => issues.map((i) => i.code);

describe('readStaffFile on workbooks', () => {
  it('reads a one-sheet workbook as the rows the CSV of it gives', async () => {
    const read = await readStaffFile(await W.oneSheet(), '办件量.xlsx');
    expect(read.kind).toBe('workbook');
    expect(read.fileIssues).toEqual([]);
    const sheet = only(read);
    expect(sheet.result.meta).toMatchObject({ datasetId: 'services', sheet: '服务', headerRow: 1 });
    expect(rowsOf(read, '服务')).toEqual(W.SERVICES_EXPECTED);
    const csv = readCsv(
      new TextEncoder().encode(
        '期间,事项,数量\n2022,全城通办,578\n2022,大都市圈,934\n2022,长三角一站式户籍迁移,394\n',
      ),
      { fileName: 'x.csv' },
    );
    expect(csv.ok && csv.dataset.rows).toEqual(rowsOf(read, '服务'));
  });

  it('reads two datasets on two sheets, percent cells as shown, and skips the notes sheet with its reason', async () => {
    const read = await readStaffFile(await W.twoDatasets(), '2022.xlsx');
    expect(read.sheets.map((s) => [s.sheet, s.result.meta.datasetId])).toEqual([
      ['服务', 'services'],
      ['警情', 'crime'],
    ]);
    expect(rowsOf(read, '警情').map((r) => 'change_pct' in r && r.change_pct)).toEqual([
      -7.2, -22.2,
    ]);
    expect(read.skipped.map((s) => [s.sheet, s.reason.code])).toEqual([
      ['说明', 'unknown_dataset'],
    ]);
  });

  it('turns date cells and bare serials into the dates and periods the columns need', async () => {
    const read = await readStaffFile(await W.datesAndSerials(), 'dates.xlsx');
    expect(rowsOf(read, 'cases').map((r) => 'date' in r && r.date)).toEqual([
      '2022-03-01',
      '2022-03-14',
    ]);
    expect(rowsOf(read, 'services').map((r) => 'period' in r && r.period)).toEqual([
      '2022-03',
      '2022-04',
    ]);
  });

  it('takes a formula’s cached value', async () => {
    const read = await readStaffFile(await W.withFormula(true), 'f.xlsx');
    expect(rowsOf(read, '服务')).toEqual(W.SERVICES_EXPECTED);
  });

  it('names the cell of a formula with no cached value, in zh and en', async () => {
    const read = await readStaffFile(await W.withFormula(false), 'f.xlsx');
    const issues = issuesOf(read, '服务');
    expect(only(read).result.ok).toBe(false);
    expect(issues).toEqual([expect.objectContaining({ code: 'formula_no_value', cell: 'C4' })]);
    expect(formatIssue(issues[0]!, zh)).toMatch(/^服务!C4（数量）: /);
    expect(formatIssue(issues[0]!, en)).toMatch(/^服务!C4 \(数量\): /);
  });

  it('names sheet, Excel cell and column for a bad value', async () => {
    const read = await readStaffFile(await W.badCount(), 'bad.xlsx');
    const [issue] = issuesOf(read, '服务');
    expect(issue).toMatchObject({ code: 'bad_integer', sheet: '服务', cell: 'C4', column: '数量' });
    expect(formatIssue(issue!, zh)).toContain('服务!C4（数量）');
    expect(formatIssue(issue!, en)).toContain('服务!C4 (数量)');
  });

  it('finds the header under a merged title row and says which row it was', async () => {
    const read = await readStaffFile(await W.mergedTitle(), 'title.xlsx');
    expect(rowsOf(read, '服务')).toEqual(W.SERVICES_EXPECTED);
    expect(only(read).result.meta.headerRow).toBe(3);
    const note = issuesOf(read, '服务').find((i) => i.code === 'header_row')!;
    expect(formatIssue(note, zh)).toContain('第 3 行');
  });

  it('reads hidden rows and sheets, each with a warning', async () => {
    const read = await readStaffFile(await W.hiddenRowsAndSheet(), 'hidden.xlsx');
    expect(rowsOf(read, '服务')).toEqual(W.SERVICES_EXPECTED);
    expect(issuesOf(read, '服务')).toEqual([
      expect.objectContaining({
        code: 'hidden_row',
        severity: 'warning',
        params: { count: 1, rows: '3' },
      }),
    ]);
    expect(read.sheets.find((s) => s.sheet === '旧警情')!.hidden).toBe(true);
    expect(codes(issuesOf(read, '旧警情'))).toEqual(['hidden_sheet']);
  });

  it('reads an .xlsm’s values and says its macros never run', async () => {
    const read = await readStaffFile(await W.macroWorkbook(), 'macro.xlsm');
    expect(codes(read.fileIssues)).toEqual(['workbook_macros']);
    expect(read.fileIssues[0]!.severity).toBe('warning');
    expect(rowsOf(read, '服务')).toEqual(W.SERVICES_EXPECTED);
  });

  it.each([
    ['old.xls', W.legacyXls, 'xls_not_supported'],
    ['locked.xlsx', W.encryptedXlsx, 'workbook_encrypted'],
    ['broken.xlsx', W.corruptZip, 'workbook_corrupt'],
    ['cut.xlsx', W.truncatedZip, 'workbook_corrupt'],
    ['far.xlsx', W.farCell, 'workbook_too_big'],
  ] as const)('refuses %s with one clear error and no rows', async (name, make, code) => {
    const read = await readStaffFile(await make(), name);
    expect(read.sheets).toEqual([]);
    expect(read.fileIssues).toEqual([expect.objectContaining({ code, severity: 'error' })]);
    for (const t of [zh, en]) expect(formatIssue(read.fileIssues[0]!, t)).not.toMatch(/\{\w+\}/);
  });

  it('refuses a zip bomb from its directory, before inflating anything', async () => {
    const bomb = await W.zipBomb();
    const read = await readStaffFile(bomb, 'bomb.xlsx');
    expect(codes(read.fileIssues)).toEqual(['workbook_too_big']);
    expect(read.fileIssues[0]!.params!.limitMb).toBe(MAX_UNPACKED_BYTES / 2 ** 20);
    // The same directory over garbage data: refused the same way, so nothing was inflated.
    const garbage = bomb.slice();
    garbage.fill(0xff, 2000, bomb.length - 3000);
    expect(codes((await readStaffFile(garbage, 'bomb.xlsx')).fileIssues)).toEqual([
      'workbook_too_big',
    ]);
  });

  it('stops a zip bomb that understates its size as soon as it runs past it', async () => {
    const read = await readStaffFile(await W.zipBomb(true), 'liar.xlsx');
    expect(codes(read.fileIssues)).toEqual(['workbook_corrupt']);
    expect(read.fileIssues[0]!.params!.reason).toMatch(/declared size/);
  });

  it('caps the cells a sheet may lay out', async () => {
    const read = await readStaffFile(await W.farCell(), 'far.xlsx');
    expect(read.fileIssues[0]!.params).toMatchObject({ maxCells: MAX_CELLS });
  });

  it('reads a CSV exactly as readCsv does', async () => {
    const bytes = new TextEncoder().encode('period,item,count\n2022,全城通办,578\n');
    const read = await readStaffFile(bytes, 'services.csv');
    expect(read.kind).toBe('csv');
    expect(only(read).result).toEqual(readCsv(bytes, { fileName: 'services.csv' }));
  });
});
