import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../tests/e2e/browser';
import { startStaticServer, type StaticServer } from '../tests/e2e/static-server';
import { firstChartMs, median } from './first-chart';
import { runLighthouse, type Preset } from './lighthouse-run';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const dist = resolve('dist');
/** An earlier build's dist/ (BENCH_BEFORE=../old/dist): measured in the same run, interleaved. */
const beforeDist = process.env.BENCH_BEFORE ? resolve(process.env.BENCH_BEFORE) : undefined;
const refDist = resolve('bench/out/chartjs-ref');

if (!existsSync(resolve(dist, 'index.html'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
execFileSync(
  'node',
  [
    'node_modules/vite/bin/vite.js',
    'build',
    '--logLevel',
    'error',
    '-c',
    'bench/chartjs-ref/vite.config.ts',
  ],
  { stdio: 'inherit' },
);

const embedPages = ['services', 'crime', 'patrol']
  .map((id) => `embed/${id}.html`)
  .filter((p) => existsSync(resolve(dist, p)));
const pages: { name: string; path: string }[] = [
  { name: 'dashboard', path: '' },
  // The wall display is the same app at ?mode=wall.
  { name: 'wall', path: '?mode=wall' },
  ...embedPages.map((p) => ({ name: p, path: p })),
];

function gzipOf(server: StaticServer, root: string, urls: string[]): number {
  return urls
    .filter((u) => u.startsWith(server.url))
    .map((u) => resolve(root, new URL(u).pathname.slice(1)))
    .filter((f) => existsSync(f))
    .reduce((sum, f) => sum + gzipSync(readFileSync(f)).length, 0);
}

// Both served gzipped, as a real host would serve them.
const site = await startStaticServer(dist, { gzip: true });
const ref = await startStaticServer(refDist, { gzip: true });
const before = beforeDist ? await startStaticServer(beforeDist, { gzip: true }) : undefined;
/** Each page of this build, then the same page of the earlier one when there is one. */
const builds = [
  { label: '', server: site, root: dist },
  ...(before && beforeDist ? [{ label: 'before: ', server: before, root: beforeDist }] : []),
];
try {
  // BENCH_LIGHTHOUSE=0: only the first-chart runs, for more of them in the same time.
  if (process.env.BENCH_LIGHTHOUSE !== '0') {
    console.log('# Lighthouse 12 (Debian Chromium), one run per page and preset');
    console.log(
      'page\tpreset\tperf\ta11y\tbest\tseo\tFCP ms\tLCP ms\tTBT ms\tCLS\tJS gzip B\ttotal B',
    );
    for (const page of pages) {
      for (const preset of ['mobile', 'desktop'] as Preset[]) {
        for (const build of builds) {
          const row = await runLighthouse(build.server.url + page.path, preset);
          const js = gzipOf(build.server, build.root, row.scriptUrls);
          console.log(
            [
              build.label + page.name,
              preset,
              row.performance,
              row.accessibility,
              row.bestPractices,
              row.seo,
              row.fcpMs,
              row.lcpMs,
              row.tbtMs,
              row.clsScore.toFixed(3),
              js,
              row.totalBytes,
            ].join('\t'),
          );
        }
      }
    }
  }

  console.log(
    `\n# First chart drawn (a figure card where the page has no chart), throttled phone profile, median of ${RUNS} runs (runs interleaved)`,
  );
  const browser = await launchBrowser();
  const targets = [
    { name: 'reference (Chart.js, bench/chartjs-ref)', url: ref.url },
    ...pages.flatMap((p) =>
      builds.map((b) => ({ name: b.label + p.name, url: b.server.url + p.path })),
    ),
  ];
  const times = new Map<string, number[]>(targets.map((t) => [t.name, []]));
  for (let run = 0; run < RUNS; run++) {
    for (const target of targets)
      times.get(target.name)!.push(await firstChartMs(browser, target.url));
  }
  await browser.close();
  const refMs = median(times.get(targets[0]!.name)!);
  console.log(`page\tmedian ms\tratio to reference${before ? '\tratio to before' : ''}\truns ms`);
  for (const target of targets) {
    const values = times.get(target.name)!;
    const m = median(values);
    const earlier = times.get(`before: ${target.name}`);
    const vsBefore = earlier ? (m / median(earlier)).toFixed(2) + '×' : '';
    console.log(
      [
        target.name,
        Math.round(m),
        (m / refMs).toFixed(2) + '×',
        ...(before ? [vsBefore] : []),
        values.map(Math.round).join(' '),
      ].join('\t'),
    );
  }
} finally {
  await site.close();
  await ref.close();
  await before?.close();
}
