import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { readStaffFile } from '../src/core/staff-file';
import type { Issue } from '../src/core/types';

/**
 * `data:check FILE`: one staff file (CSV or workbook) through the same entry
 * the import dialog and the server use.
 */
export async function checkStaffFile(
  file: string,
  report: (where: string, issue: Issue) => void,
  ok: (where: string, rows: number) => void,
): Promise<void> {
  const read = await readStaffFile(new Uint8Array(readFileSync(file)), basename(file));
  for (const issue of read.fileIssues) report(file, issue);
  for (const s of read.skipped) report(`${file} [${s.sheet}]`, s.reason);
  for (const { sheet, result } of read.sheets) {
    const where = sheet ? `${file} [${sheet}]` : file;
    for (const issue of result.ok ? result.warnings : result.issues) report(where, issue);
    if (result.ok) ok(where, result.dataset.rows.length);
  }
}
