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
