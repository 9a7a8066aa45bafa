import { useId } from 'react';
import { cellOf } from '../../core/export-csv';
import { SCHEMAS } from '../../core/schema';
import type { DatasetId, RowsById } from '../../core/types';
import { useT } from '../../store/use-t';
import type { DiffSummary } from './read-file';
import { useColumnLabel } from './rows-table';

type Row = RowsById[DatasetId];

function rowText(id: DatasetId, row: Row): string {
  return SCHEMAS[id].columns.map((c) => String(cellOf(row, c.id)) || '—').join(' · ');
}

/** What Apply would change, so nobody replaces the figures blind. */
export function DiffView({
  id,
  diff,
  title,
}: {
  id: DatasetId;
  diff: DiffSummary;
  /** Against what: the figures on screen, unless told (the live data, for Publish). */
  title?: string;
}) {
  const t = useT();
  const titleId = useId();
  const label = useColumnLabel();
  const { sample } = diff;
  return (
    <section className="import-diff" aria-labelledby={titleId}>
      <h3 id={titleId}>{title ?? t('import.diff.title')}</h3>
      <p>
        {t('import.diff.summary', {
          added: diff.added,
          changed: diff.changed,
          removed: diff.removed,
          unchanged: diff.unchanged,
        })}
      </p>
      {sample.changed.length > 0 && (
        <ul className="import-diff__changed" aria-label={t('import.diff.changed')}>
          {sample.changed.map((change) => (
            <li key={change.key.join('\u0000')}>
              <strong>{change.key.join(' · ')}</strong>{' '}
              {change.cells.map((cell) => (
                <span key={cell.column}>
                  {label(id, cell.column)}: <del>{String(cell.before)}</del> →{' '}
                  <ins>{String(cell.after)}</ins>{' '}
                </span>
              ))}
            </li>
          ))}
        </ul>
      )}
      {sample.added.length > 0 && (
        <ul className="import-diff__added" aria-label={t('import.diff.added')}>
          {sample.added.map((row, i) => (
            <li key={i}>+ {rowText(id, row)}</li>
          ))}
        </ul>
      )}
      {sample.removed.length > 0 && (
        <ul className="import-diff__removed" aria-label={t('import.diff.removed')}>
          {sample.removed.map((row, i) => (
            <li key={i}>− {rowText(id, row)}</li>
          ))}
        </ul>
      )}
      {diff.added + diff.changed + diff.removed >
        sample.added.length + sample.changed.length + sample.removed.length && (
        <p>{t('import.diff.truncated')}</p>
      )}
    </section>
  );
}
