import { decodeBytes, type BadLine } from './decode';
import { detectDataset, type HeaderMatch } from './header';
import { columnName, isBlank, parseCsv, recordOfLine } from './parse-csv';
import { markParse } from './parse-mark';
import { echoValue } from './privacy';
import { SCHEMAS } from './schema';
import type { DatasetId, Encoding, Issue, ReadMeta, ReadResult } from './types';
import { validateRecords } from './validate';

export interface ReadOptions {
  fileName: string;
  /** Skip encoding detection, as when the user picks one in the preview. */
  encoding?: Encoding;
  /** Skip dataset detection, as when the file is a known `data/` file. */
  datasetId?: DatasetId;
}

const NON_ASCII = /[\u0080-\uffff]/;
// A host's error or fallback page, served with status 200 where a CSV should be.
const HTML_START = /^\s*<(!doctype\s+html|html|head|body|\?xml)[\s>]/i;

/** Row, column and the cell for an encoding problem on one physical line. */
function locate(issue: Issue, at: BadLine): Issue {
  const table = parseCsv(at.lenient);
  const r = recordOfLine(table, at.line);
  const record = table.records[r] ?? [];
  let cells = record;
  if (at.lineEncoding && at.lineBytes) {
    // The odd line read in its own encoding shows the user readable text.
    const own = new TextDecoder(at.lineEncoding).decode(at.lineBytes);
    cells = parseCsv(own).records[0] ?? record;
  }
  const bad =
    issue.code === 'truncated_char'
      ? cells.length - 1
      : cells.findIndex((c) => NON_ASCII.test(c) || c.includes('\uFFFD'));
  const index = Math.max(bad, 0);
  return {
    ...issue,
    row: r + 1,
    column: columnName(r > 0 ? table.records[0] : undefined, index),
    value: echoValue(cells[index] ?? ''),
  };
}

function closestText(candidates: HeaderMatch[]): string {
  return candidates.map((c) => `${c.id} (${c.missing.join(', ') || '—'})`).join('; ') || '—';
}

/** decode → parse → validate: the one path every door into the app goes through. */
export function readCsv(bytes: Uint8Array, options: ReadOptions): ReadResult {
  markParse(options.fileName);
  const meta: ReadMeta = { fileName: options.fileName };
  if (bytes.length === 0)
    return { ok: false, issues: [{ code: 'file_empty', severity: 'error' }], meta };
  const decoded = decodeBytes(bytes, options.encoding);
  if (!decoded.ok) {
    const issue = decoded.at ? locate(decoded.issue, decoded.at) : decoded.issue;
    return { ok: false, issues: [issue], meta };
  }
  return readText(decoded.text, { ...options, encoding: decoded.encoding, bom: decoded.bom });
}

export function readText(text: string, options: ReadOptions & { bom?: boolean }): ReadResult {
  if (HTML_START.test(text.slice(0, 512))) {
    const meta: ReadMeta = { fileName: options.fileName, encoding: options.encoding ?? 'utf-8' };
    return { ok: false, issues: [{ code: 'html_not_csv', severity: 'error', row: 1 }], meta };
  }
  const table = parseCsv(text);
  const meta: ReadMeta = {
    fileName: options.fileName,
    encoding: options.encoding ?? 'utf-8',
    bom: options.bom ?? false,
    delimiter: table.delimiter,
  };
  const header = table.records[0];
  if (!header || table.records.every(isBlank)) {
    return { ok: false, issues: [{ code: 'file_empty', severity: 'error' }], meta };
  }
  if (table.issues.some((i) => i.row === 1)) return { ok: false, issues: table.issues, meta };
  let datasetId = options.datasetId;
  if (!datasetId) {
    const detected = detectDataset(header, options.fileName);
    if (!detected.id) {
      const issue: Issue = {
        code: 'unknown_dataset',
        severity: 'error',
        row: 1,
        value: echoValue(header.join(table.delimiter)),
        params: {
          closest: closestText(detected.candidates),
          candidates: detected.candidates.map((c) => c.id).join(','),
        },
      };
      return { ok: false, issues: [issue], meta };
    }
    datasetId = detected.id;
  }
  const full: ReadMeta = { ...meta, datasetId, rowCount: table.records.length - 1 };
  if (table.issues.length > 0) return { ok: false, issues: table.issues, meta: full };
  const result = validateRecords(table.records, SCHEMAS[datasetId]);
  return result.ok
    ? { ok: true, dataset: result.dataset, warnings: result.warnings, meta: full }
    : { ok: false, issues: result.issues, meta: full };
}
