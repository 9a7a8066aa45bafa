import { readCsv } from '../src/core/read-csv';
import { SCHEMAS } from '../src/core/schema';
import type { Dataset, DatasetId, Issue } from '../src/core/types';

/** One dataset found in an incoming file, with the bytes that become its published version. */
export interface IncomingPart {
  datasetId: DatasetId;
  /** The served name, `data/<file>`. */
  file: string;
  dataset: Dataset;
  bytes: Uint8Array;
  warnings: Issue[];
}

export type IncomingRead = { ok: true; parts: IncomingPart[] } | { ok: false; issues: Issue[] };

/**
 * The one place an incoming file (inbox or CLI) is read: the same core reader as the import,
 * with the dataset recognised from the header. A file may carry several datasets (a workbook).
 */
export function readIncoming(fileName: string, bytes: Uint8Array): IncomingRead {
  const result = readCsv(bytes, { fileName });
  if (!result.ok) return { ok: false, issues: result.issues };
  const id = result.dataset.id;
  return {
    ok: true,
    parts: [
      {
        datasetId: id,
        file: SCHEMAS[id].file,
        dataset: result.dataset,
        bytes,
        warnings: result.warnings,
      },
    ],
  };
}
