import { useRef } from 'react';
import { SMALLEST_FONT } from '../../charts/bar-option';
import type { ChartEntry } from '../../charts/chart-registry';
import { useChartModel } from '../../charts/use-chart-model';
import { viewPeriodLabel, type PeriodView } from '../../core/chart-views';
import type { DatasetId } from '../../core/types';
import { periodText } from '../../i18n/period-text';
import { useT } from '../../store/use-t';
import type { ViewState } from '../../store/selectors';
import { selectManifest } from '../../store/selectors';
import type { AppState } from '../../store/store';
import { useAppStore } from '../../store/store';
import { datasetInfo } from '../../ui/dataset-info';
import { useFontPx } from './use-font-px';
import { NOTE_MARK, useWallContext } from './use-wall-context';
import { WallChart } from './wall-chart';
import { FigureCardList } from '../../charts/figure-card-list';
import { NoteList } from '../../charts/note-list';

/** A chart filling its box, with its title, period, the mark of its note and its annotations. */
export function WallPanel<K extends DatasetId, V extends PeriodView>({
  id,
  entry,
  select,
}: {
  id: string;
  entry: ChartEntry<K, V>;
  select: (state: AppState) => ViewState<V>;
}) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  // The smallest chart text is as large as the wall's own text; the rest grows with it.
  const fontPx = useFontPx(box);
  const ctx = useWallContext(fontPx > 0 ? fontPx / SMALLEST_FONT : 1);
  const state = useAppStore(select);
  const manifest = useAppStore(selectManifest);
  const view = state.status === 'ready' ? state.view : undefined;
  const model = useChartModel(id, entry, view, ctx);
  const titleId = `wall-${id}-title`;
  return (
    <section className="wall-panel" data-panel={id} aria-labelledby={titleId}>
      <header className="wall-panel-head">
        <h2 id={titleId}>
          {datasetInfo(manifest, entry.dataset, ctx.lang, t).title}
          <sup aria-hidden="true">{NOTE_MARK[entry.dataset]}</sup>
        </h2>
        <p className="wall-period">
          {view ? periodText(viewPeriodLabel(view), ctx.lang) : '\u00a0'}
        </p>
      </header>
      {model && model.figures.length > 0 && (
        <div className={model.compares ? 'wall-figures' : 'wall-figures only'}>
          <FigureCardList cards={model.figures} t={t} />
        </div>
      )}
      <div
        className="wall-chart-box"
        ref={box}
        hidden={model !== undefined && !model.compares && !model.empty}
      >
        {model && model.compares ? (
          // Measured before the first paint, so the chart is never drawn at the wrong size.
          fontPx > 0 && <WallChart option={model.option} label={model.caption} />
        ) : state.status === 'error' ? (
          <p className="wall-error" role="alert">
            {t('ui.error.title', { file: state.fileName })}
          </p>
        ) : model ? (
          <p>{model.caption}</p>
        ) : (
          <div className="wall-skeleton" aria-hidden="true" />
        )}
      </div>
      {model && model.compares && model.notes.length > 0 && (
        <NoteList
          notes={model.notes}
          className="wall-chart-notes"
          label={t('chart.note.heading')}
        />
      )}
    </section>
  );
}
