import type { EChartsType } from 'echarts/core';
import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import type { Translate } from '../i18n/translate';
import { DataTable } from '../ui/data-table';
import { ChartBox } from './chart-box';
import type { ChartModel } from './chart-registry';
import { FigureCardList } from './figure-card-list';
import { markSummaries } from './mark-summaries';
import { NoteList } from './note-list';

/**
 * Caption, chart (named by the caption) and the same numbers as a table behind a toggle; single
 * values as figure cards. The board passes `tableOpen` so a permalink can open the table.
 * By keyboard the chart is one tab stop: arrows read its marks aloud, Enter opens the table.
 */
export function ChartFigure({
  id,
  model,
  t,
  tableOpen,
  onTableToggle,
  after,
}: {
  id: string;
  model: ChartModel;
  t: Translate;
  tableOpen?: boolean;
  onTableToggle?: (open: boolean) => void;
  /** Under the chart: notes and the data links. */
  after?: ReactNode;
}) {
  const [localOpen, setLocalOpen] = useState(false);
  const [mark, setMark] = useState<number | undefined>(undefined);
  const chart = useRef<EChartsType | undefined>(undefined);
  const open = tableOpen ?? localOpen;
  const setOpen = (next: boolean) => (onTableToggle ? onTableToggle(next) : setLocalOpen(next));
  const tableId = `${id}-table`;
  const hintId = `${id}-keys`;
  const marks = markSummaries(model.table);

  const onKeyDown = (e: KeyboardEvent) => {
    const step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[e.key];
    if (step !== undefined && marks.length > 0) {
      e.preventDefault();
      const next = mark === undefined ? 0 : (mark + step + marks.length) % marks.length;
      setMark(next);
      chart.current?.dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: next });
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      // Shown before focus moves into it: a hidden table cannot take focus.
      flushSync(() => setOpen(true));
      document.getElementById(tableId)?.focus();
    } else if (e.key === 'Escape') {
      setMark(undefined);
      chart.current?.dispatchAction({ type: 'hideTip' });
    }
  };

  if (model.empty) return <p className="chart-caption">{model.caption}</p>;
  return (
    <>
      <p className="chart-caption">{model.caption}</p>
      {model.compares && (
        <>
          <ChartBox
            id={id}
            model={model}
            describedBy={hintId}
            onKeyDown={onKeyDown}
            onLive={(c) => {
              chart.current = c;
            }}
          />
          <p id={hintId} className="visually-hidden">
            {t('chart.keys')}
          </p>
          <p className="visually-hidden" aria-live="polite" data-mark-summary="">
            {mark !== undefined && marks[mark] !== undefined
              ? t('chart.mark', { n: mark + 1, total: marks.length, text: marks[mark] })
              : ''}
          </p>
        </>
      )}
      {model.figures.length > 0 && <FigureCardList cards={model.figures} t={t} />}
      {model.notes.length > 0 && (
        <section className="chart-notes" aria-label={t('chart.note.heading')}>
          <h3 className="chart-notes-title">{t('chart.note.heading')}</h3>
          <NoteList notes={model.notes} />
        </section>
      )}
      {model.compares && (
        <>
          <button
            type="button"
            className="table-toggle"
            aria-expanded={open}
            aria-controls={tableId}
            onClick={() => setOpen(!open)}
          >
            {t(open ? 'ui.table.hide' : 'ui.table.show')}
          </button>
          <DataTable id={tableId} caption={model.caption} table={model.table} hidden={!open} />
        </>
      )}
      {after}
    </>
  );
}
