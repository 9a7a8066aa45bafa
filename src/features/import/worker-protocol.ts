import type { DatasetId, Issue, RowsById } from '../../core/types';
import type { Progress, ReadOutcome } from './read-file';

/**
 * Rows and issues come back in chunks: one structured clone of 200,000 rows
 * would be a single long task on the main thread.
 */
export const CHUNK = 20_000;

export type WorkerMessage =
  | { type: 'progress'; progress: Progress }
  /** `part` is -1 for the outcome itself, or the index of a workbook sheet. */
  | { type: 'rows'; part: number; rows: RowsById[DatasetId][] }
  | { type: 'issues'; part: number; issues: Issue[] }
  | { type: 'done'; outcome: ReadOutcome }
  | { type: 'failed'; message: string };
