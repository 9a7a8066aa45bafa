import { BarChart } from 'echarts/charts';
import { GridComponent, LegendPlainComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

// Only what the bar charts draw; the legend (never more than two entries) appears when periods are compared.
echarts.use([BarChart, GridComponent, TooltipComponent, LegendPlainComponent, SVGRenderer]);

export { echarts };
