import { join } from 'node:path';
import { folderIssues, readDataFolder, readerOf } from '../src/core/data-folder';
import { DATASET_IDS } from '../src/core/types';
import { formatIssue } from '../src/i18n/format-issue';
import type { Translate } from '../src/i18n/translate';
import { readDataDir } from './data-dir';

export interface CheckOutput {
  error(line: string): void;
  warn(line: string): void;
  log(line: string): void;
}

/** data:check's work: every issue of every file, one line each; returns the number of errors. */
export async function checkFolder(dir: string, t: Translate, out: CheckOutput): Promise<number> {
  const folder = await readDataFolder(readerOf(readDataDir(dir)));
  let errors = 0;
  for (const { file, issue } of folderIssues(folder)) {
    const label = t(`issue.severity.${issue.severity}` as const);
    const line = `${join(dir, file)}: ${label}: ${formatIssue(issue, t)}`;
    if (issue.severity === 'error') {
      out.error(line);
      errors++;
    } else out.warn(line);
  }
  for (const id of DATASET_IDS) {
    const entry = folder.datasets[id];
    if (entry?.status === 'ready')
      out.log(
        `${join(dir, entry.name)}: ${t('issue.check.ok', { rows: entry.dataset.rows.length })}`,
      );
  }
  return errors;
}
