/**
 * npm run bench:publish: the publishing service measured on this machine.
 *   1. inbox → served no-JS HTML showing the new figure, with the server's split;
 *   2. stale figure on the throttled phone profile after a publish (board and services embed);
 *   3. reading under publishing: autocannon, 50 connections on /, an embed and a data file,
 *      while 20 publishes run, against the same run with no publishing.
 * The data are the bundled files with 全城通办 changed: synthetic figures, never shown as real.
 */
import autocannon from 'autocannon';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/browser';
import {
  servicesWith,
  startServer,
  tempDirs,
  waitFor,
  type RunningServer,
} from '../tests/server/server-process';
import { median } from './first-chart';
import { watchStaleFigure } from './stale-figure';

const RUNS = 5;
const PUBLISHES = 20;

const dirs = tempDirs();
const server = await startServer(dirs);
let next = 700;

/** Drops a file the way a copy tool finishing with a rename does; resolves when `/` shows it. */
async function publishThroughInbox(s: RunningServer) {
  const figure = next++;
  const logged = s.output().length;
  const start = performance.now();
  writeFileSync(join(dirs.inbox, `.bench-${figure}.part`), servicesWith(figure));
  renameSync(join(dirs.inbox, `.bench-${figure}.part`), join(dirs.inbox, `bench-${figure}.csv`));
  await waitFor(
    async () => (await (await fetch(s.url)).text()).includes(`全城通办${figure}件`),
    30_000,
  );
  const total = performance.now() - start;
  await s.waitForOutput(new RegExp(`bench-${figure}\\.csv: published`));
  const line = s
    .output()
    .slice(logged)
    .split('\n')
    .find((l) => l.includes(`bench-${figure}.csv`))!;
  const split = Object.fromEntries(
    [...line.matchAll(/(\w+) (\d+) ms/g)].map((m) => [m[1]!, Number(m[2])]),
  );
  return { figure, total, split };
}

