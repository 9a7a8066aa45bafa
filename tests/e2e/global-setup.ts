import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** What the build reads: when any of these is newer than dist/, dist/ is stale. */
const INPUTS = ['src', 'data', 'public', 'scripts', 'embed', 'index.html', 'vite.config.ts'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestMtime(join(path, name))),
    info.mtimeMs,
  );
}

/** Browser tests run against the built app; reuse dist/ when `npm test` has just built it. */
export default function setup() {
  const builtAt = join(ROOT, 'dist', 'index.html');
  // The site renderer's inputs too: the server tests render through them.
  const renderer = ['build/ssr/render-site.js', 'build/templates/index.html'];
  const complete = renderer.every((p) => existsSync(join(ROOT, p)));
  const built = complete && existsSync(builtAt) ? statSync(builtAt).mtimeMs : 0;
  const changed = Math.max(...INPUTS.map((p) => newestMtime(join(ROOT, p))));
  if (built >= changed) return;
  console.log(built ? 'dist/ is older than its sources: rebuilding' : 'dist/ missing: building');
  // The npm script, not bare `vite build`: it also builds the site renderer and renders with it.
  // Vitest sets NODE_ENV=test, which would give dist/ React's development build.
  execSync('npm run build', {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
