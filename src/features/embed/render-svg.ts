import type { EChartsCoreOption } from 'echarts/core';
import { echarts } from '../../charts/register';
import { FONT_FAMILY } from '../../charts/theme';

/**
 * The widths each chart is drawn at. The page shows the one drawn for its width band,
 * so the chart's 12 px text stays between about 11 and 16 px from 320 to 1200 px.
 */
export const SVG_WIDTHS = [320, 440, 600, 800] as const;
/** The smallest frame width each drawing is shown from (the first from 0). */
export const SVG_BREAKPOINTS = [0, 440, 600, 800] as const;

const SAFE_FONT = FONT_FAMILY.replaceAll('"', "'");

/**
 * ECharts writes the font stack's double quotes unescaped inside style="…", which would end
 * the attribute early; and every drawing numbers its classes and clip paths from zr0, so
 * several drawings in one page would share them.
 */
export function cleanSvg(svg: string, prefix: string): string {
  const renamed = (text: string) => text.replace(/\bzr\d+-/g, `${prefix}-`);
  return svg
    .split(FONT_FAMILY)
    .join(SAFE_FONT)
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, renamed)
    .replace(/<[^>]*>/g, renamed);
}

/** One chart drawn to an SVG string, with no DOM: in Node at build time or in the browser. */
export function renderSvg(
  option: EChartsCoreOption,
  width: number,
  height: number,
  prefix: string,
): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option);
    return cleanSvg(chart.renderToSVGString({ useViewBox: true }), prefix);
  } finally {
    chart.dispose();
  }
}

export interface Drawing {
  width: number;
  svg: string;
}

export function renderDrawings(option: EChartsCoreOption, height: number, id: string): Drawing[] {
  return SVG_WIDTHS.map((width) => ({
    width,
    svg: renderSvg(option, width, height, `${id}${width}`),
  }));
}
