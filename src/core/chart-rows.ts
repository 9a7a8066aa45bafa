import type { Dataset } from './types';

/** The rows of the given periods; the case log has no periods and is kept whole. */
export function rowsOfPeriods(dataset: Dataset, keep: ReadonlySet<string>): Dataset {
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
    case 'annotations':
      return dataset;
  }
}

/** One group of rows a figure shows, with a name for its file. */
export interface RowGroup {
  /** The item shown apart, or undefined for the chart's own rows. */
  item: string | undefined;
  dataset: Dataset;
}

/**
 * The rows behind what a chart panel shows, exactly: the shown periods, split into the chart's
 * own rows and one group per item counted in a unit of its own (shown as its own figure).
 */
export function chartRowGroups(
  dataset: Dataset,
  periods: readonly string[],
  apart: readonly string[],
): RowGroup[] {
  const shown = rowsOfPeriods(dataset, new Set(periods));
  if (shown.id !== 'services' || apart.length === 0) return [{ item: undefined, dataset: shown }];
  const set = new Set(apart);
  const own = { id: shown.id, rows: shown.rows.filter((r) => !set.has(r.item)) };
  const groups = apart.flatMap((item) => {
    const rows = shown.rows.filter((r) => r.item === item);
    return rows.length ? [{ item, dataset: { id: shown.id, rows } }] : [];
  });
  return [...(own.rows.length ? [{ item: undefined, dataset: own }] : []), ...groups];
}
