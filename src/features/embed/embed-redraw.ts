import { CHARTS, type ChartId } from '../../charts/chart-registry';
import type { Manifest } from '../../core/manifest';
import type { Dataset } from '../../core/types';
import { embedMarkup } from './embed-markup';
import { buildEmbedModel, type EmbedParams } from './embed-model';
import { embedCss } from './embed-page';
import { fetchData } from './fetch-data';
import { renderDrawings } from './render-svg';
import { svgLabelOf } from '../../charts/mark-summaries';
import { parseMain, swapInto } from './swap';

/** Only the dev template lacks the build's inline palette. */
function ensurePageCss(): void {
  const root = document.documentElement;
  if (getComputedStyle(root).getPropertyValue('--background').trim()) return;
  const style = document.createElement('style');
  style.textContent = embedCss();
  document.head.append(style);
}

/**
 * Draws the embed again in the browser, with the same model, ECharts SSR and markup as the
 * build. Loaded only when the data on the host differs from what the page was built with.
 */
export function redraw(
  main: HTMLElement,
  id: ChartId,
  data: { dataset: Dataset; manifest: Manifest },
  params: EmbedParams,
  asOf: Date,
): boolean {
  const model = buildEmbedModel(id, data.dataset, data.manifest, params);
  if (!model) return false;
  const drawings = model.chart.compares
    ? renderDrawings(model.chart.option, model.chart.height, id, svgLabelOf(model.chart))
    : [];
  const next = parseMain(embedMarkup(model, drawings, asOf));
  if (!next) return false;
  ensurePageCss();
  swapInto(main, next);
  return true;
}

/** The dev template has nothing pre-rendered: fetch and draw. */
export async function drawFromScratch(
  main: HTMLElement,
  id: ChartId,
  params: EmbedParams,
  dataBase: URL,
): Promise<boolean> {
  const fresh = await fetchData(CHARTS[id].dataset, dataBase);
  return fresh.ok && redraw(main, id, fresh, params, new Date());
}
