import { detectDataset, mapHeader } from './header';
import { columnLetter, isBlank } from './parse-csv';
import { echoValue } from './privacy';
import { SCHEMAS, type CellType } from './schema';
import type { DatasetId, Issue, ReadMeta, ReadResult } from './types';
import { validateRecords } from './validate';
import { cellText, type WorkbookValue } from './workbook-cells';
import type { SheetScan } from './workbook-xml';

/** A title row or two may sit above the header; past this many rows it is not a header. */
export const HEADER_SCAN_ROWS = 10;
const LISTED_ROWS = 20;

export type SheetOutcome =
  { kind: 'read'; result: ReadResult } | { kind: 'skipped'; reason: Issue };

export interface SheetInput {
  sheet: string;
  hidden: boolean;
  data: readonly (readonly WorkbookValue[])[];
  scan: SheetScan;
  epoch1904: boolean;
  fileName: string;
}

function findHeader(input: SheetInput): { index: number; id: DatasetId } | { reason: Issue } {
  let first: string[] | undefined;
  const rows = Math.min(input.data.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < rows; r++) {
    const texts = input.data[r]!.map((v) => cellText(v, undefined, undefined, input.epoch1904));
    if (isBlank(texts)) continue;
    first ??= texts;
    const detected = detectDataset(texts, `${input.sheet} ${input.fileName}`);
    if (detected.id) return { index: r, id: detected.id };
  }
  if (!first) return { reason: { code: 'sheet_empty', severity: 'warning', sheet: input.sheet } };
  const detected = detectDataset(first, input.fileName);
  const closest = detected.id
    ? detected.id
    : detected.candidates.map((c) => `${c.id} (${c.missing.join(', ') || '—'})`).join('; ');
  return {
    reason: {
      code: 'unknown_dataset',
      severity: 'warning',
      sheet: input.sheet,
      value: echoValue(first.filter((c) => c.trim() !== '').join(' | ')),
      params: { closest: closest || '—', rows: rows },
    },
  };
}

/** One sheet through the CSV path's validator, its issues moved onto the sheet's own cells. */
export function readSheetData(input: SheetInput): SheetOutcome {
  const found = findHeader(input);
  if ('reason' in found) return { kind: 'skipped', reason: found.reason };
  const { sheet, data, scan, epoch1904 } = input;
  const h = found.index;
  const schema = SCHEMAS[found.id];
  const headerRow = data[h]!;
  const header = headerRow.map((v) => cellText(v, undefined, undefined, epoch1904));
  const ids = mapHeader(header, schema);
  const types: (CellType | undefined)[] = ids.map(
    (id) => schema.columns.find((c) => c.id === id)?.type,
  );
  const letters = header.map((_, i) => columnLetter(i));
  const looks = scan.looks;
  const records: string[][] = [header];
  for (let r = h + 1; r < data.length; r++) {
    const row = data[r]!;
    const texts = new Array<string>(row.length);
    for (let c = 0; c < row.length; c++) {
      const look = looks.size > 0 ? looks.get(`${columnLetter(c)}${r + 1}`) : undefined;
      texts[c] = cellText(row[c]!, types[c], look, epoch1904);
    }
    records.push(texts);
  }

  const where = (row: number, column?: string): Partial<Issue> => {
    const index = column === undefined ? -1 : header.findIndex((c) => c.trim() === column);
    return { sheet, row, cell: index >= 0 ? `${letters[index]}${row}` : undefined };
  };
  const nameAt = (cell: string) => {
    const index = header.length > 0 ? letters.indexOf(/^[A-Z]+/.exec(cell)![0]) : -1;
    return index >= 0 && header[index]!.trim() !== '' ? header[index]!.trim() : cell;
  };
  const rowOf = (cell: string) => Number(/\d+$/.exec(cell)![0]);
  const cellIssues: Issue[] = [];
  for (const cell of scan.noValue)
    if (rowOf(cell) > h)
      cellIssues.push({
        code: 'formula_no_value',
        severity: 'error',
        sheet,
        cell,
        row: rowOf(cell),
        column: nameAt(cell),
      });
  for (const [cell, error] of scan.errors)
    if (rowOf(cell) > h)
      cellIssues.push({
        code: 'cell_error',
        severity: 'error',
        sheet,
        cell,
        row: rowOf(cell),
        column: nameAt(cell),
        value: error,
      });
  const flagged = new Set(cellIssues.map((i) => i.cell));

  const notes: Issue[] = [];
  if (input.hidden) notes.push({ code: 'hidden_sheet', severity: 'warning', sheet });
  if (h > 0) notes.push({ code: 'header_row', severity: 'warning', sheet, params: { row: h + 1 } });
  const hiddenRows = scan.hiddenRows.filter((r) => r > h + 1 && r <= data.length);
  if (hiddenRows.length > 0)
    notes.push({
      code: 'hidden_row',
      severity: 'warning',
      sheet,
      params: {
        count: hiddenRows.length,
        rows:
          hiddenRows.slice(0, LISTED_ROWS).join(', ') +
          (hiddenRows.length > LISTED_ROWS ? ' …' : ''),
      },
    });

  const result = validateRecords(records, schema);
  const moved = (result.ok ? result.warnings : result.issues)
    .map((i): Issue => ({ ...i, ...where(i.row === undefined ? h + 1 : i.row + h, i.column) }))
    .map((i) =>
      typeof i.params?.firstRow === 'number'
        ? { ...i, params: { ...i.params, firstRow: i.params.firstRow + h } }
        : i,
    )
    .filter((i) => !(i.code === 'required' && i.cell && flagged.has(i.cell)));
  const issues = [...notes, ...cellIssues, ...moved];
  const meta: ReadMeta = {
    fileName: input.fileName,
    datasetId: found.id,
    rowCount: records.length - 1,
    sheet,
    headerRow: h + 1,
  };
  if (result.ok && cellIssues.length === 0)
    return { kind: 'read', result: { ok: true, dataset: result.dataset, warnings: issues, meta } };
  return { kind: 'read', result: { ok: false, issues, meta } };
}
