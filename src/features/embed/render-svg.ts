import type { EChartsCoreOption } from 'echarts/core';
import { renderDrawings as drawAt, type Drawing, type SvgLabel } from '../../charts/ssr-svg';

export { cleanSvg, renderSvg, type Drawing } from '../../charts/ssr-svg';

/**
 * The widths each chart is drawn at. The page shows the one drawn for its width band,
 * so the chart's 12 px text stays between about 11 and 16 px from 320 to 1200 px.
 */
export const SVG_WIDTHS = [320, 440, 600, 800] as const;
/** The smallest frame width each drawing is shown from (the first from 0). */
export const SVG_BREAKPOINTS = [0, 440, 600, 800] as const;

export function renderDrawings(
  option: EChartsCoreOption,
  height: number,
  id: string,
  label?: SvgLabel,
): Drawing[] {
  return drawAt(option, height, id, SVG_WIDTHS, label);
}
