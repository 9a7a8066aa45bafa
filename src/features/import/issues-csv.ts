import { tableCsv } from '../../core/export-csv';
import type { Issue } from '../../core/types';
import type { Translate } from '../../i18n/translate';

/** Every issue of a rejected file, one per line, for staff to fix in Excel. */
export function issuesCsv(fileName: string, issues: readonly Issue[], t: Translate): string {
  const header = [
    t('import.issues.file'),
    t('import.issues.row'),
    t('import.issues.column'),
    t('import.issues.value'),
    t('import.issues.severity'),
    t('import.issues.message'),
  ];
  const rows = issues.map((issue) => [
    issue.sheet === undefined ? fileName : `${fileName} / ${issue.sheet}`,
    issue.row === undefined ? '' : String(issue.row),
    issue.column ?? '',
    issue.value ?? '',
    t(`issue.severity.${issue.severity}`),
    t(`issue.${issue.code}`, {
      ...issue.params,
      column: issue.column ?? '',
      value: issue.value ?? '',
    }),
  ]);
  return tableCsv([header, ...rows]);
}

export function issuesFileName(fileName: string): string {
  return `${fileName.replace(/\.[^.]*$/, '')}-issues.csv`;
}
