import type { ReactNode } from 'react';
import { ChartFigure } from '../../charts/chart-figure';
import type { ChartEntry } from '../../charts/chart-registry';
import { useChartModel } from '../../charts/use-chart-model';
import { viewPeriodLabel, type PeriodView } from '../../core/chart-views';
import { GetData } from '../../ui/get-data';
import { useDataLinks } from '../../ui/use-data-links';
import type { DatasetId } from '../../core/types';
import { periodText } from '../../i18n/period-text';
import type { AppState } from '../../store/store';
import { useAppStore } from '../../store/store';
import type { ViewState } from '../../store/selectors';
import { DatasetPanel } from './dataset-panel';
import { useChartContext } from './use-chart-context';

/** About two caption lines and the table toggle, reserved while loading. */
const CAPTION_AND_TOGGLE = 104;

export function ChartPanel<K extends DatasetId, V extends PeriodView>({
  id,
  entry,
  select,
  actions,
}: {
  id: string;
  entry: ChartEntry<K, V>;
  select: (state: AppState) => ViewState<V>;
  actions?: ReactNode;
}) {
  const state = useAppStore(select);
  const tableId = `${id}-table`;
  const tableOpen = useAppStore((s) => s.openPanels.includes(tableId));
  const setPanelOpen = useAppStore((s) => s.setPanelOpen);
  const ctx = useChartContext();
  const view = state.status === 'ready' ? state.view : undefined;
  const model = useChartModel(id, entry, view, ctx);
  const links = useDataLinks(id, entry.dataset, view);
  return (
    <DatasetPanel
      id={id}
      dataset={entry.dataset}
      state={state}
      period={view && periodText(viewPeriodLabel(view), ctx.lang)}
      minHeight={entry.minHeight + CAPTION_AND_TOGGLE}
      actions={actions}
    >
      {model && (
        <ChartFigure
          id={id}
          model={model}
          t={ctx.t}
          tableOpen={tableOpen}
          onTableToggle={(open) => setPanelOpen(tableId, open)}
          after={links && <GetData links={links} t={ctx.t} />}
        />
      )}
    </DatasetPanel>
  );
}
