import { toHalfWidth } from './cells';
import { SCHEMAS, type DatasetSchema } from './schema';
import { DATASET_IDS, type DatasetId } from './types';

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
