import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseManifest, type Lang } from '../src/core/manifest';
import { readCsv } from '../src/core/read-csv';
import { SCHEMAS } from '../src/core/schema';
import { DATASET_IDS, type Issue } from '../src/core/types';
import { formatIssue } from '../src/i18n/format-issue';
import { translator } from '../src/i18n/translate';
import { checkStaffFile } from './check-staff-file';

const args = process.argv.slice(2);
const langArg = args.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
const lang: Lang =
  langArg === 'en' || (!langArg && !/^zh/i.test(process.env.LANG ?? '')) ? 'en' : 'zh';
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? 'data');
const t = translator(lang);
let errors = 0;

function report(file: string, issue: Issue) {
  const label = t(`issue.severity.${issue.severity}` as const);
  const print = issue.severity === 'error' ? console.error : console.warn;
  print(`${file}: ${label}: ${formatIssue(issue, t)}`);
  if (issue.severity === 'error') errors++;
}

function checkManifest(file: string) {
  if (!existsSync(file)) return report(file, { code: 'file_missing', severity: 'error' });
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return report(file, { code: 'bad_manifest', severity: 'error', params: { path: 'JSON' } });
  }
  const result = parseManifest(json);
  if (!result.ok)
    report(file, { code: 'bad_manifest', severity: 'error', params: { path: result.path } });
}

const ok = (file: string, rows: number) => console.log(`${file}: ${t('issue.check.ok', { rows })}`);
if (existsSync(dir) && statSync(dir).isFile()) await checkStaffFile(dir, report, ok);
else checkManifest(join(dir, 'datasets.json'));

for (const id of existsSync(dir) && statSync(dir).isFile() ? [] : DATASET_IDS) {
  const file = join(dir, SCHEMAS[id].file);
  if (!existsSync(file)) {
    report(file, { code: 'file_missing', severity: 'error' });
    continue;
  }
  const result = readCsv(new Uint8Array(readFileSync(file)), {
    fileName: SCHEMAS[id].file,
    datasetId: id,
  });
  for (const issue of result.ok ? result.warnings : result.issues) report(file, issue);
  if (result.ok)
    console.log(`${file}: ${t('issue.check.ok', { rows: result.dataset.rows.length })}`);
}

if (errors > 0) {
  console.error(t('issue.check.errors', { count: errors }));
  process.exit(1);
}
