import type { Issue } from '../core/types';
import { cellRef } from '../core/workbook-cells';
import type { Translate } from './translate';

/** Where an issue sits: `服务!C4（数量）` in a workbook, row and column in a CSV. */
export function issuePlace(issue: Issue, t: Translate): string[] {
  if (issue.sheet !== undefined && issue.cell !== undefined)
    return [t('issue.cell', { ref: cellRef(issue.sheet, issue.cell), column: issue.column ?? '' })];
  return [
    issue.sheet !== undefined ? t('issue.sheet', { sheet: issue.sheet }) : '',
    issue.row !== undefined ? t('issue.row', { row: issue.row }) : '',
    issue.column !== undefined ? t('issue.column', { column: issue.column }) : '',
  ].filter(Boolean);
}

/** One line per issue, the same in the preview, the alert and the CLI. */
export function formatIssue(issue: Issue, t: Translate): string {
  const where = [
    ...issuePlace(issue, t),
    issue.value !== undefined ? t('issue.value', { value: issue.value }) : '',
  ].filter(Boolean);
  const message = t(`issue.${issue.code}` as const, {
    ...issue.params,
    column: issue.column ?? '',
    value: issue.value ?? '',
  });
  return where.length > 0 ? `${where.join(', ')}: ${message}` : message;
}
