import { decodeBytes } from './decode';
import { detectDataset } from './header';
import { parseCsv } from './parse-csv';
import { SCHEMAS } from './schema';
import type { DatasetId, Encoding, ReadResult } from './types';
import { validateRecords } from './validate';

export interface ReadOptions {
  fileName: string;
  /** Skip encoding detection, as when the user picks one in the preview. */
  encoding?: Encoding;
  /** Skip dataset detection, as when the file is a known `data/` file. */
  datasetId?: DatasetId;
}

/** decode → parse → validate: the one path every door into the app goes through. */
export function readCsv(bytes: Uint8Array, options: ReadOptions): ReadResult {
  const meta = { fileName: options.fileName };
  if (bytes.length === 0)
    return { ok: false, issues: [{ code: 'file_empty', severity: 'error' }], meta };
  const decoded = decodeBytes(bytes, options.encoding);
  if (!decoded.ok) return { ok: false, issues: [decoded.issue], meta };
  return readText(decoded.text, { ...options, encoding: decoded.encoding, bom: decoded.bom });
}

export function readText(text: string, options: ReadOptions & { bom?: boolean }): ReadResult {
  const meta = {
    fileName: options.fileName,
    encoding: options.encoding ?? 'utf-8',
    bom: options.bom ?? false,
  };
  const table = parseCsv(text);
  const withTable = { ...meta, delimiter: table.delimiter };
  const header = table.records[0];
  if (!header || table.records.every((r) => r.every((c) => c.trim() === ''))) {
    return { ok: false, issues: [{ code: 'file_empty', severity: 'error' }], meta: withTable };
  }
  let datasetId = options.datasetId;
  if (!datasetId) {
    const detected = detectDataset(header, options.fileName);
    if (!detected.id) {
      const closest = detected.candidates
        .map((c) => `${c.id} (${c.missing.join(', ') || '—'})`)
        .join('; ');
      return {
        ok: false,
        issues: [
          {
            code: 'unknown_dataset',
            severity: 'error',
            row: 1,
            params: { closest: closest || '—' },
          },
        ],
        meta: withTable,
      };
    }
    datasetId = detected.id;
  }
  const full = { ...withTable, datasetId, rowCount: table.records.length - 1 };
  if (table.issues.length > 0) return { ok: false, issues: table.issues, meta: full };
  const result = validateRecords(table.records, SCHEMAS[datasetId]);
  return result.ok
    ? { ok: true, dataset: result.dataset, warnings: result.warnings, meta: full }
    : { ok: false, issues: result.issues, meta: full };
}
