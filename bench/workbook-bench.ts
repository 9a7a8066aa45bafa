/**
 * `npm run bench` (workbook rows): the import path for SYNTHETIC services
 * .xlsx files (checked unzip, read-excel-file, cell conversion, validation)
 * against bare read-excel-file on the same file, in the same run. Bare
 * read-excel-file 9.3.17 cannot read 200,000 rows (its sheet reader overflows
 * the stack, see docs/reliability.md), so the ratio is taken at 50,000 rows
 * and at 100,000, the largest size it has read here (not on every run: on a
 * busy CPU it fails there too, and the run says so); at 200,000 our path's
 * time and peak RSS are reported alone. Each side runs in its own child process,
 * so each peak RSS is its own.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import type { StaffFileRead } from '../src/core/staff-file';
import { writeSyntheticServicesWorkbook } from './synthetic-services';

const RATIO_ROWS = [50_000, 100_000];
const ROWS = 200_000;
const RUNS = 3;
type Side = 'ours' | 'bare';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** One side, in this process: prints its times and its peak RSS as JSON. */
async function runSide(side: Side, rows: number, file: string) {
  const bytes = new Uint8Array(readFileSync(file));
  let read: (b: Uint8Array) => Promise<number>;
  if (side === 'ours') {
    const url = pathToFileURL('bench/out/workbook/staff-file.js').href;
    const { readStaffFile } = (await import(url)) as {
      readStaffFile: (b: Uint8Array, name: string) => Promise<StaffFileRead>;
    };
    read = async (b) => {
      const result = (await readStaffFile(b, 'services.xlsx')).sheets[0]?.result;
      if (!result?.ok) throw new Error('ours: not ok');
      return result.dataset.rows.length;
    };
  } else {
    const { default: readXlsxFile } = await import('read-excel-file/universal');
    read = async (b) => (await readXlsxFile(b.slice().buffer))[0]!.data.length - 1;
  }
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const got = await read(bytes);
    ms.push(performance.now() - start);
    if (got !== rows) throw new Error(`${side}: ${got} rows`);
  }
  console.log(JSON.stringify({ ms, rssMb: process.resourceUsage().maxRSS / 1024 }));
}

async function bundle() {
  // The core as Vite bundles it for the app (read-excel-file included), as the CSV bench does.
  await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      ssr: 'src/core/staff-file.ts',
      outDir: 'bench/out/workbook',
      emptyOutDir: true,
      minify: true,
      target: 'node20',
    },
    ssr: { noExternal: true },
  });
}

type Measured = { ms: number[]; rssMb: number } | { error: string };

function child(side: Side, rows: number, file: string): Measured {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'bench/workbook-bench.ts', `--side=${side}`, `--rows=${rows}`, file],
    { encoding: 'utf8', maxBuffer: 2 ** 20 },
  );
  if (run.status === 0) return JSON.parse(run.stdout.trim().split('\n').at(-1)!) as Measured;
  return { error: /^\w*Error: .*$/m.exec(run.stderr)?.[0] ?? `exit ${run.status}` };
}

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const sideArg = arg('side') as Side | undefined;
const mb = (file: string) => (statSync(file).size / 2 ** 20).toFixed(1);
if (sideArg) await runSide(sideArg, Number(arg('rows')), process.argv.at(-1)!);
else {
  const dir = mkdtempSync(join(tmpdir(), 'workbook-bench-'));
  let missed = false;
  let ratios = 0;
  try {
    await bundle();
    for (const rows of RATIO_ROWS) {
      const file = join(dir, `synthetic-${rows}.xlsx`);
      await writeSyntheticServicesWorkbook(rows, file);
      const ours = child('ours', rows, file);
      if ('error' in ours) throw new Error(`ours failed on ${rows} rows: ${ours.error}`);
      const bare = child('bare', rows, file);
      const head = `SYNTHETIC ${rows.toLocaleString('en-US')}-row services .xlsx (${mb(file)} MB), median of ${RUNS} runs: readStaffFile ${median(ours.ms).toFixed(0)} ms`;
      // How far bare read-excel-file gets depends on the CPU: its chunks shrink as it slows.
      if ('error' in bare) {
        console.log(
          `${head}, peak RSS ${ours.rssMb.toFixed(0)} MB; bare read-excel-file failed in this run (${bare.error}), so no ratio at this size`,
        );
        continue;
      }
      const ratio = median(ours.ms) / median(bare.ms);
      ratios++;
      missed ||= ratio > 1.5;
      console.log(
        `${head}, bare read-excel-file ${median(bare.ms).toFixed(0)} ms, ` +
          `ratio ${ratio.toFixed(2)}× (goal ≤ 1.5×); peak RSS ${ours.rssMb.toFixed(0)} MB vs ${bare.rssMb.toFixed(0)} MB`,
      );
    }
    const file = join(dir, `synthetic-${ROWS}.xlsx`);
    await writeSyntheticServicesWorkbook(ROWS, file);
    const ours = child('ours', ROWS, file);
    if ('error' in ours) throw new Error(`ours failed on ${ROWS} rows: ${ours.error}`);
    console.log(
      `SYNTHETIC ${ROWS.toLocaleString('en-US')}-row services .xlsx (${mb(file)} MB), median of ${RUNS} runs: ` +
        `readStaffFile ${median(ours.ms).toFixed(0)} ms, peak RSS ${ours.rssMb.toFixed(0)} MB; ` +
        `bare read-excel-file 9.3.17 cannot read it (stack overflow), so no ratio at this size`,
    );
    missed ||= ratios === 0;
    if (missed) console.log('workbook ratio goal NOT met (or no ratio measured)');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (missed) process.exitCode = 1;
}
