import readXlsxFile from 'read-excel-file/universal';
import type { Issue } from './types';
import { feedInParts, joinParted, type ReadSheet } from './workbook-parts';
import { readSheetData } from './workbook-sheet';
import { readStyleLooks, readWorkbookInfo, scanSheet, type SheetScan } from './workbook-xml';
import { inflateEntry, readZipDirectory, storedZip, type ZipEntry } from './zip-directory';
import type { SheetRead, SkippedSheet, StaffFileRead } from './staff-file';

/** What the parts of a workbook may inflate to, all together: past it the file is a zip bomb. */
export const MAX_UNPACKED_BYTES = 200 * 2 ** 20;
/** Rows × columns a reader would lay out, over all sheets. */
export const MAX_CELLS = 5_000_000;

const refused = (issue: Issue): StaffFileRead => ({
  kind: 'workbook',
  fileIssues: [issue],
  sheets: [],
  skipped: [],
});
const corrupt = (reason: string) =>
  refused({ code: 'workbook_corrupt', severity: 'error', params: { reason } });

const isPart = (e: ZipEntry) => e.name.endsWith('.xml') || e.name.endsWith('.rels');

async function unpack(bytes: Uint8Array): Promise<Map<string, Uint8Array> | StaffFileRead> {
  const dir = readZipDirectory(bytes);
  if (!dir.ok) return corrupt(dir.reason);
  if (dir.entries.some((e) => e.encrypted))
    return refused({ code: 'workbook_encrypted', severity: 'error' });
  const parts = dir.entries.filter(isPart);
  const declared = parts.reduce((sum, e) => sum + e.size, 0);
  if (declared > MAX_UNPACKED_BYTES)
    return refused({
      code: 'workbook_too_big',
      severity: 'error',
      params: { limitMb: MAX_UNPACKED_BYTES / 2 ** 20, sizeMb: Math.ceil(declared / 2 ** 20) },
    });
  const files = new Map<string, Uint8Array>();
  try {
    for (const e of parts) files.set(e.name, await inflateEntry(bytes, e));
  } catch (error) {
    return corrupt(error instanceof Error ? error.message : String(error));
  }
  return files;
}

/**
 * An .xlsx or .xlsm as the same rows a CSV gives. The zip's own directory is
 * checked before anything inflates; read-excel-file then reads a copy of the
 * checked parts, stored flat, so it neither inflates nor starts workers, with
 * a long sheet cut into several (workbook-parts.ts says why).
 */
export async function readWorkbook(bytes: Uint8Array, fileName: string): Promise<StaffFileRead> {
  const files = await unpack(bytes);
  if (!(files instanceof Map)) return files;
  const text = new TextDecoder();
  const part = (name: string) => {
    const b = files.get(name);
    return b && text.decode(b);
  };
  const workbook = part('xl/workbook.xml');
  if (!workbook) return corrupt('no xl/workbook.xml');
  const info = readWorkbookInfo(workbook, part('xl/_rels/workbook.xml.rels'));
  const looks = readStyleLooks(part('xl/styles.xml'));
  const scans = new Map<string, SheetScan>();
  let cells = 0;
  for (const sheet of info.sheets) {
    const xml = sheet.path && part(sheet.path);
    if (!xml) continue;
    const scan = scanSheet(xml, looks);
    cells += scan.maxRow * scan.maxColumn;
    scans.set(sheet.name, scan);
  }
  if (cells > MAX_CELLS)
    return refused({
      code: 'workbook_too_big',
      severity: 'error',
      params: { limitMb: MAX_UNPACKED_BYTES / 2 ** 20, cells, maxCells: MAX_CELLS },
    });

  const parted = feedInParts(files, info, scans);
  if (!parted) return corrupt('workbook lists no place for long sheets');
  let sheets: ReadSheet[] | undefined;
  try {
    const flat = storedZip(files);
    files.clear();
    const read = await readXlsxFile(flat.buffer as ArrayBuffer, { trim: false });
    sheets = joinParted(read as ReadSheet[], parted);
  } catch (error) {
    return corrupt(error instanceof Error ? error.message : String(error));
  }
  if (!sheets) return corrupt('rows out of order');

  const fileIssues: Issue[] = [];
  const macros = /\.xlsm$/i.test(fileName) || workbook.includes('vbaProject');
  if (macros) fileIssues.push({ code: 'workbook_macros', severity: 'warning' });
  const read: SheetRead[] = [];
  const skipped: SkippedSheet[] = [];
  const taken = new Map<string, string>();
  for (const { sheet, data } of sheets) {
    const meta = info.sheets.find((s) => s.name === sheet);
    const hidden = meta?.hidden ?? false;
    const scan = scans.get(sheet);
    if (!scan) {
      skipped.push({ sheet, hidden, reason: { code: 'sheet_empty', severity: 'warning', sheet } });
      continue;
    }
    const input = { sheet, hidden, data, scan, epoch1904: info.epoch1904, fileName };
    const outcome = readSheetData(input);
    if (outcome.kind === 'skipped') {
      skipped.push({ sheet, hidden, reason: outcome.reason });
      continue;
    }
    const id = outcome.result.meta.datasetId!;
    const first = taken.get(id);
    if (first !== undefined) {
      const reason: Issue = {
        code: 'sheet_duplicate_dataset',
        severity: 'warning',
        sheet,
        params: { first, dataset: id },
      };
      skipped.push({ sheet, hidden, reason });
      continue;
    }
    taken.set(id, sheet);
    read.push({ sheet, hidden, result: outcome.result });
  }
  if (read.length === 0) fileIssues.push({ code: 'no_dataset_sheet', severity: 'error' });
  return { kind: 'workbook', fileIssues, sheets: read, skipped };
}
