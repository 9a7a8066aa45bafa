/**
 * Screenshots of the wall display (?mode=wall) at each shape of WALL_SHAPES, motion off, into
 * docs/screens/ for the README. Run `npm run build` first.
 *   tsx scripts/wall-screens.ts [outDir]
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchBrowser } from '../tests/e2e/browser';
import { startStaticServer } from '../tests/e2e/static-server';
import { openWallAt, WALL_SHAPES } from '../tests/e2e/wall-shapes';

const out = resolve(process.argv[2] ?? 'docs/screens');
const dist = resolve('dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
mkdirSync(out, { recursive: true });

const server = await startStaticServer(dist);
const browser = await launchBrowser();
try {
  for (const shape of WALL_SHAPES) {
    const opened = await openWallAt(browser, `${server.url}?mode=wall`, shape);
    const path = join(out, `wall-${shape.name}.png`);
    await opened.page.screenshot({ path, animations: 'disabled', caret: 'hide' });
    await opened.close();
    console.log(`${path}: ${shape.width}×${shape.height} CSS px at ${shape.dpr}×`);
  }
} finally {
  await browser.close();
  await server.close();
}
