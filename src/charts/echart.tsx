import EChartsReactCore from 'echarts-for-react/esm/core';
import type { EChartsCoreOption } from 'echarts/core';
import { echarts } from './register';

// Module-level, so echarts-for-react never sees new opts and never rebuilds the chart.
const OPTS = { renderer: 'svg' } as const;
const STYLE = { width: '100%', height: '100%' } as const;

/** Loaded on its own, so the page's text and figures do not wait for ECharts. */
export default function EChart({ option }: { option: EChartsCoreOption }) {
  return <EChartsReactCore echarts={echarts} option={option} opts={OPTS} style={STYLE} notMerge />;
}
