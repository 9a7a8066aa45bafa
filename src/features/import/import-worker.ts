import { readFile, type PartOutcome, type ReadRequest } from './read-file';
import { CHUNK, type WorkerMessage } from './worker-protocol';

// The project's lib is DOM; these two members are all the worker scope needs.
const scope = self as unknown as {
  postMessage(message: WorkerMessage): void;
  onmessage: ((event: MessageEvent<ReadRequest>) => void) | null;
};
const post = (message: WorkerMessage) => scope.postMessage(message);

/** Sends a part's rows and issues in chunks and returns it without them. */
function sendPart<T extends PartOutcome>(outcome: T, part: number): T {
  const { dataset, issues } = outcome;
  for (let i = 0; i < issues.length; i += CHUNK) {
    post({ type: 'issues', part, issues: issues.slice(i, i + CHUNK) });
  }
  const rows = dataset?.rows ?? [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    post({ type: 'rows', part, rows: rows.slice(i, i + CHUNK) });
  }
  return { ...outcome, issues: [], dataset: dataset ? { ...dataset, rows: [] } : undefined };
}

scope.onmessage = async (event: MessageEvent<ReadRequest>) => {
  try {
    const outcome = await readFile(event.data, (progress) => post({ type: 'progress', progress }));
    const sheets = outcome.sheets?.map((sheet, i) => sendPart(sheet, i));
    post({ type: 'done', outcome: { ...sendPart(outcome, -1), sheets } });
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
