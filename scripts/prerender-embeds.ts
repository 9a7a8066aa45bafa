/**
 * Runs after `vite build`: draws every chart into its embed page with ECharts SSR, so the page
 * shows the chart, its caption, source and table before (and without) any script.
 *   tsx scripts/prerender-embeds.ts [dist] [data]
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHART_IDS, CHARTS } from '../src/charts/chart-registry';
import { parseManifest } from '../src/core/manifest';
import { readCsv } from '../src/core/read-csv';
import { SCHEMAS } from '../src/core/schema';
import type { Dataset, DatasetId } from '../src/core/types';
import { assemblePage, linkedStylesheets } from '../src/features/embed/embed-page';
import { prerenderChart } from '../src/features/embed/prerender';
import { embedPath } from '../src/store/url-state';

const dist = resolve(process.argv[2] ?? 'dist');
const data = resolve(process.argv[3] ?? 'data');
const templatePath = join(dist, 'embed', 'chart.html');

function fail(message: string): never {
  console.error(`prerender-embeds: ${message}`);
  process.exit(1);
}

function readDataset(id: DatasetId): Dataset {
  const fileName = SCHEMAS[id].file;
  const result = readCsv(new Uint8Array(readFileSync(join(data, fileName))), {
    fileName,
    datasetId: id,
  });
  if (!result.ok) fail(`${fileName} does not validate; run npm run data:check`);
  return result.dataset;
}

let template: string;
try {
  template = readFileSync(templatePath, 'utf8');
} catch {
  fail(`${templatePath} is missing: run vite build first`);
}
const css = linkedStylesheets(template)
  .map((href) => readFileSync(join(dirname(templatePath), href), 'utf8'))
  .join('\n');
const parsed = parseManifest(JSON.parse(readFileSync(join(data, 'datasets.json'), 'utf8')));
if (!parsed.ok) fail(`datasets.json is invalid at ${parsed.path}`);

const asOf = new Date();
const kb = (text: string) => (gzipSync(text).length / 1024).toFixed(1);
for (const id of CHART_IDS) {
  const { page, variants } = prerenderChart(
    id,
    readDataset(CHARTS[id].dataset),
    parsed.manifest,
    asOf,
  );
  const html = assemblePage(template, {
    lang: 'zh-CN',
    theme: page.model.theme,
    title: page.title,
    description: page.model.chart.caption,
    css,
    body: page.body,
  });
  writeFileSync(join(dist, embedPath(id)), html);
  for (const v of variants) {
    const file = join(dist, 'embed', v.path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, v.html);
  }
  console.log(`${embedPath(id)}: ${kb(html)} KB gzip, ${variants.length} variants`);
}
// The bare template would be a public page with no chart in it.
rmSync(templatePath);
