import type { DatasetDiff } from '../src/core/diff';
import { cellOf } from '../src/core/export-csv';
import { SCHEMAS } from '../src/core/schema';
import type { DatasetId } from '../src/core/types';

const MAX_LINES = 40;

/** The diff as a person reads it in a terminal: ~ changed cells, + added rows, − removed rows. */
export function diffLines(id: DatasetId, diff: DatasetDiff): string[] {
  const columns = SCHEMAS[id].columns.map((c) => c.id);
  const row = (r: DatasetDiff['added'][number]) =>
    columns.map((c) => String(cellOf(r, c))).join(', ');
  const lines = [
    ...diff.changed.map(
      (c) =>
        `~ ${c.key.join(' ')}: ${c.cells.map((x) => `${x.column} ${String(x.before)} → ${String(x.after)}`).join('; ')}`,
    ),
    ...diff.added.map((r) => `+ ${row(r)}`),
    ...diff.removed.map((r) => `- ${row(r)}`),
  ];
  return lines.length > MAX_LINES
    ? [...lines.slice(0, MAX_LINES), `… ${lines.length - MAX_LINES} more`]
    : lines;
}
