import type { EChartsCoreOption } from 'echarts/core';
import EChart from '../../charts/echart';

/**
 * The chart fills its box through the app's one chart host: one instance for the life of
 * the panel, setOption on a refresh, resize() at the box's real size (SVG, so any
 * devicePixelRatio is sharp), disposed on unmount. Never a CSS transform. Imported
 * directly: the wall is already its own chunk, and a rotating screen must not wait twice.
 */
export function WallChart({ option, label }: { option: EChartsCoreOption; label: string }) {
  return (
    <div className="wall-chart" role="img" aria-label={label} data-wall-chart="">
      <EChart option={option} />
    </div>
  );
}
