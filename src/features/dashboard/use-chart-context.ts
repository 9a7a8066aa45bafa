import { useMemo } from 'react';
import { createChartContext, type ChartContext } from '../../charts/context';
import { selectLabels } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { usePrinting } from '../../ui/use-printing';

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
  const contrast = useAppStore((s) => s.contrast);
  // Printed charts are light and drawn at once, with no animation caught halfway.
  const printing = usePrinting();
  return useMemo(
    () =>
      createChartContext({
        lang,
        labels,
        theme: theme === 'dark' && !printing ? 'dark' : 'light',
        animation: !printing && !prefersReducedMotion(),
        // Paper may be copied in black and white: the series keep apart by pattern.
        patterns: printing || contrast,
      }),
    [lang, labels, theme, printing, contrast],
  );
}
