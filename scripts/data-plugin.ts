import { cpSync, createReadStream, existsSync, statSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Serves `data/` in dev and copies it to `dist/data/` on build. The app fetches
 * it at run time, so staff can replace a file on the host without a rebuild.
 */
export function dataFolder(dir = 'data'): Plugin {
  const root = resolve(dir);
  let outDir: string | undefined;
  return {
    name: 'data-folder',
    configResolved(config) {
      // Vitest also closes the bundle, with a placeholder outDir; only a real build copies.
      if (config.command === 'build' && !config.build.ssr)
        outDir = resolve(config.root, config.build.outDir);
    },
    configureServer(server) {
      server.middlewares.use('/data/', (req, res, next) => {
        const file = normalize(join(root, decodeURIComponent((req.url ?? '').split('?')[0] ?? '')));
        if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) return next();
        res.setHeader(
          'Content-Type',
          file.endsWith('.json') ? 'application/json' : 'text/csv; charset=utf-8',
        );
        createReadStream(file).pipe(res);
      });
    },
    closeBundle() {
      if (outDir) cpSync(root, join(outDir, 'data'), { recursive: true });
    },
  };
}
