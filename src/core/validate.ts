import {
  cleanText,
  parseApprox,
  parseCount,
  parseDate,
  parseNumber,
  parsePeriod,
  parseWhen,
  plainCell,
  type CellResult,
} from './cells';
import { headerIssues, headerOnlyIssue, mapHeader } from './header';
import { isBlank, shapeIssue } from './parse-csv';
import { echoValue, findSensitive } from './privacy';
import { approxTarget, type CellValues, type ColumnSpec, type DatasetSchema } from './schema';
import type { Approx, Dataset, DatasetId, Issue, RowsById } from './types';

export type Validated<K extends DatasetId = DatasetId> =
  { ok: true; dataset: Dataset<K>; warnings: Issue[] } | { ok: false; issues: Issue[] };

type Value = string | number;

function parseCell(spec: ColumnSpec, raw: string): CellResult<Value> {
  switch (spec.type) {
    case 'period':
      return parsePeriod(raw);
    case 'date':
      return parseDate(raw);
    case 'when':
      return parseWhen(raw);
    case 'count':
      return parseCount(raw);
    case 'number':
      return parseNumber(raw, { percent: true });
    case 'approx':
      return parseApprox(raw);
    case 'text':
      return { ok: true, value: cleanText(raw) };
  }
}

/**
 * One reader and one cell array reused for every row, indexed by the
 * schema's column order, so the per-row path allocates only the row itself.
 */
class RowReader implements CellValues {
  readonly cells: (Value | undefined)[];
  private readonly slot: Map<string, number>;
  constructor(schema: DatasetSchema) {
    this.slot = new Map(schema.columns.map((c, i) => [c.id, i]));
    this.cells = schema.columns.map(() => undefined);
  }
  indexOf(id: string): number {
    return this.slot.get(id) ?? -1;
  }
  get(id: string): Value | undefined {
    return this.cells[this.slot.get(id)!];
  }
  text(id: string): string {
    const v = this.get(id);
    return v === undefined ? '' : String(v);
  }
  num(id: string): number {
    return Number(this.get(id));
  }
  approx(id: string): Approx {
    return (this.get(id) ?? '') as Approx;
  }
}

/** First row of each key, in nested maps: hashing the cells is far cheaper than joining them. */
class KeyIndex {
  private readonly root = new Map<Value | undefined, unknown>();
  constructor(private readonly slots: readonly number[]) {}
  /** The row that already holds this key, or undefined after recording it for `row`. */
  claim(cells: readonly (Value | undefined)[], row: number): number | undefined {
    let level = this.root;
    const last = this.slots.length - 1;
    for (let k = 0; k < last; k++) {
      const cell = cells[this.slots[k]!];
      let next = level.get(cell) as Map<Value | undefined, unknown> | undefined;
      if (!next) level.set(cell, (next = new Map()));
      level = next;
    }
    const cell = cells[this.slots[last]!];
    const first = level.get(cell) as number | undefined;
    if (first === undefined) level.set(cell, row);
    return first;
  }
}

interface Column {
  index: number;
  spec: ColumnSpec;
  name: string;
}

