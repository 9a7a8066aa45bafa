import { diffDatasets, type RowChange } from '../../core/diff';
import { readStaffFile, type SkippedSheet, type StaffFileRead } from '../../core/staff-file';
import type {
  Dataset,
  DatasetId,
  Encoding,
  Issue,
  ReadMeta,
  ReadResult,
  RowsById,
} from '../../core/types';

type Row = RowsById[DatasetId];

export const SAMPLE_SIZE = 50;
const PEEK_BYTES = 2048;

export interface ReadRequest {
  file: Blob;
  fileName: string;
  /** Set when the user picks an encoding in the preview. */
  encoding?: Encoding;
  /** What the dashboard shows now, to diff against. */
  current: Partial<Record<DatasetId, Dataset>>;
}

export interface DiffSummary {
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
  /** The first rows of each kind, as the dialog shows only these. */
  sample: { added: Row[]; changed: RowChange[]; removed: Row[] };
}

/** One dataset read from the file: a CSV, or one sheet of a workbook. */
export interface PartOutcome {
  ok: boolean;
  meta: ReadMeta;
  /** Errors when not ok, warnings when ok. */
  issues: Issue[];
  dataset?: Dataset;
  diff?: DiffSummary;
}

export interface SheetOutcome extends PartOutcome {
  sheet: string;
  hidden: boolean;
}

export interface ReadOutcome extends PartOutcome {
  kind: 'csv' | 'workbook';
  /** The first lines as decoded, so a wrong encoding shows as garbled text. */
  peek: string;
  encoding: Encoding;
  /**
   * A workbook with several dataset sheets: each is previewed on its own and
   * the top level holds only the file's own notes and no dataset.
   */
  sheets?: SheetOutcome[];
  /** Workbook sheets that are no dataset, each with the reason. */
  skipped?: SkippedSheet[];
}

export type Progress = { stage: 'reading'; loaded: number; total: number } | { stage: 'checking' };

async function readBytes(file: Blob, onProgress: (p: Progress) => void): Promise<Uint8Array> {
  if (typeof file.stream !== 'function') return new Uint8Array(await file.arrayBuffer());
  const bytes = new Uint8Array(file.size);
  const reader = file.stream().getReader();
  let loaded = 0;
  let reported = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes.set(value, loaded);
    loaded += value.length;
    // Every 2 %: a message per 64 KB chunk would re-render the dialog hundreds of times.
    if (loaded - reported >= file.size / 50) {
      reported = loaded;
      onProgress({ stage: 'reading', loaded, total: file.size });
    }
  }
  return loaded === bytes.length ? bytes : bytes.subarray(0, loaded);
}

function peekText(bytes: Uint8Array, encoding: Encoding): string {
  const head = new TextDecoder(encoding).decode(bytes.subarray(0, PEEK_BYTES));
  return head
    .split(/\r\n|\r|\n/)
    .slice(0, 6)
    .join('\n');
}

export function summariseDiff(before: Dataset | undefined, after: Dataset): DiffSummary {
  const diff = diffDatasets(before, after);
  return {
    added: diff.added.length,
    changed: diff.changed.length,
    removed: diff.removed.length,
    unchanged: diff.unchanged,
    sample: {
      added: diff.added.slice(0, SAMPLE_SIZE),
      changed: diff.changed.slice(0, SAMPLE_SIZE),
      removed: diff.removed.slice(0, SAMPLE_SIZE),
    },
  };
}

function part(result: ReadResult, current: ReadRequest['current'], extra: Issue[] = []) {
  if (!result.ok) return { ok: false, meta: result.meta, issues: [...extra, ...result.issues] };
  const diff = summariseDiff(current[result.dataset.id], result.dataset);
  const issues = [...extra, ...result.warnings];
  const ok = !issues.some((i) => i.severity === 'error');
  return { ok, meta: result.meta, issues, dataset: result.dataset, diff };
}

function workbookOutcome(read: StaffFileRead, request: ReadRequest): ReadOutcome {
  const base = { kind: 'workbook' as const, peek: '', encoding: 'utf-8' as const };
  const skipped = read.skipped;
  const [only, ...others] = read.sheets;
  if (!only) {
    const meta = { fileName: request.fileName };
    return { ...base, ok: false, meta, issues: read.fileIssues, skipped };
  }
  if (others.length === 0)
    return { ...base, ...part(only.result, request.current, read.fileIssues), skipped };
  const sheets = read.sheets.map((s) => ({
    sheet: s.sheet,
    hidden: s.hidden,
    ...part(s.result, request.current),
  }));
  const ok = sheets.every((s) => s.ok) && !read.fileIssues.some((i) => i.severity === 'error');
  const meta = { fileName: request.fileName };
  return { ...base, ok, meta, issues: read.fileIssues, sheets, skipped };
}

/** bytes → CSV or workbook → validate → diff; runs in the import worker, or inline where there is none. */
export async function readFile(
  request: ReadRequest,
  onProgress: (p: Progress) => void,
): Promise<ReadOutcome> {
  const bytes = await readBytes(request.file, onProgress);
  onProgress({ stage: 'checking' });
  const read = await readStaffFile(bytes, request.fileName, { encoding: request.encoding });
  if (read.kind === 'workbook') return workbookOutcome(read, request);
  const result = read.sheets[0]!.result;
  const encoding = result.meta.encoding ?? request.encoding ?? 'utf-8';
  // The peek is for spotting a wrong encoding; it must not put a rejected ID number back on screen.
  const sensitive = !result.ok && result.issues.some((i) => i.code.startsWith('sensitive_'));
  const peek = sensitive ? '' : peekText(bytes, encoding);
  return { kind: 'csv', ...part(result, request.current), peek, encoding };
}
