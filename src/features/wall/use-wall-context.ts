import { useMemo } from 'react';
import { createChartContext, type ChartContext } from '../../charts/context';
import type { DatasetId } from '../../core/types';
import { selectLabels } from '../../store/selectors';
import { useAppStore } from '../../store/store';

/** The wall is always dark and never animates: it redraws on every refresh. */
export function useWallContext(scale = 1): ChartContext {
  const lang = useAppStore((s) => s.lang);
  const labels = useAppStore(selectLabels);
  return useMemo(
    () => createChartContext({ lang, labels, theme: 'dark', animation: false, scale }),
    [lang, labels, scale],
  );
}

/** Each figure points at its note (definition and source) at the foot of the screen. */
export const NOTE_MARK: Record<DatasetId, string> = {
  services: '①',
  crime: '②',
  patrol: '③',
  indicators: '④',
  cases: '⑤',
  annotations: '⑥',
};
