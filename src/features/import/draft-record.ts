import { SCHEMAS, type ColumnSpec } from '../../core/schema';
import { DATASET_IDS, type Dataset, type DatasetId } from '../../core/types';
import { isRecord } from '../../core/is-record';

/** Bump when the stored shape changes; older records are dropped, never guessed at. */
export const DRAFT_SCHEMA_VERSION = 1;

export interface DraftRecord {
  schemaVersion: typeof DRAFT_SCHEMA_VERSION;
  dataset: Dataset;
  fileName: string;
  importedAt: number;
}

type Json = unknown;

const APPROX = new Set(['', 'at_least', 'about']);

function cellFits(spec: ColumnSpec, value: Json): boolean {
  switch (spec.type) {
    case 'count':
      return typeof value === 'number' && Number.isInteger(value) && value >= 0;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'approx':
      return typeof value === 'string' && APPROX.has(value);
    default:
      return typeof value === 'string' && (value !== '' || !spec.required);
  }
}

function isDataset(value: Json): value is Dataset {
  if (!isRecord(value) || !Array.isArray(value.rows)) return false;
  const id = DATASET_IDS.find((d) => d === value.id);
  if (!id) return false;
  const columns = SCHEMAS[id].columns;
  return value.rows.every(
    (row: Json) =>
      isRecord(row) &&
      Object.keys(row).length === columns.length &&
      columns.every((c) => cellFits(c, row[c.id])),
  );
}

/** A stored draft, or undefined when it is corrupt or from another version. */
export function parseDraft(value: Json, id: DatasetId): DraftRecord | undefined {
  if (!isRecord(value) || value.schemaVersion !== DRAFT_SCHEMA_VERSION) return undefined;
  const { dataset, fileName, importedAt } = value;
  if (!isDataset(dataset) || dataset.id !== id || dataset.rows.length === 0) return undefined;
  if (typeof fileName !== 'string' || typeof importedAt !== 'number') return undefined;
  return { schemaVersion: DRAFT_SCHEMA_VERSION, dataset, fileName, importedAt };
}

export const draftKey = (id: DatasetId) => `import-draft:${id}`;
