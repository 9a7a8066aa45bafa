import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { readStaffFile } from '../../src/core/staff-file';
import { feedInParts, joinParted, type ReadSheet } from '../../src/core/workbook-parts';
import { readWorkbookInfo, scanSheet } from '../../src/core/workbook-xml';
import { storedZip } from '../../src/core/zip-directory';
import { longServiceRow, longServices } from '../fixtures/long-workbook';

/** A sheet with what a cut could disturb: a merged title, gaps, a hidden row, a later wider row, dates, rich text, a formula, an empty styled row at the bottom. */
async function awkwardBook(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('服务');
  sheet.mergeCells('A1:C1');
  sheet.getCell('A1').value = '2022年办件量统计';
  sheet.getRow(3).values = ['期间', '事项', '数量'];
  sheet.getRow(4).values = [new Date(Date.UTC(2022, 2, 1)), '全城通办', 578];
  sheet.getRow(5).values = ['2022', { richText: [{ text: '大都' }, { text: '市圈' }] }, 934];
  sheet.getRow(5).hidden = true;
  sheet.getRow(9).values = ['2022', '长三角', { formula: '400-6', result: 394 }];
  sheet.getRow(10).values = ['2023', null, true, null, 'E 列'];
  sheet.getRow(13).values = ['2024', '  空格  ', 1.5];
  sheet.getRow(15).getCell(1).style = { font: { bold: true } };
  book.addWorksheet('说明').getRow(1).values = ['合成数据'];
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const text = new TextDecoder();
const read = async (files: Map<string, Uint8Array>) =>
  (await readXlsxFile(storedZip(files).buffer as ArrayBuffer, { trim: false })) as ReadSheet[];

describe('a long sheet read in parts', () => {
  it('reads in parts of 1 to 4 rows exactly as read-excel-file reads the sheet whole', async () => {
    const files = new Map(Object.entries(unzipSync(await awkwardBook())));
    const part = (name: string) => text.decode(files.get(name));
    const info = readWorkbookInfo(part('xl/workbook.xml'), part('xl/_rels/workbook.xml.rels'));
    const scans = new Map(info.sheets.map((s) => [s.name, scanSheet(part(s.path!), new Map())]));
    const whole = await read(files);
    expect(whole[0]!.data.length).toBe(13);
    for (const rows of [1, 2, 3, 4]) {
      const parted = new Map(files);
      const plan = feedInParts(parted, info, scans, rows)!;
      // Rows 1, 3, 4, 5, 9, 10, 13 and 15 are written.
      expect(plan[0]!.added.length).toBe(Math.ceil(8 / rows) - 1);
      expect(joinParted(await read(parted), plan)).toEqual(whole);
    }
  });

  it('imports a SYNTHETIC 200,000-row workbook, which read-excel-file alone cannot read', async () => {
    const rows = 200_000;
    const result = (await readStaffFile(await longServices(rows), 'services.xlsx')).sheets[0]!
      .result;
    if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
    expect(result.dataset.rows.length).toBe(rows);
    expect(result.dataset.rows).toEqual(Array.from({ length: rows }, (_, i) => longServiceRow(i)));
  }, 60_000);
});
