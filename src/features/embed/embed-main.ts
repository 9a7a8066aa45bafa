import { currentPeriod } from '../../core/period';
import type { UrlState } from '../../store/url-state';
import { parseEmbedLocation } from '../../store/url-state';
import type { EmbedParams } from './embed-model';
import { readEmbedState, variantPath, type EmbedState } from './embed-state';
import { fetchData, fetchIfChanged } from './fetch-data';
import { reportHeight } from './frame-height';
import { fetchMain, resolveTheme, swapInto, syncDocument } from './swap';
import { attachTooltips } from './tooltip';
import './embed.css';

const DATA_BASE = new URL('../data/', location.href);
const prefersDark = matchMedia('(prefers-color-scheme: dark)');

function enhance(main: HTMLElement): void {
  attachTooltips(main);
  const state = readEmbedState(main);
  const button = main.querySelector<HTMLButtonElement>('button[data-png]');
  // A single value is a figure card, with no drawing to save as a picture.
  if (!state || !button || !main.querySelector('.drawing')) return;
  button.hidden = false;
  // The picture code loads on the first click: a reader on a news page pays nothing for it.
  button.addEventListener('click', () => {
    void Promise.all([import('./png'), import('../../ui/download')]).then(
      async ([{ chartPng }, { downloadBlob }]) => {
        const blob = await chartPng(main);
        if (blob) downloadBlob(blob, `${state.id}-${state.period}.png`);
      },
    );
  });
}

/** The parameters the page should show, with the period resolved against what it was built for. */
function wanted(params: UrlState, state: EmbedState): EmbedParams & { period: string } {
  const period = currentPeriod(state.periods, params.period) ?? state.period;
  return { lang: params.lang, theme: resolveTheme(params.theme, prefersDark.matches), period };
}

const differs = (a: EmbedParams, b: EmbedParams) =>
  a.lang !== b.lang || a.theme !== b.theme || a.period !== b.period;

/**
 * The page arrives drawn for zh, light, the latest period and the data at build time. Other
 * parameters swap in a pre-rendered variant; only data that changed on the host loads ECharts.
 */
async function show(main: HTMLElement, params: UrlState): Promise<void> {
  const built = readEmbedState(main);
  if (!built) {
    const id = params.chart;
    if (!id) return;
    const { drawFromScratch } = await import('./embed-redraw');
    const want = { ...params, theme: resolveTheme(params.theme, prefersDark.matches) };
    if (await drawFromScratch(main, id, want, DATA_BASE)) enhance(main);
    return;
  }
  const want = wanted(params, built);
  const fresh = fetchIfChanged(built.dataset, DATA_BASE, built.hash);
  let shown = built;
  if (differs(want, built)) {
    const path = variantPath(built.id, want.lang, want.theme, want.period);
    const next = await fetchMain(new URL(path, location.href));
    if (next) {
      swapInto(main, next);
      enhance(main);
      shown = readEmbedState(main) ?? built;
    }
  }
  let data = await fresh;
  if ('unchanged' in data) {
    if (!differs(want, shown)) return;
    // Only a variant that failed to load leaves the page short of what was asked: draw it here.
    data = await fetchData(built.dataset, DATA_BASE);
  }
  if (!data.ok) {
    main.querySelector('.stale')?.removeAttribute('hidden');
    return;
  }
  const { redraw } = await import('./embed-redraw');
  const asked = { lang: want.lang, theme: want.theme, period: params.period };
  if (redraw(main, built.id, data, asked, new Date())) enhance(main);
}

/** plain=1 and transparent=1 are the page's CSS to apply (embed.css), whatever it draws. */
function applyFlags(params: UrlState): void {
  const root = document.documentElement;
  root.toggleAttribute('data-plain', params.plain === true);
  root.toggleAttribute('data-transparent', params.transparent === true);
}

function start(): void {
  const main = document.getElementById('embed');
  if (!main) return;
  const params = parseEmbedLocation(location);
  applyFlags(params);
  const id = readEmbedState(main)?.id ?? params.chart;
  if (id) reportHeight(main, id);
  syncDocument(main);
  enhance(main);
  void show(main, params);
  if (params.theme === 'auto')
    prefersDark.addEventListener('change', () => void show(main, params));
}

start();
