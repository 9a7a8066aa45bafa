const ITEMS = ['调取共享材料', '全城通办', '大都市圈', '长三角一站式户籍迁移', '户籍业务'];

/** SYNTHETIC services rows for benchmarks and load tests: 200 windows a period, each period+item unique. */
export function syntheticServicesCsv(rows: number): string {
  const lines = ['period,item,count'];
  for (let i = 0; i < rows; i++) {
    const year = 1000 + Math.floor(i / 200);
    const item = `${ITEMS[i % ITEMS.length]}（${String(i % 200).padStart(3, '0')}号窗口）`;
    lines.push(`${year},${item},${(i * 7919) % 100_000}`);
  }
  return lines.join('\r\n') + '\r\n';
}

/** The same SYNTHETIC rows as an .xlsx, written as Excel would (shared strings, numbers as numbers). */
export async function writeSyntheticServicesWorkbook(
  rows: number,
  filename: string,
): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename, useSharedStrings: true });
  const sheet = book.addWorksheet('services');
  sheet.addRow(['period', 'item', 'count']).commit();
  for (let i = 0; i < rows; i++) {
    const item = `${ITEMS[i % ITEMS.length]}（${String(i % 200).padStart(3, '0')}号窗口）`;
    sheet.addRow([1000 + Math.floor(i / 200), item, (i * 7919) % 100_000]).commit();
  }
  sheet.commit();
  await book.commit();
}
