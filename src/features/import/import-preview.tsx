import { useId } from 'react';
import type { Encoding } from '../../core/types';
import { sessionWith } from '../../store/staff-slice';
import { useAppStore } from '../../store/store';
import { useT } from '../../store/use-t';
import { IssueList } from './issue-list';
import { FileFacts, PartDetails, SheetFacts } from './part-details';
import { PublishPanel } from './publish-panel';
import { SheetPicker, SkippedSheets } from './sheet-picker';
import type { ImportEntry } from './use-import-session';

export const ENCODINGS: readonly Encoding[] = ['utf-8', 'gb18030', 'utf-16le', 'utf-16be'];

const DELIMITER_NAMES: Record<string, 'comma' | 'semicolon' | 'tab' | 'fullWidthComma'> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
  '，': 'fullWidthComma',
};

interface Props {
  entry: ImportEntry;
  onEncoding(entry: ImportEntry, encoding: Encoding): void;
  onCancel(key: number): void;
  onApply(entry: ImportEntry, sheets?: readonly string[]): void;
}

export function ImportPreview({ entry, onEncoding, onCancel, onApply }: Props) {
  const t = useT();
  const encodingId = useId();
  const editor = useAppStore((s) => sessionWith(s.staff, 'editor'));
  const { outcome, progress } = entry;

  if (entry.status === 'reading') {
    const value = progress?.stage === 'reading' ? progress.loaded / progress.total : undefined;
    return (
      <div className="import-progress">
        <label>
          {progress?.stage === 'checking'
            ? t('import.progress.checking')
            : t('import.progress.reading')}
          <progress
            max={1}
            value={value}
            aria-valuetext={value === undefined ? undefined : `${Math.round(value * 100)}%`}
          />
        </label>
        <button type="button" onClick={() => onCancel(entry.key)}>
          {t('import.cancel')}
        </button>
      </div>
    );
  }
  if (entry.status === 'cancelled') return <p>{t('import.cancelled')}</p>;
  if (entry.status === 'crashed' || !outcome) return <p role="alert">{t('import.crashed')}</p>;

  if (outcome.sheets && outcome.sheets.length > 0)
    return (
      <div className="import-preview">
        <IssueList issues={outcome.issues} />
        <SheetPicker
          entry={entry}
          outcome={{ ...outcome, sheets: outcome.sheets }}
          onApply={onApply}
        />
        {editor && <p>{t('publish.onlyOne')}</p>}
      </div>
    );

  const { meta } = outcome;
  const hasErrors = outcome.issues.some((i) => i.severity === 'error');
  const delimiter = meta.delimiter && DELIMITER_NAMES[meta.delimiter];
  return (
    <div className="import-preview">
      {outcome.kind === 'workbook' ? (
        <SheetFacts part={outcome} />
      ) : (
        <FileFacts meta={meta}>
          <dt>
            <label htmlFor={encodingId}>{t('import.facts.encoding')}</label>
          </dt>
          <dd>
            <select
              id={encodingId}
              value={entry.encoding ?? outcome.encoding}
              disabled={entry.status === 'applied'}
              onChange={(e) => onEncoding(entry, e.target.value as Encoding)}
            >
              {ENCODINGS.map((enc) => (
                <option key={enc} value={enc}>
                  {t(`import.encoding.${enc}`)}
                </option>
              ))}
            </select>{' '}
            {entry.encoding === undefined && meta.encoding && t('import.facts.detected')}
          </dd>
          {delimiter && (
            <>
              <dt>{t('import.facts.delimiter')}</dt>
              <dd>{t(`import.delimiter.${delimiter}`)}</dd>
            </>
          )}
        </FileFacts>
      )}
      {outcome.peek !== '' && (
        <figure className="import-peek">
          <figcaption>{t('import.peek')}</figcaption>
          <pre>{outcome.peek}</pre>
        </figure>
      )}
      <PartDetails part={outcome} fileName={entry.file.name} />
      <SkippedSheets skipped={outcome.skipped} />
      <p className="import-apply">
        <button
          type="button"
          disabled={!outcome.ok || entry.status === 'applied'}
          onClick={() => onApply(entry)}
        >
          {entry.status === 'applied' ? t('import.applied') : t('import.apply')}
        </button>{' '}
        {hasErrors && <span>{t('import.applyBlocked')}</span>}
      </p>
      {editor && outcome.ok && outcome.dataset && (
        <PublishPanel session={editor} file={entry.file} dataset={outcome.dataset} />
      )}
    </div>
  );
}
