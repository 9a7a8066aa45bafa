import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseManifest, type Lang } from '../src/core/manifest';
import { readCsv } from '../src/core/read-csv';
import { SCHEMAS } from '../src/core/schema';
import { DATASET_IDS } from '../src/core/types';
import { formatIssue } from '../src/i18n/format-issue';
import { translator } from '../src/i18n/translate';

const args = process.argv.slice(2);
const langArg = args.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
const lang: Lang =
  langArg === 'en' || (!langArg && !/^zh/i.test(process.env.LANG ?? '')) ? 'en' : 'zh';
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? 'data');
const t = translator(lang);
let errors = 0;

const manifestPath = join(dir, 'datasets.json');
if (!existsSync(manifestPath)) {
  console.error(`${manifestPath}: missing`);
  errors++;
} else {
  try {
    const result = parseManifest(JSON.parse(readFileSync(manifestPath, 'utf8')));
    if (!result.ok) {
      console.error(`${manifestPath}: invalid at ${result.path}`);
      errors++;
    }
  } catch (e) {
    console.error(`${manifestPath}: ${(e as Error).message}`);
    errors++;
  }
}

for (const id of DATASET_IDS) {
  const file = join(dir, SCHEMAS[id].file);
  if (!existsSync(file)) {
    console.error(`${file}: missing`);
    errors++;
    continue;
  }
  const result = readCsv(new Uint8Array(readFileSync(file)), {
    fileName: SCHEMAS[id].file,
    datasetId: id,
  });
  const issues = result.ok ? result.warnings : result.issues;
  for (const issue of issues) {
    const label = t(`issue.severity.${issue.severity}` as const);
    console[issue.severity === 'error' ? 'error' : 'warn'](
      `${file}: ${label}: ${formatIssue(issue, t)}`,
    );
    if (issue.severity === 'error') errors++;
  }
  if (result.ok) console.log(`${file}: ok, ${result.dataset.rows.length} rows`);
}

if (errors > 0) {
  console.error(`${errors} error(s)`);
  process.exit(1);
}
