import type { ReactNode } from 'react';
import type { DatasetId, Issue } from '../../core/types';
import { useT } from '../../store/use-t';
import type { Origin } from '../../store/datasets-slice';
import { selectManifest } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { ErrorCard } from '../../ui/error-card';
import { Panel } from '../../ui/panel';
import { Skeleton } from '../../ui/skeleton';
import { SourceNote } from '../../ui/source-note';
import { asOfText } from '../../i18n/as-of';
import { revisedLine } from '../../i18n/revised';
import { datasetInfo } from '../../ui/dataset-info';

export type PanelState =
  | { status: 'loading' }
  | { status: 'error'; fileName: string; issues: Issue[] }
  | { status: 'ready'; origin: Origin; loadedAt: number };

/**
 * A panel for one dataset: its title, source, definition and load time come
 * from the manifest; only this dataset's failure turns it into an error card.
 */
export function DatasetPanel({
  id,
  dataset,
  state,
  period,
  minHeight,
  actions,
  children,
}: {
  id: string;
  dataset: DatasetId;
  state: PanelState;
  period?: string;
  minHeight: number;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const manifest = useAppStore(selectManifest);
  const retryLoad = useAppStore((s) => s.retryLoad);
  const revisions = useAppStore((s) => s.revisions);
  const info = datasetInfo(manifest, dataset, lang, t);
  const published = state.status === 'ready' && state.origin.kind === 'published';
  const asOf =
    state.status === 'ready' ? asOfText(state.origin, state.loadedAt, lang, t, period) : undefined;
  return (
    <Panel
      id={id}
      title={info.title}
      period={period}
      busy={state.status === 'loading'}
      actions={actions}
      footer={
        <SourceNote
          labels={{ source: t('ui.source'), definition: t('ui.definition') }}
          citations={info.citations}
          definition={info.definition}
          asOf={asOf}
          revised={revisedLine(revisions, dataset, published, lang, t)}
        />
      }
    >
      {state.status === 'loading' ? (
        <Skeleton height={minHeight} label={t('ui.loading', { title: info.title })} />
      ) : state.status === 'error' ? (
        <ErrorCard
          fileName={state.fileName}
          issues={state.issues}
          t={t}
          onRetry={() => retryLoad(dataset)}
        />
      ) : (
        children
      )}
    </Panel>
  );
}
