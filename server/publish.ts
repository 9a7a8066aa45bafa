import { join } from 'node:path';
import { diffDatasets } from '../src/core/diff';
import { diffLines } from './diff-lines';
import { readCsv } from '../src/core/read-csv';
import { SCHEMAS } from '../src/core/schema';
import { DATASET_IDS } from '../src/core/types';
import { appendAudit, readAudit, type AuditRecord, type Door, type Outcome } from './audit';
import type { ServerConfig } from './config';
import {
  liveGeneration,
  prune,
  switchTo,
  writeGeneration,
  type GenerationMeta,
} from './generations';
import { readIncoming, type IncomingPart } from './incoming';
import { clearJournal, writeJournal } from './journal';
import { acquireLock } from './lock';
import { crashPoint } from './faults';
import { crashText, diskText, issuesText, type Bilingual } from './refusal';
import { RenderCrash } from './render-host';
import type { DataFile, SiteRenderer } from '../scripts/site-renderer';
import { staleBase } from './stale-base';
import { getVersion, putVersion, sha256 } from './versions';

export interface PublishJob {
  door: Door;
  who: string;
  files: Array<{ name: string; bytes: Uint8Array }>;
  /** datasetId → the version the publisher started from; missing means "what is live now". */
  base?: Record<string, string>;
  dryRun?: boolean;
}

export interface PartResult {
  dataset: string;
  file: string;
  before?: string;
  after: string;
  diff: { added: number; changed: number; removed: number; unchanged: number };
  /** What changed, row by row, for a person to read. */
  lines: string[];
}

export interface PublishResult {
  outcome: Outcome | 'dry-run';
  generation?: string;
  reason?: Bilingual;
  parts: PartResult[];
  /** ms: validate, board, embeds (from the renderer), write, switch, total. */
  timings: Record<string, number>;
}

const lockPath = (c: ServerConfig) => join(c.stateDir, 'publish.lock');

export interface Publisher {
  publish(job: PublishJob): Promise<PublishResult>;
  /** Runs `fn` holding the writer lock, in the same queue as publishes. */
  exclusive<T>(what: string, fn: () => Promise<T>): Promise<T>;
  /** Resolves when every queued publish has ended. */
  idle(): Promise<unknown>;
}

/** The one publish operation every door calls; a single queue serialises it in this process. */
export function createPublisher(config: ServerConfig, render: SiteRenderer): Publisher {
  let tail: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(what: string, fn: () => Promise<T>): Promise<T> => {
    const run = async () => {
      const lock = await acquireLock(lockPath(config), what);
      try {
        return await fn();
      } finally {
        await lock.release().catch(() => undefined);
      }
    };
    const next = tail.then(run, run);
    tail = next.catch(() => undefined);
    return next;
  };
  return {
    exclusive,
    idle: () => tail,
    publish: (job) => {
      // The base is what was live when the publisher asked, not when its turn comes.
      const started = liveGeneration(config.stateDir).catch(() => undefined);
      return exclusive(`${job.door} publish`, async () => {
        const base = job.base ?? baseOf(await started);
        return runPublish(config, render, { ...job, base });
      }).catch((e: unknown): PublishResult => ({
        outcome: 'failed',
        reason: diskText(e, config.stateDir),
        parts: [],
        timings: {},
      }));
    },
  };
}

/** Each dataset's version in a generation: the base of a publish started while it was live. */
export function baseOf(live: GenerationMeta | undefined): Record<string, string> {
  const base: Record<string, string> = {};
  for (const id of DATASET_IDS) {
    const sha = live?.data[SCHEMAS[id].file]?.sha;
    if (sha) base[id] = sha;
  }
  return base;
}

