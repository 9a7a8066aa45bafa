import { CHARTS, chartModel, type ChartId, type ChartModel } from '../../charts/chart-registry';
import { createChartContext } from '../../charts/context';
import type { ThemeName } from '../../charts/theme';
import type { Lang, Manifest } from '../../core/manifest';
import { periodPair, periodsIn } from '../../core/period';
import type { AnnotationRow, Dataset, DatasetId } from '../../core/types';
import { citationsOf, type Citation } from '../../i18n/citations';
import { dataLinks, type DataLinks } from '../../i18n/data-files';
import { translator } from '../../i18n/translate';
import { dataHash } from './embed-data';

export interface EmbedParams {
  lang: Lang;
  theme: ThemeName;
  /** The period asked for; the latest when undefined or not in the data. */
  period: string | undefined;
}

export interface EmbedModel extends EmbedParams {
  id: ChartId;
  dataset: DatasetId;
  period: string;
  /** The earlier period drawn beside it, when the data has one. */
  previous: string | undefined;
  /** Every period the dataset holds, oldest first. */
  periods: string[];
  title: string;
  unit: string;
  definition: string;
  citations: Citation[];
  chart: ChartModel;
  /** The shown periods' rows in the data/ format (BOM, formula-safe), their note and the whole file. */
  data: DataLinks;
  hash: string;
  /** ISO time of the latest republish of this dataset, from revisions.json. */
  revisedAt?: string;
}

/** What one embed shows, from validated data; undefined when the dataset is not the chart's. */
export function buildEmbedModel(
  id: ChartId,
  dataset: Dataset,
  manifest: Manifest,
  params: EmbedParams,
  annotations: readonly AnnotationRow[] = [],
): EmbedModel | undefined {
  if (CHARTS[id].dataset !== dataset.id) return undefined;
  const { lang, theme } = params;
  // The dashboard pools the periods of all its datasets; an embed shows one, so only its own count.
  const periods = periodsIn([dataset.rows]);
  const pair = periodPair(periods, params.period, undefined) ?? {
    current: '',
    previous: undefined,
  };
  const meta = manifest.datasets[dataset.id];
  const ctx = createChartContext({ lang, labels: manifest.labels, theme, animation: false });
  const chart = chartModel(id, dataset, pair, ctx, meta.unit, meta.items, annotations);
  if (!chart) return undefined;
  const shown = [pair.previous, pair.current].filter((p): p is string => !!p);
  return {
    id,
    dataset: dataset.id,
    lang,
    theme,
    period: pair.current,
    previous: pair.previous,
    periods,
    title: meta.title[lang],
    unit: meta.unit[lang],
    definition: meta.definition[lang],
    citations: citationsOf(manifest, dataset.id, lang),
    chart,
    data: dataLinks({
      chart: id,
      dataset,
      periods: shown,
      manifest,
      lang,
      t: translator(lang),
      base: '../',
    }),
    hash: dataHash(dataset, manifest),
  };
}
