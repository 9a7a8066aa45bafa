// On Node 20 a worker does not get tsx's `--import` hooks before its entry loads, so the
// worker registers tsx itself and then loads the TypeScript worker.
import { tsImport } from 'tsx/esm/api';

await tsImport('./render-worker.ts', import.meta.url);
