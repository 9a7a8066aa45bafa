import {
  copyFileSync,
  createReadStream,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { dirname, join, normalize, posix, resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Serves `data/` in dev. A build does not copy it: the site renderer writes `dist/data/` with
 * the very bytes it rendered from (scripts/build-site.ts).
 */
export function dataFolder(dir = 'data'): Plugin {
  const root = resolve(dir);
  return {
    name: 'data-folder',
    apply: 'serve',
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
  };
}

const STYLESHEET_HREF = /<link rel="stylesheet"[^>]*href="([^"]+)"/g;

/**
 * Moves the built pages the renderer fills in (index.html, embed/chart.html) out of the served
 * dist/ into build/templates/, with a copy of the stylesheets they link: the renderer's inputs.
 */
export function siteTemplates(pages: string[], buildDir = 'build'): Plugin {
  let outDir: string | undefined;
  const templates = resolve(buildDir, 'templates');
  return {
    name: 'site-templates',
    apply: 'build',
    configResolved(config) {
      // Vitest also closes the bundle, with a placeholder outDir; only a real client build moves.
      if (!config.build.ssr) outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      if (!outDir || !existsSync(join(outDir, pages[0] ?? ''))) return;
      rmSync(templates, { recursive: true, force: true });
      for (const page of pages) {
        const from = join(outDir, page);
        const to = join(templates, page);
        mkdirSync(dirname(to), { recursive: true });
        for (const [, href = ''] of readFileSync(from, 'utf8').matchAll(STYLESHEET_HREF)) {
          const css = posix.join(posix.dirname(page), href);
          mkdirSync(dirname(join(templates, css)), { recursive: true });
          copyFileSync(join(outDir, css), join(templates, css));
        }
        renameSync(from, to);
      }
    },
  };
}
