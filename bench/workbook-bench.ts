/**
 * `npm run bench` (workbook rows): the import path for a SYNTHETIC
 * 200,000-row services .xlsx (checked unzip, read-excel-file, cell
 * conversion, validation) against bare read-excel-file on the same file, in
 * the same run. Each side runs in its own child process, so each peak RSS is
 * its own.
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

// read-excel-file 9.3.17 itself overflows its stack on 200,000 rows (after ~100 s here); BENCH_XLSX_ROWS sets a smaller run.
const ROWS = Number(process.env.BENCH_XLSX_ROWS ?? 200_000);
const RUNS = 3;
type Side = 'ours' | 'bare';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** One side, in this process: prints its times and its peak RSS as JSON. */
async function runSide(side: Side, file: string) {
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
    const rows = await read(bytes);
    ms.push(performance.now() - start);
    if (rows !== ROWS) throw new Error(`${side}: ${rows} rows`);
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

function child(side: Side, file: string): { ms: number[]; rssMb: number } {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'bench/workbook-bench.ts', `--side=${side}`, file],
    { encoding: 'utf8', maxBuffer: 2 ** 20 },
  );
  if (run.status !== 0) throw new Error(`${side} failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!) as { ms: number[]; rssMb: number };
}

const sideArg = process.argv.find((a) => a.startsWith('--side='))?.slice(7) as Side | undefined;
if (sideArg) await runSide(sideArg, process.argv.at(-1)!);
else {
  const dir = mkdtempSync(join(tmpdir(), 'workbook-bench-'));
  try {
    const file = join(dir, 'synthetic-200k.xlsx');
    await writeSyntheticServicesWorkbook(ROWS, file);
    await bundle();
    const ours = child('ours', file);
    const bare = child('bare', file);
    const ratio = median(ours.ms) / median(bare.ms);
    console.log(
      `SYNTHETIC ${ROWS.toLocaleString('en-US')}-row services .xlsx (${(statSync(file).size / 2 ** 20).toFixed(1)} MB), median of ${RUNS} runs: ` +
        `readStaffFile ${median(ours.ms).toFixed(0)} ms, bare read-excel-file ${median(bare.ms).toFixed(0)} ms, ` +
        `ratio ${ratio.toFixed(2)}× (goal ≤ 1.5×); peak RSS ${ours.rssMb.toFixed(0)} MB vs ${bare.rssMb.toFixed(0)} MB`,
    );
    if (ratio > 1.5) console.log('workbook ratio goal NOT met');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
