import type { DatasetId, Issue, RowsById } from '../../core/types';
import {
  readFile,
  type PartOutcome,
  type Progress,
  type ReadOutcome,
  type ReadRequest,
} from './read-file';
import type { WorkerMessage } from './worker-protocol';

export interface ReadHandle {
  done: Promise<ReadOutcome>;
  /** Stops the read; `done` then never settles. */
  cancel(): void;
}

function readInWorker(request: ReadRequest, onProgress: (p: Progress) => void): ReadHandle {
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  const rows = new Map<number, RowsById[DatasetId][]>();
  const issues = new Map<number, Issue[]>();
  const add = <T>(into: Map<number, T[]>, part: number, items: readonly T[]) => {
    const list = into.get(part) ?? [];
    for (const item of items) list.push(item);
    into.set(part, list);
  };
  const whole = <T extends PartOutcome>(outcome: T, part: number): T => {
    const dataset = outcome.dataset && { ...outcome.dataset, rows: rows.get(part) ?? [] };
    // The spread loses the link between id and row type that the worker kept.
    return { ...outcome, issues: issues.get(part) ?? [], dataset: dataset as T['dataset'] };
  };
  const done = new Promise<ReadOutcome>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      switch (message.type) {
        case 'progress':
          return onProgress(message.progress);
        case 'rows':
          return add(rows, message.part, message.rows);
        case 'issues':
          return add(issues, message.part, message.issues);
        case 'done': {
          worker.terminate();
          const { outcome } = message;
          const sheets = outcome.sheets?.map((sheet, i) => whole(sheet, i));
          return resolve({ ...whole(outcome, -1), sheets });
        }
        case 'failed':
          worker.terminate();
          return reject(new Error(message.message));
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'import worker failed'));
    };
  });
  worker.postMessage(request);
  return { done, cancel: () => worker.terminate() };
}

/** Where there is no Worker (jsdom, very old browsers) the same code runs inline. */
function readInline(request: ReadRequest, onProgress: (p: Progress) => void): ReadHandle {
  let cancelled = false;
  const done = readFile(request, (p) => {
    if (!cancelled) onProgress(p);
  }).then((outcome) => (cancelled ? new Promise<ReadOutcome>(() => {}) : outcome));
  return {
    done,
    cancel: () => {
      cancelled = true;
    },
  };
}

export function startRead(request: ReadRequest, onProgress: (p: Progress) => void): ReadHandle {
  return typeof Worker === 'function'
    ? readInWorker(request, onProgress)
    : readInline(request, onProgress);
}
