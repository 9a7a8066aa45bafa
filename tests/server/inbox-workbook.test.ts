import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../src/core/parse-csv';
import * as W from '../fixtures/workbooks';
import { fetchText, waitFor } from './server-process';
import { serverPerFile } from './server-per-file';

const running = serverPerFile();

const published = (file: string) => readFileSync(join('data', file), 'utf8');
const csvRows = (text: string) => parseCsv(text).records;

/** The published services and crime as two sheets, one figure of each changed. */
async function twoSheetWorkbook(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const [sheet, file] of [
    ['服务', 'services.csv'],
    ['警情', 'crime.csv'],
  ] as const) {
    const ws = book.addWorksheet(sheet);
    for (const [r, row] of csvRows(published(file)).entries()) {
      const cells = row.map((c) => (r > 0 && /^-?\d+(\.\d+)?$/.test(c) ? Number(c) : c));
      ws.addRow(cells);
    }
  }
  book.getWorksheet('服务')!.getCell('C2').value = 6400;
  book.getWorksheet('警情')!.getCell('C2').value = -8.1;
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('drop folder with workbooks', () => {
  test('a workbook with two dataset sheets publishes both in one generation', async () => {
    writeFileSync(join(running.dirs.inbox, '2021年统计.xlsx'), await twoSheetWorkbook());
    await waitFor(() => existsSync(join(running.dirs.inbox, 'done', '2021年统计.xlsx')), 60_000);
    const services = await fetchText(`${running.server.url}data/services.csv`);
    const crime = await fetchText(`${running.server.url}data/crime.csv`);
    expect(csvRows(services.body)[1]).toEqual(['2021', '调取共享材料', '6400']);
    expect(csvRows(crime.body)[1]).toEqual(['2021', '警情数', '-8.1', '前三年平均数']);
    expect(services.generation).toBeTruthy();
    expect(crime.generation).toBe(services.generation);
    const board = await fetchText(running.server.url);
    expect(board.body).toMatch(/6,?400/);
  });

  test('a workbook with an error is refused whole, naming sheet and cell; nothing live changes', async () => {
    const before = await fetchText(`${running.server.url}data/services.csv`);
    writeFileSync(join(running.dirs.inbox, 'formula.xlsx'), await W.withFormula(false));
    const errors = join(running.dirs.inbox, 'rejected', 'formula.xlsx.errors.txt');
    await waitFor(() => existsSync(errors), 60_000);
    const text = readFileSync(errors, 'utf8');
    expect(text).toContain('服务!C4（数量）');
    expect(text).toContain('服务!C4 (数量)');
    expect(await fetchText(`${running.server.url}data/services.csv`)).toEqual(before);
  });

  test('an .xls is refused with the advice to save as .xlsx or CSV', async () => {
    writeFileSync(join(running.dirs.inbox, 'old.xls'), W.legacyXls());
    const errors = join(running.dirs.inbox, 'rejected', 'old.xls.errors.txt');
    await waitFor(() => existsSync(errors), 60_000);
    expect(readFileSync(errors, 'utf8')).toContain('.xlsx');
  });
});
