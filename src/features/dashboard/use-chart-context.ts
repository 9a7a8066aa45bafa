import { useMemo } from 'react';
import { createChartContext, type ChartContext } from '../../charts/context';
import { selectLabels } from '../../store/selectors';
import { useAppStore } from '../../store/store';

function prefersReducedMotion(): boolean {
  return typeof window === 'undefined' || !window.matchMedia
    ? true
    : window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** One context per language, labels and theme, so memoised options stay memoised. */
export function useChartContext(): ChartContext {
  const lang = useAppStore((s) => s.lang);
  const theme = useAppStore((s) => s.theme);
  const labels = useAppStore(selectLabels);
  return useMemo(
    () =>
      createChartContext({
        lang,
        labels,
        theme: theme === 'dark' ? 'dark' : 'light',
        animation: !prefersReducedMotion(),
      }),
    [lang, labels, theme],
  );
}
