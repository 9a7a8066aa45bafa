/**
 * Runs after `vite build`: renders the dashboard's first view with React on the server, from
 * the data/ files the build bundles, into dist/index.html, so its figures and charts show
 * before (and without) any script.
 *   tsx scripts/prerender-dashboard.ts [dist]
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createServer, isRunnableDevEnvironment } from 'vite';
import type { InitialData } from '../src/app/initial-data';
import type * as PrerenderModule from '../src/app/prerender';
import { decodeBytes } from '../src/core/decode';

const dist = resolve(process.argv[2] ?? 'dist');
const data = join(dist, 'data');
const indexPath = join(dist, 'index.html');

function fail(message: string): never {
  console.error(`prerender-dashboard: ${message}`);
  process.exit(1);
}

/** The files as the host will serve them: dist/data/, copied from data/ by the build. */
function bundledData(): InitialData {
  const files: InitialData['files'] = {};
  for (const name of readdirSync(data)) {
    if (!/\.(csv|json)$/.test(name)) continue;
    const path = join(data, name);
    const decoded = decodeBytes(new Uint8Array(readFileSync(path)));
    if (!decoded.ok) fail(`${name} is not readable text; run npm run data:check`);
    files[name] = { text: decoded.text, modifiedAt: statSync(path).mtimeMs };
  }
  return { builtAt: Date.now(), files };
}

let template: string;
try {
  template = readFileSync(indexPath, 'utf8');
} catch {
  fail(`${indexPath} is missing: run vite build first`);
}

// Vite loads the server entry as it does in dev: TSX, JSON and CSS imports (dropped on the server).
const server = await createServer({
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false },
  optimizeDeps: { noDiscovery: true, include: [] },
});
try {
  const ssr = server.environments.ssr;
  if (!isRunnableDevEnvironment(ssr)) fail('the ssr environment cannot run modules');
  const { renderDashboard, assembleDashboard, linkedStylesheets } =
    await ssr.runner.import<typeof PrerenderModule>('/src/app/prerender.tsx');
  const initial = bundledData();
  const css = linkedStylesheets(template)
    .map((href) => readFileSync(join(dist, href), 'utf8'))
    .join('\n');
  const html = assembleDashboard(template, {
    html: await renderDashboard(initial),
    css,
    data: initial,
  });
  writeFileSync(indexPath, html);
  console.log(`index.html: ${(gzipSync(html).length / 1024).toFixed(1)} KB gzip, pre-rendered`);
} finally {
  await server.close();
}
