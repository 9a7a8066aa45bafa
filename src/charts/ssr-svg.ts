import type { EChartsCoreOption } from 'echarts/core';
import { echarts } from './register';
import { FONT_FAMILY } from './theme';

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

/** The chart drawn once per width, each with its own class and id prefix. */
export function renderDrawings(
  option: EChartsCoreOption,
  height: number,
  id: string,
  widths: readonly number[],
): Drawing[] {
  return widths.map((width) => ({ width, svg: renderSvg(option, width, height, `${id}${width}`) }));
}

/**
 * CSS that shows each drawing only in its band of widths: from its breakpoint up to the next.
 * `at` is '@media' for the page's width, '@container' for the width of the chart's box.
 */
export function bandCss(
  widths: readonly number[],
  breakpoints: readonly number[],
  at: '@media' | '@container',
  selectorOf: (width: number) => string,
): string {
  return widths
    .map((width, i) => {
      const from = breakpoints[i] ?? 0;
      const to = breakpoints[i + 1];
      const query = [
        from > 0 ? `(min-width: ${from}px)` : '',
        to !== undefined ? `(max-width: ${to - 0.02}px)` : '',
      ]
        .filter(Boolean)
        .join(' and ');
      const rule = `${selectorOf(width)}{display:block}`;
      return query ? `${at} ${query}{${rule}}` : rule;
    })
    .join('\n');
}
