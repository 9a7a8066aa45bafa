import { cellOf } from './export-csv';
import { SCHEMAS } from './schema';
import type { Dataset, DatasetId, RowsById } from './types';

type Row = RowsById[DatasetId];

export interface CellChange {
  column: string;
  before: string | number;
  after: string | number;
}

export interface RowChange {
  /** The key columns' values, e.g. ["2021", "全城通办"]. */
  key: string[];
  before: Row;
  after: Row;
  cells: CellChange[];
}

export interface DatasetDiff {
  added: Row[];
  changed: RowChange[];
  removed: Row[];
  unchanged: number;
}

/**
 * What replacing `before` with `after` does, row by row, matched on the
 * schema's key. A dataset without a key (cases) is compared by whole rows.
 */
export function diffDatasets(before: Dataset | undefined, after: Dataset): DatasetDiff {
  const schema = SCHEMAS[after.id];
  const keyColumns = schema.key.length > 0 ? schema.key : schema.columns.map((c) => c.id);
  const keyOf = (row: Row) => keyColumns.map((k) => String(cellOf(row, k)));
  const id = (row: Row) => keyOf(row).join('\u0000');

  // Rows without a key may repeat, so old rows are counted, not just looked up.
  const old = new Map<string, Row[]>();
  for (const row of before?.rows ?? []) {
    const k = id(row);
    const list = old.get(k);
    if (list) list.push(row);
    else old.set(k, [row]);
  }

  const diff: DatasetDiff = { added: [], changed: [], removed: [], unchanged: 0 };
  for (const row of after.rows) {
    const k = id(row);
    const match = old.get(k)?.shift();
    if (!match) {
      diff.added.push(row);
      continue;
    }
    const cells = schema.columns
      .map((c) => ({ column: c.id, before: cellOf(match, c.id), after: cellOf(row, c.id) }))
      .filter((c) => c.before !== c.after);
    if (cells.length === 0) diff.unchanged++;
    else diff.changed.push({ key: keyOf(row), before: match, after: row, cells });
  }
  for (const rest of old.values()) for (const row of rest) diff.removed.push(row);
  return diff;
}
