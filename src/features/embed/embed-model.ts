import { createStore } from 'zustand/vanilla';
import { CHARTS, chartModel, type ChartId, type ChartModel } from '../../charts/chart-registry';
import { createChartContext } from '../../charts/context';
import type { ThemeName } from '../../charts/theme';
import { exportCsv } from '../../core/export-csv';
import type { Lang, Manifest } from '../../core/manifest';
import type { Dataset, DatasetId } from '../../core/types';
import { createDatasetsSlice } from '../../store/datasets-slice';
import { createImportSlice } from '../../store/import-slice';
import { selectPeriodPair, selectPeriods } from '../../store/selectors';
import type { AppState } from '../../store/store';
import { createViewSlice } from '../../store/view-slice';
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
}

/** The dashboard's own period rules, read through its selectors from a store holding one dataset. */
function periodsOf(dataset: Dataset, period: string | undefined) {
  const store = createStore<AppState>()((...a) => ({
    ...createDatasetsSlice(...a),
    ...createViewSlice(...a),
    ...createImportSlice(...a),
  }));
  store.getState().setPublished(dataset.id, dataset, 0);
  store.getState().setPeriod(period);
  const state = store.getState();
  return { periods: [...selectPeriods(state)], pair: selectPeriodPair(state) };
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
  const { periods, pair } = periodsOf(dataset, params.period);
  const current = pair ?? { current: '', previous: undefined };
  const meta = manifest.datasets[dataset.id];
  const ctx = createChartContext({ lang, labels: manifest.labels, theme, animation: false });
  const chart = chartModel(id, dataset, current, ctx, meta.unit);
  if (!chart) return undefined;
  const previous = dataset.rows.some((r) => 'period' in r && r.period === current.previous)
    ? current.previous
    : undefined;
  const shown = new Set([current.current, previous].filter((p) => p !== undefined));
  return {
    id,
    dataset: dataset.id,
    lang,
    theme,
    period: current.current,
    previous,
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
