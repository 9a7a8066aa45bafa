import {
  cleanText,
  parseApprox,
  parseCount,
  parseDate,
  parseNumber,
  parsePeriod,
  type CellResult,
} from './cells';
import { mapHeader } from './header';
import { isBlank } from './parse-csv';
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

function cellReader(values: Map<string, Value>): CellValues {
  return {
    text: (id) => String(values.get(id) ?? ''),
    num: (id) => Number(values.get(id)),
    approx: (id) => (values.get(id) ?? '') as Approx,
  };
}

function checkHeader(
  header: string[],
  schema: DatasetSchema,
  columns: (string | undefined)[],
  issues: Issue[],
) {
  const seen = new Set<string>();
  columns.forEach((id, i) => {
    const name = header[i] ?? '';
    if (id === undefined) {
      if (name.trim() !== '')
        issues.push({ code: 'unknown_column', severity: 'warning', row: 1, column: name });
    } else if (seen.has(id)) {
      issues.push({ code: 'duplicate_column', severity: 'error', row: 1, column: name });
    } else seen.add(id);
  });
  for (const c of schema.columns) {
    if (c.required && !seen.has(c.id))
      issues.push({ code: 'missing_column', severity: 'error', row: 1, column: c.id });
  }
}

/** Validates parsed records (header first) against one dataset schema. */
export function validateRecords<K extends DatasetId>(
  records: string[][],
  schema: DatasetSchema<K>,
): Validated<K> {
  const issues: Issue[] = [];
  const header = records[0] ?? [];
  const columns = mapHeader(header, schema);
  checkHeader(header, schema, columns, issues);
  if (issues.some((i) => i.severity === 'error')) return { ok: false, issues };
  if (records.slice(1).every(isBlank))
    return { ok: false, issues: [{ code: 'header_only', severity: 'error' }] };

  const specs = columns.map((id) => schema.columns.find((c) => c.id === id));
  const approxOf = approxTarget(schema);
  const keys = new Map<string, number>();
  const rows: RowsById[K][] = [];

  for (let r = 1; r < records.length; r++) {
    const record = records[r]!;
    if (isBlank(record)) continue;
    const row = r + 1;
    if (record.length > header.length && record.slice(header.length).some((c) => c.trim() !== '')) {
      issues.push({
        code: 'too_many_cells',
        severity: 'error',
        row,
        params: { expected: header.length, actual: record.length },
      });
      continue;
    }
    if (record.length < header.length) {
      issues.push({
        code: 'too_few_cells',
        severity: 'error',
        row,
        params: { expected: header.length, actual: record.length },
      });
      continue;
    }
    const values = new Map<string, Value>();
    let suffixApprox: Approx = '';
    let rowOk = true;
    specs.forEach((spec, i) => {
      if (!spec || values.has(spec.id)) return;
      const raw = record[i] ?? '';
      if (raw.trim() === '') {
        if (spec.required) {
          issues.push({ code: 'required', severity: 'error', row, column: header[i] ?? spec.id });
          rowOk = false;
        } else values.set(spec.id, '');
        return;
      }
      const parsed = parseCell(spec, raw);
      if (!parsed.ok) {
        issues.push({
          code: parsed.code,
          severity: 'error',
          row,
          column: header[i] ?? spec.id,
          value: raw,
        });
        rowOk = false;
        return;
      }
      values.set(spec.id, parsed.value);
      if (spec.id === approxOf && parsed.approx) suffixApprox = parsed.approx;
    });
    if (!rowOk) continue;
    if (approxOf && suffixApprox && !values.get('approx')) values.set('approx', suffixApprox);
    if (schema.key.length > 0) {
      const key = schema.key.map((k) => String(values.get(k) ?? '')).join('\u0000');
      const first = keys.get(key);
      if (first !== undefined) {
        issues.push({
          code: 'duplicate_key',
          severity: 'error',
          row,
          column: schema.key.join('+'),
          value: schema.key.map((k) => String(values.get(k) ?? '')).join(' / '),
          params: { firstRow: first },
        });
        continue;
      }
      keys.set(key, row);
    }
    rows.push(schema.toRow(cellReader(values)));
  }

  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) return { ok: false, issues };
  // The mapped type cannot see that schema.id and rows agree on K.
  const dataset = { id: schema.id, rows } as Dataset<K>;
  return { ok: true, dataset, warnings: issues };
}
