import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { readStaffFile } from '../src/core/staff-file';
import type { Issue } from '../src/core/types';
import { formatIssue } from '../src/i18n/format-issue';
import type { Translate } from '../src/i18n/translate';
import type { CheckOutput } from './check-folder';

/**
 * `data:check FILE`: one staff file (CSV or workbook, each dataset sheet)
 * through the entry the import dialog and the server use; returns the number of errors.
 */
export async function checkStaffFile(
  file: string,
  t: Translate,
  out: CheckOutput,
): Promise<number> {
  const read = await readStaffFile(new Uint8Array(readFileSync(file)), basename(file));
  let errors = 0;
  const report = (where: string, issue: Issue) => {
    const line = `${where}: ${t(`issue.severity.${issue.severity}` as const)}: ${formatIssue(issue, t)}`;
    if (issue.severity === 'error') {
      out.error(line);
      errors++;
    } else out.warn(line);
  };
  for (const issue of read.fileIssues) report(file, issue);
  for (const s of read.skipped) report(`${file} [${s.sheet}]`, s.reason);
  for (const { sheet, result } of read.sheets) {
    const where = sheet ? `${file} [${sheet}]` : file;
    for (const issue of result.ok ? result.warnings : result.issues) report(where, issue);
    if (result.ok)
      out.log(`${where}: ${t('issue.check.ok', { rows: result.dataset.rows.length })}`);
  }
  return errors;
}
