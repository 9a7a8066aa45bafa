import { createContext } from 'react';
import { fingerprint } from '../core/fingerprint';
import { bandCss } from './band-css';
import type { ChartModel } from './chart-registry';

/** A chart drawn at build time: its SVGs, one per width, and the key of what they show. */
export interface PrerenderedDrawing {
  key: string;
  html: string;
}

/** The build's drawing of a chart, when there is one: ECharts SSR on the server, the page in the browser. */
export type DrawingSource = (id: string, model: ChartModel) => PrerenderedDrawing | undefined;

export const DrawingsContext = createContext<DrawingSource>(() => undefined);

/**
 * Widths of the chart's box that the dashboard draws at: the boxes of common screens (phones
 * 320–430 px wide, tablets of 768 and 820, laptops of 1024, anything from 1232 on, where the
 * crime and patrol panels share a row). A box shows the widest drawing that fits it, centred.
 */
export const DRAWING_WIDTHS = [
  280, 302, 317, 332, 354, 372, 454, 558, 702, 754, 958, 1166,
] as const;

/**
 * What a drawing shows. Animation is left out: the build draws without it, and whether the
 * browser animates changes nothing drawn.
 */
export function drawingKey(model: ChartModel): string {
  return fingerprint({ option: { ...model.option, animation: undefined }, height: model.height });
}

export const DRAWINGS_ATTR = 'data-drawings';
export const DRAWING_KEY_ATTR = 'data-drawing-key';

/** The drawings the page arrived with, read before React hydrates it, keyed by chart id. */
export function readDrawings(root: ParentNode): DrawingSource {
  const found = new Map<string, PrerenderedDrawing>();
  for (const el of root.querySelectorAll(`[${DRAWINGS_ATTR}]`)) {
    const id = el.getAttribute(DRAWINGS_ATTR);
    const key = el.getAttribute(DRAWING_KEY_ATTR);
    if (id && key) found.set(id, { key, html: el.innerHTML });
  }
  return (id) => found.get(id);
}

/**
 * For a page built with drawings: each chart box shows the drawing made for its own width
 * (a container query, so a half-width panel gets a half-width drawing), over the live chart
 * until that has drawn.
 */
export function drawingCss(): string {
  const from = DRAWING_WIDTHS.map((width, i) => (i === 0 ? 0 : width));
  return [
    '.chart{position:relative}',
    '.chart-drawings{position:absolute;inset:0;container-type:inline-size}',
    '.chart-drawing{display:none;height:100%}',
    '.chart-drawing svg{display:block;width:100%;height:100%}',
    bandCss(DRAWING_WIDTHS, from, '@container', (width) => `.chart-drawing.w${width}`),
  ].join('\n');
}
