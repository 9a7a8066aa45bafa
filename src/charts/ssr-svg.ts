import type { EChartsCoreOption } from 'echarts/core';
import { echarts } from './register';
import { FONT_FAMILY } from './theme';
import { escapeHtml } from '../i18n/format';

/** What a drawing says to a reader who cannot see it: its caption, and each mark in words. */
export interface SvgLabel {
  title: string;
  desc: string;
}

/** <title> and <desc> as the SVG's first children, so the drawing names itself wherever it goes. */
export function labelSvg(svg: string, label: SvgLabel | undefined): string {
  if (!label) return svg;
  return svg.replace(
    /^(<svg\b[^>]*>)/,
    (open) =>
      `${open}<title>${escapeHtml(label.title)}</title><desc>${escapeHtml(label.desc)}</desc>`,
  );
}

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
  label?: SvgLabel,
): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option);
    return labelSvg(cleanSvg(chart.renderToSVGString({ useViewBox: true }), prefix), label);
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
  label?: SvgLabel,
): Drawing[] {
  return widths.map((width) => ({
    width,
    svg: renderSvg(option, width, height, `${id}${width}`, label),
  }));
}

/**
 * A drawing made smaller for inlining into an HTML page, many to a page: what only a live SVG
 * needs goes (hover styles, ECharts' hydration marks, the empty background), and the font
 * every text repeats is said once, on the root. It still draws the same as an image on its
 * own (the board's PNG).
 */
export function compactSvg(svg: string): string {
  return svg
    .replace(
      /<svg [^>]*viewBox="([^"]+)"[^>]*>/,
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="$1" font-family="${SAFE_FONT}">`,
    )
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, '')
    .replace(/<rect width="[\d.]+" height="[\d.]+" x="0" y="0" fill="none"><\/rect>/, '')
    .replace(/ (ecmeta_\w+|class|pointer-events)="[^"]*"/g, '')
    .replace(/ text-anchor="start"/g, '')
    .split(`font-family:${SAFE_FONT};`)
    .join('')
    .replace(/>\s+</g, '><');
}
