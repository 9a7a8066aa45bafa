import { useMemo } from 'react';
import { shownSlots, type PeriodView } from '../core/chart-views';
import type { DatasetId } from '../core/types';
import { dataLinks, type DataLinks } from '../i18n/data-files';
import { selectManifest } from '../store/selectors';
import { useAppStore } from '../store/store';
import { useT } from '../store/use-t';

/** "Get the data" for a chart as the reader sees it: the periods its view shows. */
export function useDataLinks(
  chart: string,
  dataset: DatasetId,
  view: PeriodView | undefined,
): DataLinks | undefined {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const state = useAppStore((s) => s.datasets[dataset]);
  const manifest = useAppStore(selectManifest);
  return useMemo(() => {
    if (!view || !manifest || state.status !== 'ready') return undefined;
    const periods = shownSlots(view).map((s) => s.period);
    return dataLinks({ chart, dataset: state.dataset, periods, manifest, lang, t, base: '' });
  }, [chart, view, manifest, state, lang, t]);
}