try {
  console.log(`# Publish speed: inbox → no-JS HTML shows the new figure (${RUNS} runs)`);
  const runs: Awaited<ReturnType<typeof publishThroughInbox>>[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await publishThroughInbox(server));
  const keys = [...new Set(runs.flatMap((r) => Object.keys(r.split)))];
  const med = (k: string) => median(runs.map((r) => r.split[k] ?? 0));
  const totals = runs.map((r) => r.total);
  console.log(
    `landing → fresh HTML: median ${median(totals).toFixed(0)} ms, max ${Math.max(...totals).toFixed(0)} ms (budget 2000 ms)`,
  );
  console.log(
    `  of which waiting for the file to be stable: ${(median(totals) - med('total')).toFixed(0)} ms`,
  );
  console.log(`  server split (median ms): ${keys.map((k) => `${k} ${med(k)}`).join(', ')}`);

  console.log('\n# Stale figure on the throttled phone profile after a publish');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const before = next - 1;
  const fresh = await publishThroughInbox(server);
  for (const path of ['', 'embed/services.html']) {
    const seen = await watchStaleFigure(browser, server.url + path, before, fresh.figure);
    console.log(
      `${path || '/'}: old figure ${before} visible ${seen.staleMs} ms; new figure ${fresh.figure} first seen at ${seen.freshAt.toFixed(0)} ms`,
    );
  }
  await browser.close();

  console.log(`\n# Reading under publishing: autocannon, 50 connections, ${PUBLISHES} publishes`);
  const figures = new Map<string, number>();
  const figureOf = (gen: string) => {
    if (!figures.has(gen)) {
      const meta = JSON.parse(
        readFileSync(join(dirs.state, 'generations', gen, 'generation.json'), 'utf8'),
      ) as {
        data: Record<string, { sha: string }>;
      };
      const csv = readFileSync(
        join(dirs.state, 'versions', meta.data['services.csv']!.sha),
        'utf8',
      );
      figures.set(gen, Number(/^2021,全城通办,(\d+)/m.exec(csv)![1]));
    }
    return figures.get(gen)!;
  };
  /**
   * autocannon joins body chunks with `+=` on Buffers, so a Chinese character split between two
   * TCP reads arrives as U+FFFD. The figure's digits are ASCII and always intact: the needle lets
   * each non-ASCII character be replacement characters instead, and still names one figure.
   */
  const needle = (text: string) =>
    new RegExp(
      [...text].map((ch) => (ch.charCodeAt(0) < 128 ? ch : `(?:${ch}|\uFFFD{1,3})`)).join(''),
    );
  const load = async (publishes: number, seconds: number) => {
    let wrong = 0;
    let unnamed = 0;
    let split = 0;
    const samples: string[] = [];
    const check =
      (kind: 'html' | 'csv', path: string) =>
      (
        status: number,
        body: string,
        _c: object,
        headers?: Record<string, string | string[] | undefined>,
      ) => {
        // Non-2xx are counted with the errors; a 200 must name its generation and hold its figure.
        if (status !== 200) return;
        const gen = String(headers?.['x-putuo-generation'] ?? '');
        if (!gen) {
          unnamed++;
          if (samples.length < 5) samples.push(`${path}: 200 without a generation header`);
          return;
        }
        const figure = figureOf(gen);
        const expected = kind === 'csv' ? `2021,全城通办,${figure}` : `全城通办${figure}件`;
        if (body.includes('\uFFFD')) split++;
        if (needle(expected).test(body)) return;
        wrong++;
        if (samples.length < 5)
          samples.push(
            `${path}: ${gen} should hold ${figure}; body ${body.length} chars, ` +
              `figures in it: ${[...body.matchAll(/全城通办(\d+)件|全城通办,(\d+)/g)].map((m) => m[1] ?? m[2]).join(' ') || 'none'}`,
          );
      };
    const start = performance.now();
    let finish: (r: autocannon.Result) => void = () => undefined;
    const finished = new Promise<autocannon.Result>((done) => (finish = done));
    const instance = autocannon(
      {
        url: server.url,
        connections: 50,
        duration: seconds,
        requests: [
          { method: 'GET', path: '/', onResponse: check('html', '/') },
          {
            method: 'GET',
            path: '/embed/services.html',
            onResponse: check('html', '/embed/services.html'),
          },
          {
            method: 'GET',
            path: '/data/services.csv',
            onResponse: check('csv', '/data/services.csv'),
          },
        ],
      },
      (err, result) => {
        if (err) console.error(err);
        finish(result);
      },
    );
    for (let n = 0; n < publishes; n++) await publishThroughInbox(server);
    if (publishes > 0) instance.stop();
    const result = await finished;
    return { result, wrong, unnamed, split, samples, seconds: (performance.now() - start) / 1000 };
  };
  const busy = await load(PUBLISHES, 600);
  const quiet = await load(0, Math.max(5, Math.round(busy.seconds)));
  for (const [name, r] of [
    ['no publishing', quiet],
    ['publishing', busy],
  ] as const) {
    const res = r.result;
    console.log(
      `${name.padEnd(14)} ${res.requests.average.toFixed(0)} req/s, p99 ${res.latency.p99} ms, ` +
        `errors ${res.errors + res.timeouts + res.non2xx} (connection ${res.errors}, timeouts ${res.timeouts}, non-2xx ${res.non2xx}), ` +
        `generation/data mismatches ${r.wrong}, 200s without a generation ${r.unnamed}, ` +
        `${res.requests.total} requests in ${r.seconds.toFixed(0)} s ` +
        `(${r.split} bodies with a character split across reads, read leniently)`,
    );
    for (const s of r.samples) console.log(`  mismatch: ${s}`);
  }
  console.log(
    `publishing / no publishing: req/s ×${(busy.result.requests.average / quiet.result.requests.average).toFixed(2)}, ` +
      `p99 ×${(busy.result.latency.p99 / quiet.result.latency.p99).toFixed(2)}`,
  );
} finally {
  await server.stop();
  dirs.remove();
}
