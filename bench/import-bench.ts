/**
 * `npm run bench`: times the import path (decode + parse + validate) on a
 * synthetic 200,000-row services CSV, in UTF-8 and in GBK, against a bare
 * Papa.parse of the same decoded text.
 */
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import type { ReadOptions } from '../src/core/read-csv';
import type { ReadResult } from '../src/core/types';
import { syntheticServicesCsv } from './synthetic-services';

type ReadCsv = (bytes: Uint8Array, options: ReadOptions) => ReadResult;

/** The core as Vite bundles it for the app: tsx's keepNames transform would slow it ~2×. */
async function bundledReadCsv(): Promise<ReadCsv> {
  await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      ssr: 'src/core/read-csv.ts',
      outDir: 'bench/out/core',
      emptyOutDir: true,
      minify: true,
      target: 'node20',
    },
    ssr: { noExternal: true },
  });
  const url = pathToFileURL('bench/out/core/read-csv.js').href;
  const mod = (await import(url)) as { readCsv: ReadCsv };
  return mod.readCsv;
}

const readCsv = await bundledReadCsv();

const ROWS = 200_000;

const RUNS = 5;
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const gc = (globalThis as { gc?: () => void }).gc;

function time(run: () => unknown): { ms: number; heapMb: number } {
  gc?.();
  const base = process.memoryUsage().heapUsed;
  const start = performance.now();
  const result = run();
  const ms = performance.now() - start;
  // Measured while the result is still alive: what the import holds at its end.
  const heapMb = (process.memoryUsage().heapUsed - base) / 2 ** 20;
  if (!result) throw new Error('no result');
  return { ms, heapMb };
}

function bench(label: string, bytes: Uint8Array, text: string, options: ReadOptions) {
  const ours: number[] = [];
  const bare: number[] = [];
  let heap = 0;
  for (let i = 0; i < RUNS; i++) {
    const read = time(() => {
      const result = readCsv(bytes, options);
      if (!result.ok || result.dataset.rows.length !== ROWS) throw new Error(`${label}: not ok`);
      return result;
    });
    ours.push(read.ms);
    heap = Math.max(heap, read.heapMb);
    bare.push(time(() => Papa.parse<string[]>(text)).ms);
  }
  const ms = median(ours);
  const papa = median(bare);
  console.log(
    `${label.padEnd(6)} ${(bytes.length / 2 ** 20).toFixed(1)} MB  ` +
      `readCsv ${ms.toFixed(0)} ms = ${Math.round(ROWS / (ms / 1000)).toLocaleString('en-US')} rows/s  ` +
      `bare Papa.parse ${papa.toFixed(0)} ms  ratio ${(ms / papa).toFixed(2)}×  ` +
      `heap held after readCsv ${heap.toFixed(0)} MB`,
  );
  return ms / papa;
}

const text = syntheticServicesCsv(ROWS);
const utf8 = new TextEncoder().encode(text);
const gbk = new Uint8Array(iconv.encode(text, 'gbk'));
console.log(
  `SYNTHETIC data: ${ROWS.toLocaleString('en-US')} generated services rows (not real figures); ` +
    `median of ${RUNS} runs each${gc ? '' : '; run with --expose-gc for steadier heap figures'}.`,
);
const fileName = 'services.csv';
const ratios = [bench('UTF-8', utf8, text, { fileName })];
const detected = readCsv(gbk, { fileName });
if (detected.ok) ratios.push(bench('GBK', gbk, text, { fileName }));
else {
  const codes = detected.issues.map((i) => i.code).join(', ');
  console.log(`GBK    encoding detection FAILED (${codes}); timing with gb18030 picked by hand:`);
  ratios.push(bench('GBK*', gbk, text, { fileName, encoding: 'gb18030' }));
}
const peak = process.resourceUsage().maxRSS / 1024;
console.log(`peak RSS of the whole run ${peak.toFixed(0)} MB; goal ratio < 1.5×`);
if (ratios.some((r) => r >= 1.5)) console.log('ratio goal NOT met');
