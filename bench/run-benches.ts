/** Runs each bench in turn, even after one misses its goal, and fails at the end if any did. */
import { spawnSync } from 'node:child_process';

const benches: string[][] = [
  ['--expose-gc', '--import', 'tsx', 'bench/import-bench.ts'],
  ['--import', 'tsx', 'bench/workbook-bench.ts'],
  ['--import', 'tsx', 'bench/import-browser-bench.ts'],
];

let failed = 0;
for (const args of benches) {
  const run = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (run.status !== 0) failed += 1;
}
if (failed > 0) {
  console.error(`${failed} of ${benches.length} benches missed a goal or failed`);
  process.exit(1);
}
