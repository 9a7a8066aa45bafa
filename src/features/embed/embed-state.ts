import { CHART_IDS, type ChartId } from '../../charts/chart-registry';
import type { ThemeName } from '../../charts/theme';
import type { Lang } from '../../core/manifest';
import { DATASET_IDS, type DatasetId } from '../../core/types';
import { isRecord } from '../../core/is-record';

/** What a page was drawn for, written into it as JSON so its script knows what it shows. */
export interface EmbedState {
  id: ChartId;
  dataset: DatasetId;
  lang: Lang;
  theme: ThemeName;
  period: string;
  periods: string[];
  hash: string;
}

function member<T extends string>(list: readonly T[], v: unknown): T | undefined {
  return list.find((item) => item === v);
}

export function parseEmbedState(json: unknown): EmbedState | undefined {
  if (!isRecord(json)) return undefined;
  const id = member(CHART_IDS, json.id);
  const dataset = member(DATASET_IDS, json.dataset);
  const lang = member(['zh', 'en'] as const, json.lang);
  const theme = member(['light', 'dark'] as const, json.theme);
  const { period, periods, hash } = json;
  if (!id || !dataset || !lang || !theme) return undefined;
  if (typeof period !== 'string' || typeof hash !== 'string' || !Array.isArray(periods))
    return undefined;
  if (!periods.every((p): p is string => typeof p === 'string')) return undefined;
  return { id, dataset, lang, theme, period, periods, hash };
}

export function readEmbedState(root: ParentNode): EmbedState | undefined {
  const text = root.querySelector('script.embed-state')?.textContent;
  if (!text) return undefined;
  try {
    return parseEmbedState(JSON.parse(text));
  } catch {
    return undefined;
  }
}

/** The file a page's other language, theme or period is pre-rendered into. */
export function variantPath(id: ChartId, lang: Lang, theme: ThemeName, period: string): string {
  return `variants/${id}.${lang}.${theme}.${period || 'none'}.html`;
}
