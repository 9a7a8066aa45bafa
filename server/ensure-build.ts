/**
 * `npm start`'s first step: run `npm run build` when dist/ or build/ is missing or older than
 * what the build reads. The server itself never builds; it renders data in-process.
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './config';

const INPUTS = [
  'src',
  'public',
  'scripts',
  'embed',
  'index.html',
  'vite.config.ts',
  'package.json',
];
const OUTPUTS = ['dist/index.html', 'build'];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((n, name) => Math.max(n, newest(join(path, name))), info.mtimeMs);
}

function oldest(paths: string[]): number {
  return Math.min(
    ...paths.map((p) => (existsSync(join(PROJECT_ROOT, p)) ? newest(join(PROJECT_ROOT, p)) : 0)),
  );
}

const built = oldest(OUTPUTS);
const changed = Math.max(...INPUTS.map((p) => newest(join(PROJECT_ROOT, p))));
if (built < changed) {
  console.log(built ? 'dist/ is older than its sources: building' : 'no build yet: building');
  execSync('npm run build', {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
