import { SCHEMAS, type ColumnSpec } from './schema';
import type { Dataset } from './types';

export type LineEnd = '\n' | '\r\n';

// Leading apostrophes count too, so a text that already starts with ' survives the round trip.
const FORMULA_START = /^'*[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** A row's cells by column id; every row type is a flat record of strings and numbers. */
export function cellOf(row: object, id: string): string | number {
  const value: unknown = (row as Record<string, unknown>)[id];
  return typeof value === 'number' || typeof value === 'string' ? value : '';
}

/** Writes the digits of 1e+21 or 1.5e-7 out in full, as the validator reads no exponents. */
export function formatNumber(n: number): string {
  const s = String(n);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const [, sign, lead, fraction = '', exp] = m;
  const digits = lead! + fraction;
  const point = 1 + Number(exp);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

export function quoteField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A spreadsheet would run `=…`, `+…`, `-…`, `@…` as a formula; the apostrophe makes it text. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function writeCell(spec: ColumnSpec, value: string | number): string {
  if (typeof value === 'number') return formatNumber(value);
  return quoteField(spec.type === 'text' ? neutraliseFormula(value) : value);
}

/**
 * The dataset in the exact `data/` format: English header ids in schema
 * order, one line end throughout, a BOM so Excel reads it as UTF-8.
 */
export function exportCsv(dataset: Dataset, eol: LineEnd = '\n'): string {
  const columns = SCHEMAS[dataset.id].columns;
  const lines = [columns.map((c) => c.id).join(',')];
  for (const row of dataset.rows) {
    lines.push(columns.map((c) => writeCell(c, cellOf(row, c.id))).join(','));
  }
  return '\uFEFF' + lines.join(eol) + eol;
}

/** Any table of text as CSV, formula-safe, for the issues download. */
export function tableCsv(rows: readonly (readonly string[])[], eol: LineEnd = '\r\n'): string {
  return (
    '\uFEFF' +
    rows.map((r) => r.map((c) => quoteField(neutraliseFormula(c))).join(',')).join(eol) +
    eol
  );
}
