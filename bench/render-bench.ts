/**
 * The site renderer's speed, as the server uses it: loaded once, then one render per publish.
 * Prints each run's split (load, board, embeds) and the warm median; run npm run build first.
 *   tsx bench/render-bench.ts [runs]
 */
import { readDataDir } from '../scripts/data-dir';
import { loadSiteRenderer } from '../scripts/site-renderer';

const runs = Number(process.argv[2] ?? 6);
const t0 = performance.now();
const render = await loadSiteRenderer();
console.log(`renderer loaded in ${(performance.now() - t0).toFixed(0)} ms`);
const totals: number[] = [];
for (let i = 0; i < runs; i++) {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const outcome = await render(readDataDir('data'), new Date());
  const total = performance.now() - start;
  const used = process.cpuUsage(cpu);
  // CPU time is what a busy shared machine does not inflate; wall time is what a reader waits.
  const cpuMs = (used.user + used.system) / 1000;
  if (!outcome.ok) throw new Error('data/ does not validate');
  const split = Object.entries(outcome.timings)
    .map(([k, ms]) => `${k} ${ms.toFixed(0)} ms`)
    .join(', ');
  console.log(
    `run ${i + 1}: ${split}, wall ${total.toFixed(0)} ms, CPU ${cpuMs.toFixed(0)} ms, ${outcome.files.length} files`,
  );
  if (i > 0) totals.push(cpuMs);
}
totals.sort((a, b) => a - b);
console.log(`warm median CPU: ${(totals[Math.floor(totals.length / 2)] ?? NaN).toFixed(0)} ms`);
