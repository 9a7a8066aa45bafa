import type { EChartsCoreOption } from 'echarts/core';

/** Sizes in the option builders that are lengths on screen, so grow with the wall's text. */
const LENGTHS = new Set([
  'fontSize',
  'lineHeight',
  'barWidth',
  'barMaxWidth',
  'itemWidth',
  'itemHeight',
  'itemGap',
  'padding',
  'margin',
  'width',
  'left',
  'right',
  'top',
  'bottom',
  'borderRadius',
]);
/** The builders' smallest text (a value axis) is 11 px; it becomes the wall's base size. */
export const BUILDER_MIN_FONT = 11;
const DEFAULT_FONT = 12;

const px = (value: number, factor: number) => Math.round(value * factor * 10) / 10;

function scaled(value: unknown, factor: number): unknown {
  if (typeof value === 'number') return px(value, factor);
  if (Array.isArray(value)) return value.map((v) => scaled(v, factor));
  return value;
}

function walk(value: unknown, factor: number, key?: string): unknown {
  if (key !== undefined && LENGTHS.has(key)) return scaled(value, factor);
  if (Array.isArray(value)) return value.map((v) => walk(v, factor));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = walk(v, factor, k);
  // Text left at ECharts' default 12 px (legend, tooltip) must grow too.
  if (key !== undefined && key.endsWith('textStyle') && out.fontSize === undefined)
    out.fontSize = px(DEFAULT_FONT, factor);
  return out;
}

/**
 * The same chart with every text size and bar thickness grown so the smallest text is
 * `fontPx` CSS pixels: the chart is redrawn at its real size, never stretched.
 */
export function wallOption(option: EChartsCoreOption, fontPx: number): EChartsCoreOption {
  const factor = fontPx / BUILDER_MIN_FONT;
  const out = walk(option, factor) as EChartsCoreOption;
  return {
    ...out,
    animation: false,
    textStyle: { ...(out.textStyle as object), fontSize: px(DEFAULT_FONT, factor) },
  };
}
