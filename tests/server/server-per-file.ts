import { afterAll, beforeAll } from 'vitest';
import { startServer, tempDirs, type Dirs, type RunningServer } from './server-process';

/**
 * One server for a test file, started as `npm start` starts it before the file's tests and
 * stopped by its PID after them, with its state and inbox folders removed.
 */
export function serverPerFile(extra?: Record<string, string>): {
  readonly dirs: Dirs;
  readonly server: RunningServer;
} {
  let dirs: Dirs | undefined;
  let server: RunningServer | undefined;
  beforeAll(async () => {
    dirs = tempDirs();
    server = await startServer(dirs, extra);
  });
  afterAll(async () => {
    await server?.stop();
    dirs?.remove();
  });
  return {
    get dirs() {
      return dirs!;
    },
    get server() {
      return server!;
    },
  };
}

/**
 * Folders for a test file whose state already holds the bundled data's first generation: one
 * start publishes it, then that server stops, so each test starts its own server on it.
 */
export function bundledStatePerFile(): { readonly dirs: Dirs } {
  let dirs: Dirs | undefined;
  beforeAll(async () => {
    dirs = tempDirs();
    const first = await startServer(dirs);
    await first.stop();
  });
  afterAll(() => dirs?.remove());
  return {
    get dirs() {
      return dirs!;
    },
  };
}
