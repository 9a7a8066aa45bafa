import { Worker } from 'node:worker_threads';
import type { DataFile, RenderOutcome, SiteRenderer } from '../scripts/site-renderer';
import { renderFault } from './faults';

export interface RenderRequest {
  id: number;
  data: DataFile[];
  now: number;
  crash?: boolean;
}
export type RenderReply =
  | { ready: true }
  | { loadError: string }
  | { id: number; outcome: RenderOutcome }
  | { id: number; error: string };

/** The render worker stopped in the middle of a render: that publish fails, live stays as it was. */
export class RenderCrash extends Error {}

export interface RenderHost {
  render: SiteRenderer;
  close(): Promise<void>;
}

const BOOT = new URL('./render-worker-boot.mjs', import.meta.url);

/**
 * Runs the site renderer in one long-lived worker thread, so a render (seconds of CPU) never
 * stalls the readers served on the main loop. A worker that dies fails the render under way and
 * is started again for the next one. Resolves once the first worker has loaded the renderer.
 */
export async function startRenderHost(buildDir: string): Promise<RenderHost> {
  let worker: Promise<Worker> | undefined;
  let waiting: { id: number; done(o: RenderOutcome): void; fail(e: Error): void } | undefined;
  let closing = false;
  let count = 0;
  let tail: Promise<unknown> = Promise.resolve();

  const start = () =>
    new Promise<Worker>((ready, fail) => {
      // React's production build: `npm start` sets no NODE_ENV, and the development build renders
      // the same HTML more slowly, with checks meant for a developer's console.
      const w = new Worker(BOOT, {
        workerData: { buildDir },
        env: { ...process.env, NODE_ENV: 'production' },
      });
      let loaded = false;
      let error: Error | undefined;
      w.on('message', (m: RenderReply) => {
        if ('ready' in m) {
          loaded = true;
          ready(w);
        } else if ('loadError' in m) {
          error = new Error(m.loadError);
          void w.terminate();
        } else if (waiting?.id === m.id) {
          const p = waiting;
          waiting = undefined;
          if ('outcome' in m) p.done(m.outcome);
          else p.fail(new Error(m.error));
        }
      });
      w.on('error', (e) => (error = e));
      w.on('exit', (code) => {
        worker = undefined;
        const why = loaded
          ? new RenderCrash(
              `the render worker stopped (exit code ${code}${error ? `: ${error.message}` : ''})`,
            )
          : (error ?? new Error(`the render worker stopped while loading (exit code ${code})`));
        if (!loaded) fail(why);
        if (waiting && !closing) waiting.fail(why);
        waiting = undefined;
      });
    });

  const renderOnce = async (data: DataFile[], now: Date): Promise<RenderOutcome> => {
    const w = await (worker ??= start());
    const id = ++count;
    return new Promise<RenderOutcome>((done, fail) => {
      waiting = { id, done, fail };
      const req: RenderRequest = { id, data, now: now.getTime(), crash: renderFault(id) };
      w.postMessage(req);
    });
  };

  await (worker = start());
  return {
    render: (data, now) => {
      const next = tail.then(
        () => renderOnce(data, now),
        () => renderOnce(data, now),
      );
      tail = next.catch(() => undefined);
      return next;
    },
    close: async () => {
      closing = true;
      const w = await worker?.catch(() => undefined);
      await w?.terminate();
    },
  };
}
