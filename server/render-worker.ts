/** The render worker: loads the site renderer once, then renders each request off the server's loop. */
import { parentPort, workerData } from 'node:worker_threads';
import { loadSiteRenderer } from '../scripts/site-renderer';
import type { RenderReply, RenderRequest } from './render-host';

const port = parentPort!;
const reply = (m: RenderReply) => port.postMessage(m);

loadSiteRenderer({ buildDir: (workerData as { buildDir: string }).buildDir }).then(
  (render) => {
    port.on('message', (req: RenderRequest) => {
      // Test-only (PUTUO_FAULT=render:crash-N): the worker dies as an OOM kill or a native fault would.
      if (req.crash) process.exit(70);
      render(req.data, new Date(req.now)).then(
        (outcome) => reply({ id: req.id, outcome }),
        (e: unknown) => reply({ id: req.id, error: (e as Error).message }),
      );
    });
    reply({ ready: true });
  },
  (e: unknown) => reply({ loadError: (e as Error).message }),
);
