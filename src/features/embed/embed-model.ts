import { CHARTS, chartModel, type ChartId, type ChartModel } from '../../charts/chart-registry';
import { createChartContext } from '../../charts/context';
import type { ThemeName } from '../../charts/theme';
import { exportCsv } from '../../core/export-csv';
import type { Lang, Manifest } from '../../core/manifest';
import { periodPair, periodsIn } from '../../core/period';
import type { Dataset, DatasetId } from '../../core/types';
import { citationsOf, type Citation } from '../../i18n/citations';
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
  /** The shown periods' rows in the data/ format: BOM, formula-safe. */
  csv: string;
  hash: string;
  /** ISO time of the latest republish of this dataset, from revisions.json. */
  revisedAt?: string;
}

function rowsOfPeriods(dataset: Dataset, keep: ReadonlySet<string>): Dataset {
  switch (dataset.id) {
    case 'services':
      return { id: dataset.id, rows: dataset.rows.filter((r) => keep.has(r.period)) };
    case 'crime':
      return { id: dataset.id, rows: dataset.rows.filter((r) => keep.has(r.period)) };
    case 'patrol':
      return { id: dataset.id, rows: dataset.rows.filter((r) => keep.has(r.period)) };
    case 'indicators':
      return { id: dataset.id, rows: dataset.rows.filter((r) => keep.has(r.period)) };
    case 'cases':
      return dataset;
  }
}

/** What one embed shows, from validated data; undefined when the dataset is not the chart's. */
export function buildEmbedModel(
  id: ChartId,
  dataset: Dataset,
  manifest: Manifest,
  params: EmbedParams,
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
  const chart = chartModel(id, dataset, pair, ctx, meta.unit);
  if (!chart) return undefined;
  const shown = new Set([pair.current, pair.previous].filter((p) => p !== undefined));
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
    csv: exportCsv(rowsOfPeriods(dataset, shown)),
    hash: dataHash(dataset, manifest),
  };
}
