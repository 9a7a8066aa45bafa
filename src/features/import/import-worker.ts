import { readFile, type ReadRequest } from './read-file';
import { CHUNK, type WorkerMessage } from './worker-protocol';

// The project's lib is DOM; these two members are all the worker scope needs.
const scope = self as unknown as {
  postMessage(message: WorkerMessage): void;
  onmessage: ((event: MessageEvent<ReadRequest>) => void) | null;
};
const post = (message: WorkerMessage) => scope.postMessage(message);

scope.onmessage = async (event: MessageEvent<ReadRequest>) => {
  try {
    const outcome = await readFile(event.data, (progress) => post({ type: 'progress', progress }));
    const { dataset, issues } = outcome;
    for (let i = 0; i < issues.length; i += CHUNK) {
      post({ type: 'issues', issues: issues.slice(i, i + CHUNK) });
    }
    const rows = dataset?.rows ?? [];
    for (let i = 0; i < rows.length; i += CHUNK) {
      post({ type: 'rows', rows: rows.slice(i, i + CHUNK) });
    }
    const shell = dataset ? { ...dataset, rows: [] } : undefined;
    post({ type: 'done', outcome: { ...outcome, issues: [], dataset: shell } });
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
