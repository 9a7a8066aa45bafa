import type { EChartsCoreOption } from 'echarts/core';
import { lazy, Suspense } from 'react';

const EChart = lazy(() => import('../../charts/echart'));

/**
 * The chart fills its box through the app's one chart host: one instance for the life of
 * the panel, setOption on a refresh, resize() at the box's real size (SVG, so any
 * devicePixelRatio is sharp), disposed on unmount. Never a CSS transform.
 */
export function WallChart({ option, label }: { option: EChartsCoreOption; label: string }) {
  return (
    <div className="wall-chart" role="img" aria-label={label} data-wall-chart="">
      <Suspense fallback={null}>
        <EChart option={option} />
      </Suspense>
    </div>
  );
}
