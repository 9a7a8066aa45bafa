import { renderToString } from 'react-dom/server';
import { prerender } from 'react-dom/static';
import {
  DRAWING_WIDTHS,
  drawingCss,
  drawingKey,
  DrawingsContext,
  type DrawingSource,
} from '../charts/drawings';
import { compactSvg, renderDrawings } from '../charts/ssr-svg';
import { svgLabelOf } from '../charts/mark-summaries';
import { createAppStore, StoreContext } from '../store/store';
import { App } from './app';
import {
  bundledState,
  INITIAL_DATA_ID,
  initialDataJson,
  PRERENDERED_ATTR,
  type InitialData,
} from './initial-data';

/**
 * At build time every chart is drawn at each width of box it may get; the page shows one.
 * Both render passes ask for the same drawings: each is drawn once per render.
 */
function drawAtBuild(): DrawingSource {
  const drawn = new Map<string, string>();
  return (id, model) => {
    const key = drawingKey(model);
    const html =
      drawn.get(`${id}:${key}`) ??
      renderDrawings(model.option, model.height, id, DRAWING_WIDTHS, svgLabelOf(model))
        .map((d) => `<div class="chart-drawing w${d.width}">${compactSvg(d.svg)}</div>`)
        .join('');
    drawn.set(`${id}:${key}`, html);
    return { key, html };
  };
}

/**
 * The dashboard's first view as HTML, from the files the build bundles: what the browser then
 * hydrates. A first pass waits for the lazy parts (the cases table) to load, so the real pass
 * renders them in place, with no inline script to reveal them later (the CSP forbids one).
 */
export async function renderDashboard(data: InitialData): Promise<string> {
  const store = createAppStore(bundledState(data));
  const tree = (
    <StoreContext.Provider value={store}>
      <DrawingsContext.Provider value={drawAtBuild()}>
        <App />
      </DrawingsContext.Provider>
    </StoreContext.Provider>
  );
  await prerender(tree);
  return renderToString(tree);
}

const ROOT = '<div id="root"></div>';
const STYLESHEET = /<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>\s*/g;

/**
 * The built index.html with the dashboard in #root, its data for hydration beside it, and its
 * stylesheet inlined, so the first paint waits for no second request. The link stays, disabled
 * (never fetched), so Vite's loader of lazy chunks sees that stylesheet as already loaded.
 */
export function assembleDashboard(
  template: string,
  parts: { html: string; css: string; data: InitialData; social?: string },
): string {
  if (!template.includes(ROOT)) throw new Error('index.html has no empty <div id="root">');
  const style = `<style>${parts.css}\n${drawingCss()}</style>\n${parts.social ?? ''}`;
  const data = `<script type="application/json" id="${INITIAL_DATA_ID}">${initialDataJson(parts.data)}</script>`;
  return template
    .replace(
      STYLESHEET,
      (_link, href: string) => `<link rel="stylesheet" href="${href}" disabled>\n`,
    )
    .replace('</head>', () => `${style}</head>`)
    .replace(ROOT, () => `<div id="root" ${PRERENDERED_ATTR}="">${parts.html}</div>\n${data}`);
}
