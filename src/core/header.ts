import { toHalfWidth } from './cells';
import { echoValue } from './privacy';
import { SCHEMAS, type DatasetSchema } from './schema';
import { isBlank } from './parse-csv';
import { DATASET_IDS, OPTIONAL_DATASETS, type DatasetId, type Issue } from './types';

export function normaliseHeader(cell: string): string {
  return toHalfWidth(cell.replace(/^\uFEFF/, ''))
    .trim()
    .toLowerCase();
}

/** Column id for each header cell, or undefined where the schema has no such column. */
export function mapHeader(header: string[], schema: DatasetSchema): (string | undefined)[] {
  return header.map((cell) => {
    const name = normaliseHeader(cell);
    return schema.columns.find((c) => c.id === name || c.aliases.includes(name))?.id;
  });
}

/**
 * Header issues: an unknown column is a warning (it is ignored), a column
 * given twice or a required one missing is an error.
 */
export function headerIssues(
  header: string[],
  schema: DatasetSchema,
  columns: (string | undefined)[],
): Issue[] {
  const issues: Issue[] = [];
  const firstName = new Map<string, string>();
  columns.forEach((id, i) => {
    const name = echoValue((header[i] ?? '').trim());
    if (id === undefined) {
      if (name !== '')
        issues.push({
          code: 'unknown_column',
          severity: 'warning',
          row: 1,
          column: name,
          value: name,
        });
    } else if (firstName.has(id)) {
      issues.push({
        code: 'duplicate_column',
        severity: 'error',
        row: 1,
        column: name,
        value: name,
        params: { first: firstName.get(id)! },
      });
    } else firstName.set(id, name);
  });
  for (const c of schema.columns) {
    if (c.required && !firstName.has(c.id))
      issues.push({
        code: 'missing_column',
        severity: 'error',
        row: 1,
        column: c.id,
        params: { aliases: c.aliases.join(' / ') },
      });
  }
  return issues;
}

export interface HeaderMatch {
  id: DatasetId;
  missing: string[];
  matched: number;
}

function match(header: string[], schema: DatasetSchema): HeaderMatch {
  const mapped = new Set(mapHeader(header, schema));
  const missing = schema.columns.filter((c) => c.required && !mapped.has(c.id)).map((c) => c.id);
  return { id: schema.id, missing, matched: schema.columns.filter((c) => mapped.has(c.id)).length };
}

/**
 * The dataset whose required columns the header holds. Several can fit
 * (a header of only shared columns); the file name then decides.
 */
export function detectDataset(
  header: string[],
  fileName: string,
): { id: DatasetId } | { id?: undefined; candidates: HeaderMatch[] } {
  const matches = DATASET_IDS.map((id) => match(header, SCHEMAS[id]));
  const complete = matches.filter((m) => m.missing.length === 0);
  const hint = DATASET_IDS.find((id) => fileName.toLowerCase().includes(id));
  if (complete.length === 1) return { id: complete[0]!.id };
  if (complete.length > 1) {
    const byName = complete.find((m) => m.id === hint);
    if (byName) return { id: byName.id };
    const best = Math.max(...complete.map((m) => m.matched));
    const top = complete.filter((m) => m.matched === best);
    if (top.length === 1) return { id: top[0]!.id };
    return { candidates: top };
  }
  const candidates = matches
    .filter((m) => m.matched > 0)
    .sort((a, b) => a.missing.length - b.missing.length || b.matched - a.matched)
    .slice(0, 2);
  return { candidates };
}

/**
 * A header with no data rows is refused; but an optional file (annotations.csv) with a header
 * only says "none", which is how staff take every note away.
 */
export function headerOnlyIssue(records: string[][], id: DatasetId): Issue | undefined {
  for (let r = 1; r < records.length; r++) if (!isBlank(records[r]!)) return undefined;
  if (OPTIONAL_DATASETS.includes(id)) return undefined;
  return { code: 'header_only', severity: 'error', row: 1 };
}
