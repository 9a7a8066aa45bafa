import EChartsReactCore from 'echarts-for-react/esm/core';
import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { useEffect, useRef } from 'react';
import { echarts } from './register';

// Module-level, so echarts-for-react never sees new opts and never rebuilds the chart.
const OPTS = { renderer: 'svg' } as const;
const STYLE = { width: '100%', height: '100%' } as const;
/**
 * A redraw replaces these components by id instead of rebuilding the whole chart: notMerge
 * would make every view new (ECharts 6 maps it to replace-all), so each refresh threw away
 * the tooltip's element and listeners and every SVG node. Kept by id, the views are reused;
 * a component the new option leaves out (a period, the legend) is removed. The builders
 * give each of these an id and write the same keys on every redraw, since what stays is merged.
 */
const REPLACE_MERGE = ['series', 'xAxis', 'yAxis', 'grid', 'legend', 'tooltip'];

/** Loaded on its own, so the page's text and figures do not wait for ECharts. */
export default function EChart({
  option,
  onReady,
}: {
  option: EChartsCoreOption;
  /** After the first frame is drawn. */
  onReady?: (chart: EChartsType) => void;
}) {
  const ref = useRef<EChartsReactCore>(null);
  // Paper is narrower than the screen: redraw at its width as the print layout starts, not
  // after, so the chart is laid out for the page instead of being clipped or shrunk.
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const media = window.matchMedia('print');
    const fit = () => {
      const chart = ref.current?.getEchartsInstance();
      chart?.resize({ width: 'auto', height: 'auto' });
      // resize() draws on the next frame, which never comes before the page is printed.
      chart?.getZr().flush();
    };
    media.addEventListener('change', fit);
    return () => media.removeEventListener('change', fit);
  }, []);
  return (
    <EChartsReactCore
      ref={ref}
      echarts={echarts}
      option={option}
      opts={OPTS}
      style={STYLE}
      replaceMerge={REPLACE_MERGE}
      onChartReady={onReady}
    />
  );
}
