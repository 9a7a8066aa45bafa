import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportCsv } from '../../src/core/export-csv';
import { parseCsv } from '../../src/core/parse-csv';
import { readCsv } from '../../src/core/read-csv';
import { SCHEMAS } from '../../src/core/schema';
import { readStaffFile } from '../../src/core/staff-file';
import { REQUIRED_DATASETS, type Dataset } from '../../src/core/types';

function published(id: (typeof REQUIRED_DATASETS)[number]): Dataset {
  const file = SCHEMAS[id].file;
  const result = readCsv(new Uint8Array(readFileSync(join('data', file))), {
    fileName: file,
    datasetId: id,
  });
  if (!result.ok) throw new Error(`${file} does not validate`);
  return result.dataset;
}

/**
 * The exported CSV opened in Excel and saved as a workbook: Excel turns
 * numbers into numbers and 2022-01 into a month date (Jan-22), as it does.
 */
async function asExcelWouldSave(csv: string, sheetName: string): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(sheetName);
  parseCsv(csv).records.forEach((record, r) => {
    record.forEach((text, c) => {
      const cell = sheet.getCell(r + 1, c + 1);
      const month = /^(\d{4})-(\d{2})$/.exec(text);
      const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
      if (r > 0 && /^-?\d+(\.\d+)?$/.test(text)) cell.value = Number(text);
      else if (r > 0 && month) {
        cell.value = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
        cell.numFmt = 'mmm-yy';
      } else if (r > 0 && day) {
        cell.value = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
        cell.numFmt = 'yyyy/m/d';
      } else cell.value = text;
    });
  });
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('export for publishing, then import as .xlsx', () => {
  it.each(REQUIRED_DATASETS)('gives the same %s rows', async (id) => {
    const dataset = published(id);
    const workbook = await asExcelWouldSave(exportCsv(dataset), id);
    const read = await readStaffFile(workbook, `${id}.xlsx`);
    expect(read.fileIssues).toEqual([]);
    const [sheet] = read.sheets;
    if (!sheet?.result.ok) throw new Error(JSON.stringify(sheet?.result));
    expect(sheet.result.dataset).toEqual(dataset);
  });

  it('gives the same rows for all five datasets as sheets of one workbook', async () => {
    const book = new ExcelJS.Workbook();
    for (const id of REQUIRED_DATASETS) {
      const sheet = book.addWorksheet(id);
      for (const record of parseCsv(exportCsv(published(id))).records) sheet.addRow(record);
    }
    const read = await readStaffFile(new Uint8Array(await book.xlsx.writeBuffer()), 'all.xlsx');
    expect(read.sheets.map((s) => s.result.ok && s.result.dataset)).toEqual(
      REQUIRED_DATASETS.map(published),
    );
  });
});
