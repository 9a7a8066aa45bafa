import type { Issue } from '../core/types';
import type { Translate } from './translate';

/** One line per issue, the same in the preview, the alert and the CLI. */
export function formatIssue(issue: Issue, t: Translate): string {
  const where = [
    issue.row !== undefined ? t('issue.row', { row: issue.row }) : '',
    issue.column !== undefined ? t('issue.column', { column: issue.column }) : '',
    issue.value !== undefined ? t('issue.value', { value: issue.value }) : '',
  ].filter(Boolean);
  const message = t(`issue.${issue.code}` as const, {
    ...issue.params,
    column: issue.column ?? '',
    value: issue.value ?? '',
  });
  return where.length > 0 ? `${where.join(', ')}: ${message}` : message;
}
