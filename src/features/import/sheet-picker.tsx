import { useState } from 'react';
import type { SkippedSheet } from '../../core/staff-file';
import { formatIssue } from '../../i18n/format-issue';
import { useT } from '../../store/use-t';
import { PartDetails, SheetFacts } from './part-details';
import type { ReadOutcome, SheetOutcome } from './read-file';
import { datasetsToApply, type ImportEntry } from './use-import-session';

interface Props {
  entry: ImportEntry;
  outcome: ReadOutcome & { sheets: SheetOutcome[] };
  onApply(entry: ImportEntry, sheets: readonly string[]): void;
}

/** A workbook with several dataset sheets: pick them, check each, apply them together or not at all. */
export function SheetPicker({ entry, outcome, onApply }: Props) {
  const t = useT();
  const [chosen, setChosen] = useState<readonly string[]>(() =>
    outcome.sheets.filter((s) => !s.hidden).map((s) => s.sheet),
  );
  const toggle = (sheet: string, on: boolean) =>
    setChosen((list) => (on ? [...list, sheet] : list.filter((s) => s !== sheet)));
  const applied = entry.status === 'applied';
  const applicable = datasetsToApply(outcome, chosen).length > 0;
  return (
    <>
      <fieldset className="import-sheets" disabled={applied}>
        <legend>{t('import.sheets.title')}</legend>
        {outcome.sheets.map((s) => (
          <label key={s.sheet}>
            <input
              type="checkbox"
              checked={chosen.includes(s.sheet)}
              onChange={(e) => toggle(s.sheet, e.target.checked)}
            />{' '}
            {s.sheet}
            {s.hidden && t('import.sheets.hidden')} ·{' '}
            {s.meta.datasetId ? t(`dataset.${s.meta.datasetId}`) : ''} ·{' '}
            {t(s.ok ? 'import.status.ok' : 'import.status.errors')}
          </label>
        ))}
      </fieldset>
      {outcome.sheets.map((s) => (
        <section key={s.sheet} className="import-sheet" aria-label={s.sheet}>
          <h4>
            {s.sheet}
            {s.hidden && t('import.sheets.hidden')}
          </h4>
          <SheetFacts part={s} />
          <PartDetails part={s} fileName={entry.file.name} />
        </section>
      ))}
      <SkippedSheets skipped={outcome.skipped} />
      <p className="import-apply">
        <button
          type="button"
          disabled={!applicable || applied}
          onClick={() => onApply(entry, chosen)}
        >
          {applied ? t('import.applied') : t('import.sheets.apply', { count: chosen.length })}
        </button>{' '}
        {!applied && chosen.length === 0 && <span>{t('import.sheets.none')}</span>}
        {!applied && chosen.length > 0 && !applicable && <span>{t('import.sheets.blocked')}</span>}
      </p>
    </>
  );
}

export function SkippedSheets({ skipped }: { skipped: readonly SkippedSheet[] | undefined }) {
  const t = useT();
  if (!skipped || skipped.length === 0) return null;
  return (
    <section className="import-issues import-issues--warning">
      <h3>{t('import.sheets.skipped')}</h3>
      <ul>
        {skipped.map((s) => (
          <li key={s.sheet}>{formatIssue({ ...s.reason, sheet: s.sheet }, t)}</li>
        ))}
      </ul>
    </section>
  );
}
