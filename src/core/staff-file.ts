import { MAX_BYTES } from './decode';
import { readCsv } from './read-csv';
import type { Encoding, Issue, ReadResult } from './types';

export interface SheetRead {
  /** The sheet's name; empty for a CSV, which has one unnamed table. */
  sheet: string;
  hidden: boolean;
  result: ReadResult;
}

export interface SkippedSheet {
  sheet: string;
  hidden: boolean;
  reason: Issue;
}

export interface StaffFileRead {
  kind: 'csv' | 'workbook';
  /** About the file as a whole: an error here refuses it and `sheets` is empty. */
  fileIssues: Issue[];
  /** Each table recognised as a dataset, read and validated (it may still hold errors). */
  sheets: SheetRead[];
  skipped: SkippedSheet[];
}

export interface StaffFileOptions {
  /** For a CSV: skip encoding detection, as when the user picks one. */
  encoding?: Encoding;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** An encrypted .xlsx is an OLE container whose one stream is named EncryptedPackage. */
function isEncryptedPackage(bytes: Uint8Array): boolean {
  const name = [...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0]);
  const first = name[0]!;
  for (let i = bytes.indexOf(first); i >= 0; i = bytes.indexOf(first, i + 1)) {
    if (name.every((b, k) => bytes[i + k] === b)) return true;
  }
  return false;
}

export function isWorkbookName(fileName: string): boolean {
  return /\.xls[xm]$/i.test(fileName);
}

const refuse = (issue: Issue): StaffFileRead => ({
  kind: 'workbook',
  fileIssues: [issue],
  sheets: [],
  skipped: [],
});

/**
 * Any file staff hand in, by its bytes and name: a CSV, or a workbook whose
 * sheets each become a dataset. Every door (import dialog, drop folder,
 * publish CLI, data:check) reads through here. The workbook reader loads
 * only when a workbook arrives.
 */
export async function readStaffFile(
  bytes: Uint8Array,
  fileName: string,
  options: StaffFileOptions = {},
): Promise<StaffFileRead> {
  if (bytes.length > MAX_BYTES)
    return refuse({
      code: 'file_too_large',
      severity: 'error',
      params: { limitMb: MAX_BYTES / 2 ** 20 },
    });
  if (startsWith(bytes, CFB)) {
    return refuse({
      code: isEncryptedPackage(bytes) ? 'workbook_encrypted' : 'xls_not_supported',
      severity: 'error',
    });
  }
  if (startsWith(bytes, ZIP) || isWorkbookName(fileName)) {
    const { readWorkbook } = await import('./read-workbook');
    return readWorkbook(bytes, fileName);
  }
  const result = readCsv(bytes, { fileName, encoding: options.encoding });
  return {
    kind: 'csv',
    fileIssues: [],
    sheets: [{ sheet: '', hidden: false, result }],
    skipped: [],
  };
}
