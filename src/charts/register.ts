import { BarChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendPlainComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

// Only what the bar charts draw; the legend (never more than two entries) appears when periods are compared.
// Aria names each chart and, when asked, draws decal patterns over the marks.
echarts.use([
  BarChart,
  GridComponent,
  TooltipComponent,
  LegendPlainComponent,
  AriaComponent,
  // The optional annotations (data/annotations.csv): a marked baseline on the periods they name.
  MarkLineComponent,
  SVGRenderer,
]);

export { echarts };
