import { describe, expect, it, vi } from 'vitest';
import { CHART_IDS, CHARTS, chartModel } from './chart-registry';
import { createChartContext } from './context';
import { echarts } from './register';

// jsdom has no canvas to measure text with; ECharts then estimates, as it does in Node.
vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);

const ctx = createChartContext({ lang: 'zh', labels: {} });
const periods = { current: '2021', previous: undefined };

describe('chart registry', () => {
  it('maps each chart to its own dataset', () => {
    for (const id of CHART_IDS) expect(CHARTS[id].dataset).toBe(id);
  });

  it('refuses a dataset of the wrong kind', () => {
    const dataset = { id: 'crime' as const, rows: [] };
    expect(chartModel('services', dataset, periods, ctx)).toBeUndefined();
  });

  it('renders a model to an SVG string without a DOM, as the embeds will', () => {
    const rows = [{ period: '2021', item: '大都市圈', count: 934 }];
    const model = chartModel('services', { id: 'services', rows }, periods, ctx, {
      zh: '件',
      en: 'items',
    })!;
    expect(model.caption).toBe('2021年公安政务服务办件量：大都市圈934件。');
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 600, height: 300 });
    chart.setOption(model.option);
    const svg = chart.renderToSVGString();
    chart.dispose();
    expect(svg).toMatch(/^<svg/);
    expect(svg).toContain('大都市圈');
    expect(svg).toContain('934');
  });
});
