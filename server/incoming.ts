import { exportCsv } from '../src/core/export-csv';
import { SCHEMAS } from '../src/core/schema';
import { readStaffFile } from '../src/core/staff-file';
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
 * The one place an incoming file (inbox or CLI) is read: the core's entry for
 * any staff file, as the import dialog uses. A workbook's dataset sheets
 * become several parts of one publish, all or none; a hidden sheet is left
 * out (no one is there to tick it), with its warning.
 */
export async function readIncoming(
  fileName: string,
  bytes: Uint8Array,
  /** A workbook's sheets to take, as ticked in the import dialog; all visible ones if absent. */
  only?: readonly string[],
): Promise<IncomingRead> {
  const read = await readStaffFile(bytes, fileName);
  const issues = [...read.fileIssues];
  const parts: IncomingPart[] = [];
  for (const { sheet, hidden, result } of read.sheets) {
    if (only && read.kind === 'workbook' && !only.includes(sheet)) continue;
    if (!result.ok) issues.push(...result.issues);
    else if (hidden) issues.push(...result.warnings);
    else {
      const id = result.dataset.id;
      // data/ holds CSV only: a sheet is published as the export of its rows.
      const published =
        read.kind === 'csv' ? bytes : new TextEncoder().encode(exportCsv(result.dataset));
      const warnings = [...read.fileIssues, ...result.warnings];
      parts.push({
        datasetId: id,
        file: SCHEMAS[id].file,
        dataset: result.dataset,
        bytes: published,
        warnings,
      });
    }
  }
  if (parts.length === 0 && !issues.some((i) => i.severity === 'error'))
    issues.push({ code: 'no_dataset_sheet', severity: 'error' });
  if (issues.some((i) => i.severity === 'error')) return { ok: false, issues };
  return { ok: true, parts };
}
