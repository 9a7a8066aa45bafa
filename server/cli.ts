/**
 * Staff door to the same publish operation as the inbox:
 *   npm run publish -- FILE... [--dry-run] [--base DATASET=VERSION]
 *   npm run publish -- --history DATASET
 *   npm run publish -- --rollback DATASET VERSION
 * With `review: "required"` a publish or rollback here also needs --no-review (audited).
 */
import { mkdir, readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SCHEMAS } from '../src/core/schema';
import { DATASET_IDS, type DatasetId } from '../src/core/types';
import { historyOf, readAudit } from './audit';
import { loadConfig, type ServerConfig } from './config';
import { liveGeneration } from './generations';
import { baseOf, createPublisher, type PublishJob, type PublishResult } from './publish';
import { loadSiteRenderer } from '../scripts/site-renderer';
import { diskText, errorsFile } from './refusal';
import { prepareState } from './startup';
import { getVersion, resolveVersion } from './versions';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'dry-run': { type: 'boolean' },
    history: { type: 'string' },
    rollback: { type: 'string' },
    base: { type: 'string', multiple: true },
    'no-review': { type: 'boolean' },
  },
});
const config = loadConfig();
const who = userInfo().username;
// What is live as the publisher starts: a publish landing while this one waits makes it stale.
const startedFrom = liveGeneration(config.stateDir).catch(() => undefined);

function datasetId(name: string): DatasetId {
  const id = DATASET_IDS.find((d) => d === name);
  if (!id) throw new Error(`unknown dataset "${name}"; one of ${DATASET_IDS.join(', ')}`);
  return id;
}

function print(result: PublishResult): number {
  for (const p of result.parts) {
    const d = p.diff;
    console.log(
      `${p.dataset}: ${(p.before ?? '—').slice(0, 12)} → ${p.after.slice(0, 12)}  ` +
        `(${d.changed} changed, ${d.added} added, ${d.removed} removed, ${d.unchanged} unchanged)`,
    );
    for (const line of p.lines) console.log(`  ${line}`);
  }
  const label: Record<PublishResult['outcome'], string> = {
    published: '已发布 published',
    unchanged: '与线上相同，未改变 same as live, nothing changed',
    'dry-run': '试运行，未改变任何内容 dry run, nothing changed',
    refused: '已拒绝 refused',
    failed: '失败 failed',
    interrupted: '中断 interrupted',
  };
  console.log(`${label[result.outcome]}${result.generation ? ` (${result.generation})` : ''}`);
  // Several files may go in one command: a refusal names the one it is about, as the inbox does.
  if (result.reason)
    console.error(
      result.file
        ? errorsFile(result.file, result.reason)
        : `${result.reason.zh}\n${result.reason.en}`,
    );
  if (result.outcome === 'published')
    console.log(
      Object.entries(result.timings)
        .map(([k, v]) => `${k} ${v} ms`)
        .join(', '),
    );
  return result.outcome === 'refused' || result.outcome === 'failed' ? 1 : 0;
}

async function history(c: ServerConfig, id: DatasetId): Promise<number> {
  const live = (await liveGeneration(c.stateDir))?.data[SCHEMAS[id].file]?.sha;
  const records = historyOf(await readAudit(c.stateDir), id);
  if (records.length === 0) console.log(`${id}: no versions yet`);
  for (const r of records) {
    const d = r.diff;
    const summary = d ? `${d.changed} changed, ${d.added} added, ${d.removed} removed` : 'first';
    const mark = r.after === live ? '  * live' : '';
    console.log(`${r.after} ${r.time} ${r.door} ${r.who} ${r.file ?? ''} (${summary})${mark}`);
  }
  return 0;
}

/** `--base DATASET=VERSION`, or else every dataset as it was live when this command started. */
async function baseVersions(given: string[] | undefined): Promise<Record<string, string>> {
  const base = baseOf(await startedFrom);
  for (const pair of given ?? []) {
    const [name = '', version = ''] = pair.split('=');
    base[datasetId(name)] = await resolveVersion(config.stateDir, version);
  }
  return base;
}

const REVIEW_REQUIRED =
  'review is required (putuo.config.json): submit through the inbox or the browser, ' +
  'or add --no-review to publish without a second person (recorded in the audit log)';

async function run(): Promise<number> {
  if (values.history) return history(config, datasetId(values.history));
  const skipsReview = config.review === 'required' && !values['dry-run'];
  if (skipsReview && !values['no-review']) throw new Error(REVIEW_REQUIRED);
  const noReview = skipsReview ? { noReview: true } : {};
  await mkdir(config.stateDir, { recursive: true });
  const render = await loadSiteRenderer({ buildDir: config.buildDir });
  const publisher = createPublisher(config, render);
  await prepareState(config, publisher, render, who);
  let job: PublishJob;
  if (values.rollback) {
    const id = datasetId(values.rollback);
    const wanted = positionals[0];
    if (!wanted) throw new Error('--rollback DATASET VERSION: VERSION is missing');
    const sha = await resolveVersion(config.stateDir, wanted);
    if (!historyOf(await readAudit(config.stateDir), id).some((r) => r.after === sha))
      throw new Error(`${sha.slice(0, 12)} was never published as ${id}; see --history ${id}`);
    const bytes = await getVersion(config.stateDir, sha);
    job = { door: 'rollback', who, files: [{ name: SCHEMAS[id].file, bytes }], ...noReview };
  } else {
    if (positionals.length === 0) throw new Error('give at least one FILE to publish');
    const files = await Promise.all(
      positionals.map(async (p) => ({
        name: basename(p),
        bytes: new Uint8Array(await readFile(resolve(p))),
      })),
    );
    const base = await baseVersions(values.base);
    job = { door: 'cli', who, files, base, dryRun: values['dry-run'], ...noReview };
  }
  return print(await publisher.publish(job));
}

run().then(
  (code) => process.exit(code),
  (e: unknown) => {
    if ((e as NodeJS.ErrnoException).code) {
      const text = diskText(e, config.stateDir);
      console.error(`${text.zh}\n${text.en}`);
    } else console.error(`publish: ${(e as Error).message}`);
    process.exit(2);
  },
);
