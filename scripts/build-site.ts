/**
 * The last step of `npm run build`: renders the data-made files (board, embed pages and their
 * variants, data/) through the site renderer, as the server does, and writes them into dist/.
 * It validates the data on the way, printing every issue as data:check does; exit 1 on error.
 *   tsx scripts/build-site.ts [dist] [data]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readDataDir } from './data-dir';
import { loadSiteRenderer } from './site-renderer';

const dist = resolve(process.argv[2] ?? 'dist');
const dataDir = resolve(process.argv[3] ?? 'data');
const lang = /^zh/i.test(process.env.LANG ?? '') ? 'zh' : 'en';

const started = performance.now();
const render = await loadSiteRenderer();
const loaded = performance.now();
const outcome = await render(readDataDir(dataDir), new Date());
if (!outcome.ok) {
  for (const { file, text } of outcome.issues)
    console.error(`${join(dataDir, file)}: ${text[lang]}`);
  console.error(`build: ${outcome.issues.length} error(s) in ${dataDir}; dist/ not written`);
  process.exit(1);
}
for (const { file, text } of outcome.warnings ?? [])
  console.warn(`${join(dataDir, file)}: ${text[lang]}`);

for (const file of outcome.files) {
  const path = join(dist, file.path);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, file.body);
}
const index = outcome.files.find((f) => f.path === 'index.html');
const kb = (body: string | Uint8Array) => (gzipSync(body).length / 1024).toFixed(1);
const embeds = outcome.files.filter((f) => f.path.startsWith('embed/')).length;
const ms = (n: number) => `${n.toFixed(0)} ms`;
const { load = 0, board = 0, embeds: embedMs = 0, cards = 0 } = outcome.timings;
console.log(
  `site: index.html ${index ? kb(index.body) : '?'} KB gzip, ${embeds} embed pages; ` +
    `renderer ready ${ms(loaded - started)}, load ${ms(load)}, board ${ms(board)}, ` +
    `embeds ${ms(embedMs)}, social cards ${ms(cards)}, total ${ms(performance.now() - started)}`,
);