/** Validates parsed records (header first; record i is spreadsheet row i + 1) against one schema. */
export function validateRecords<K extends DatasetId>(
  records: string[][],
  schema: DatasetSchema<K>,
): Validated<K> {
  const header = records[0] ?? [];
  const ids = mapHeader(header, schema);
  const issues = headerIssues(header, schema, ids);
  if (issues.some((i) => i.severity === 'error')) return { ok: false, issues };
  const empty = headerOnlyIssue(records, schema.id);
  if (empty) return { ok: false, issues: [empty] };

  const columns: Column[] = [];
  ids.forEach((id, index) => {
    const spec = schema.columns.find((c) => c.id === id);
    if (spec && !columns.some((c) => c.spec === spec))
      columns.push({ index, spec, name: (header[index] ?? '').trim() });
  });
  let width = header.length;
  while (width > 0 && header[width - 1]!.trim() === '') width--;
  const approxOf = approxTarget(schema);
  const reader = new RowReader(schema);
  const cells = reader.cells;
  const keys =
    schema.key.length > 0 ? new KeyIndex(schema.key.map((id) => reader.indexOf(id))) : undefined;
  const slots = columns.map((c) => reader.indexOf(c.spec.id));
  const keyNames = schema.key
    .map((id) => columns.find((c) => c.spec.id === id)?.name ?? id)
    .join('+');
  const approxSlot = reader.indexOf('approx');
  const rows: RowsById[K][] = [];
  let errors = 0;

  for (let r = 1; r < records.length; r++) {
    const record = records[r]!;
    if (isBlank(record)) continue;
    const row = r + 1;
    const shape = shapeIssue(record, width, header, row);
    if (shape) {
      issues.push(shape);
      errors++;
      continue;
    }
    let suffix: Approx = '';
    let rowOk = true;
    if (approxSlot >= 0) cells[approxSlot] = undefined;
    for (let c = 0; c < columns.length; c++) {
      const { index, spec, name } = columns[c]!;
      const slot = slots[c]!;
      const raw = record[index] ?? '';
      if (raw.length === 0 || raw.trim() === '') {
        cells[slot] = undefined;
        if (spec.required) {
          issues.push({ code: 'required', severity: 'error', row, column: name });
          rowOk = false;
        }
        continue;
      }
      let value = plainCell(spec.type, raw);
      if (value === undefined) {
        const parsed = parseCell(spec, raw);
        if (!parsed.ok) {
          issues.push({
            code: parsed.code,
            severity: 'error',
            row,
            column: name,
            value: echoValue(raw),
          });
          rowOk = false;
          continue;
        }
        value = parsed.value;
        if (parsed.approx && spec.id === approxOf) suffix = parsed.approx;
        else if (parsed.approx) {
          issues.push({
            code: 'approx_not_allowed',
            severity: 'error',
            row,
            column: name,
            value: echoValue(raw),
          });
          rowOk = false;
        }
      }
      if (spec.values && !spec.values.includes(String(value))) {
        const allowed = spec.values.join(' / ');
        issues.push({
          code: 'bad_choice',
          severity: 'error',
          row,
          column: name,
          value: echoValue(raw),
          params: { allowed },
        });
        rowOk = false;
        continue;
      }
      if (spec.type === 'text') {
        const found = findSensitive(String(value));
        for (let k = 0; k < found.length; k++) {
          const f = found[k]!;
          issues.push({ code: f.code, severity: f.severity, row, column: name, value: f.masked });
          if (f.severity === 'error') rowOk = false;
        }
      }
      cells[slot] = value;
    }
    if (suffix) {
      const stated = cells[approxSlot];
      if (stated === undefined || stated === '') cells[approxSlot] = suffix;
      else if (stated !== suffix) {
        const column = columns.find((c) => c.spec.id === 'approx')!.name;
        issues.push({
          code: 'approx_conflict',
          severity: 'error',
          row,
          column,
          value: String(stated),
          params: { suffix },
        });
        rowOk = false;
      }
    }
    if (!rowOk) {
      errors++;
      continue;
    }
    const first = keys?.claim(cells, row);
    if (first !== undefined) {
      issues.push({
        code: 'duplicate_key',
        severity: 'error',
        row,
        column: keyNames,
        value: echoValue(schema.key.map((id) => reader.text(id)).join(' / ')),
        params: { firstRow: first },
      });
      errors++;
      continue;
    }
    rows.push(schema.toRow(reader));
  }

  if (errors > 0) return { ok: false, issues };
  // The mapped type cannot see that schema.id and rows agree on K.
  const dataset = { id: schema.id, rows } as Dataset<K>;
  return { ok: true, dataset, warnings: issues };
}
