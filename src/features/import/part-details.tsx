import type { ReactNode } from 'react';
import { useT } from '../../store/use-t';
import { ChartPreview } from './chart-preview';
import { DiffView } from './diff-view';
import { downloadText } from '../../ui/download';
import { IssueList } from './issue-list';
import { issuesCsv, issuesFileName } from './issues-csv';
import type { PartOutcome } from './read-file';
import { RowsTable } from './rows-table';

/** What one dataset read from a file shows: its issues, the changes, the rows and the chart. */
export function PartDetails({ part, fileName }: { part: PartOutcome; fileName: string }) {
  const t = useT();
  const { dataset } = part;
  const hasErrors = part.issues.some((i) => i.severity === 'error');
  return (
    <>
      <IssueList issues={part.issues} />
      {hasErrors && (
        <p>
          <button
            type="button"
            onClick={() =>
              downloadText(issuesCsv(fileName, part.issues, t), issuesFileName(fileName))
            }
          >
            {t('import.issues.download')}
          </button>
        </p>
      )}
      {dataset && part.diff && <DiffView id={dataset.id} diff={part.diff} />}
      {dataset && <RowsTable dataset={dataset} />}
      {dataset && part.ok && <ChartPreview dataset={dataset} />}
    </>
  );
}

/** The facts every read file shows: its dataset and row count, around what its kind adds. */
export function FileFacts({ meta, children }: { meta: PartOutcome['meta']; children: ReactNode }) {
  const t = useT();
  return (
    <dl className="import-facts">
      <dt>{t('import.facts.dataset')}</dt>
      <dd>{meta.datasetId ? t(`dataset.${meta.datasetId}`) : t('import.facts.unknown')}</dd>
      {children}
      {meta.rowCount !== undefined && (
        <>
          <dt>{t('import.facts.rows')}</dt>
          <dd>{meta.rowCount}</dd>
        </>
      )}
    </dl>
  );
}

/** The facts a workbook sheet adds: which sheet, and the row its header was found on. */
export function SheetFacts({ part }: { part: PartOutcome }) {
  const t = useT();
  const { meta } = part;
  return (
    <FileFacts meta={meta}>
      {meta.sheet !== undefined && (
        <>
          <dt>{t('import.facts.sheet')}</dt>
          <dd>{meta.sheet}</dd>
          <dt>{t('import.facts.headerRow')}</dt>
          <dd>{meta.headerRow}</dd>
        </>
      )}
    </FileFacts>
  );
}
