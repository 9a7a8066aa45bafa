import { useMemo } from 'react';
import { CHARTS, type ChartId } from '../../charts/chart-registry';
import { selectCurrentPeriod, selectManifest } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { embedUrl } from '../../store/url-state';
import { buildEmbedModel } from './embed-model';
import type { EmbedFlags } from './embed-flags';
import { embedSnippet } from './embed-snippet';
import { defaultFrameHeight } from './frame-size';

/** Before the data loads, a frame tall enough for the tallest chart on a phone. */
const FALLBACK_HEIGHT = 900;

export interface EmbedCode {
  src: string;
  title: string;
  snippet: string;
}

/**
 * The snippet for the dashboard's current language, theme and period, and the flags the host
 * chose, written by url-state.
 */
export function useEmbedSnippet(id: ChartId, siteRoot: string, flags: EmbedFlags): EmbedCode {
  const lang = useAppStore((s) => s.lang);
  const theme = useAppStore((s) => s.theme);
  const period = useAppStore(selectCurrentPeriod);
  const manifest = useAppStore(selectManifest);
  const dataset = useAppStore((s) => s.datasets[CHARTS[id].dataset]);
  return useMemo(() => {
    const ready = dataset.status === 'ready' ? dataset.dataset : undefined;
    const drawTheme = theme === 'dark' ? 'dark' : 'light';
    const model =
      ready && manifest && buildEmbedModel(id, ready, manifest, { lang, theme: drawTheme, period });
    const title = manifest?.datasets[CHARTS[id].dataset].title[lang] ?? id;
    const src = embedUrl(siteRoot, id, {
      lang,
      theme: flags.auto ? 'auto' : theme,
      period,
      plain: flags.plain || undefined,
      transparent: flags.transparent || undefined,
    });
    const snippet = embedSnippet({
      src,
      script: new URL('embed.js', siteRoot).href,
      title,
      height: model ? defaultFrameHeight(model) : FALLBACK_HEIGHT,
    });
    return { src, title, snippet };
  }, [id, siteRoot, lang, theme, period, manifest, dataset, flags]);
}