async function runPublish(c: ServerConfig, render: SiteRenderer, job: PublishJob) {
  const t0 = performance.now();
  const timings: Record<string, number> = {};
  const lap = (name: string, since: number) =>
    (timings[name] = Math.round(performance.now() - since));
  const attempt = (r: Partial<AuditRecord>): AuditRecord => ({
    time: new Date().toISOString(),
    door: job.door,
    who: job.who,
    outcome: 'refused',
    ...r,
  });
  const finish = async (
    result: Omit<PublishResult, 'timings'>,
    records: AuditRecord[],
  ): Promise<PublishResult> => {
    if (result.outcome !== 'dry-run') await appendAudit(c.stateDir, records).catch(() => undefined);
    lap('total', t0);
    return { ...result, timings };
  };

  const live = await liveGeneration(c.stateDir);
  if (!live) throw new Error('no live generation: start the server once to publish data/');
  const parts: IncomingPart[] = [];
  for (const f of job.files) {
    const read = await readIncoming(f.name, f.bytes);
    if (!read.ok) {
      const reason = issuesText(read.issues);
      return finish({ outcome: 'refused', reason, parts: [] }, [attempt({ file: f.name, reason })]);
    }
    parts.push(...read.parts);
  }
  const results: PartResult[] = [];
  for (const p of parts) {
    const before = live.data[p.file]?.sha;
    const liveBytes = before ? await getVersion(c.stateDir, before) : undefined;
    const old = liveBytes && readCsv(liveBytes, { fileName: p.file, datasetId: p.datasetId });
    const d = diffDatasets(old && old.ok ? old.dataset : undefined, p.dataset);
    results.push({
      dataset: p.datasetId,
      file: p.file,
      before,
      after: sha256(p.bytes),
      diff: {
        added: d.added.length,
        changed: d.changed.length,
        removed: d.removed.length,
        unchanged: d.unchanged,
      },
      lines: diffLines(p.datasetId, d),
    });
  }
  lap('validate', t0);
  const records = (outcome: Outcome, extra: Partial<AuditRecord> = {}) =>
    results.map((r, i) =>
      attempt({
        outcome,
        file: job.files[i]?.name ?? r.file,
        dataset: r.dataset,
        before: r.before,
        after: r.after,
        diff: r.diff,
        ...extra,
      }),
    );
  const duplicate = results.find((r, i) => results.findIndex((o) => o.dataset === r.dataset) !== i);
  if (duplicate) {
    const reason = {
      zh: `一次发布中数据集 ${duplicate.dataset} 出现了两次。`,
      en: `Dataset ${duplicate.dataset} appears twice in one publish.`,
    };
    return finish({ outcome: 'refused', reason, parts: results }, records('refused', { reason }));
  }
  const audit = await readAudit(c.stateDir);
  for (const r of results) {
    const base = job.base?.[r.dataset];
    if (base === undefined || base === r.before || r.after === r.before) continue;
    const reason = staleBase(audit, r.dataset, base, r.before);
    return finish(
      { outcome: 'refused', reason, parts: results },
      records('refused', { reason, base }),
    );
  }
  if (results.every((r) => r.after === r.before))
    return finish(
      { outcome: 'unchanged', parts: results, generation: live.id },
      records('unchanged'),
    );
  if (job.dryRun) return finish({ outcome: 'dry-run', parts: results }, []);

  try {
    const tWrite = performance.now();
    const published = records('published');
    await writeJournal(c.stateDir, published);
    for (const p of parts) await putVersion(c.stateDir, p.bytes);
    crashPoint('after-write');
    const now = new Date();
    const data = { ...live.data };
    for (const r of results) data[r.file] = { sha: r.after, modifiedAt: now.getTime() };
    const inputs: DataFile[] = await Promise.all(
      Object.entries(data).map(async ([name, d]) => ({
        name,
        bytes: await getVersion(c.stateDir, d.sha),
        modifiedAt: d.modifiedAt,
      })),
    );
    lap('write', tWrite);
    const tRender = performance.now();
    const outcome = await render(inputs, now);
    lap('render', tRender);
    if (!outcome.ok) {
      await clearJournal(c.stateDir);
      const reason = {
        zh: outcome.issues.map((i) => `${i.file}: ${i.text.zh}`).join('\n'),
        en: outcome.issues.map((i) => `${i.file}: ${i.text.en}`).join('\n'),
      };
      return finish({ outcome: 'refused', reason, parts: results }, records('refused', { reason }));
    }
    for (const [k, v] of Object.entries(outcome.timings)) timings[k] = Math.round(v);
    const tGen = performance.now();
    const gen = await writeGeneration(c.stateDir, c.distDir, outcome.files, { data });
    lap('generation', tGen);
    const tSwitch = performance.now();
    await switchTo(c.stateDir, gen.id);
    lap('switch', tSwitch);
    crashPoint('after-switch');
    await appendAudit(
      c.stateDir,
      published.map((r) => ({ ...r, generation: gen.id })),
    );
    await clearJournal(c.stateDir);
    await prune(c.stateDir, c.generationsKept).catch(() => undefined);
    lap('total', t0);
    const done: PublishResult = {
      outcome: 'published',
      generation: gen.id,
      parts: results,
      timings,
    };
    return done;
  } catch (e) {
    await clearJournal(c.stateDir).catch(() => undefined);
    const reason = e instanceof RenderCrash ? crashText(e) : diskText(e, c.stateDir);
    return finish({ outcome: 'failed', reason, parts: results }, records('failed', { reason }));
  }
}
