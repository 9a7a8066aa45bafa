import { join } from 'node:path';
import { SCHEMAS } from '../src/core/schema';
import { DATASET_IDS } from '../src/core/types';
import { appendAudit, readAudit, type AuditRecord, type Door, type Outcome } from './audit';
import type { ServerConfig } from './config';
import { liveGeneration, type GenerationMeta } from './generations';
import { clearJournal } from './journal';
import { acquireLock } from './lock';
import { commitGeneration } from './publish-commit';
import { readParts, type IncomingFile, type PartResult } from './publish-parts';
import { crashText, diskText, type Bilingual } from './refusal';
import { RenderCrash } from './render-host';
import type { SiteRenderer } from '../scripts/site-renderer';
import { staleBase } from './stale-base';

export type { PartResult } from './publish-parts';

export interface PublishJob {
  door: Door;
  who: string;
  files: IncomingFile[];
  /** datasetId → the version the publisher started from; missing means "what is live now". */
  base?: Record<string, string>;
  dryRun?: boolean;
  /** Written into its audit records: the approving reviewer, the submission, a skipped review. */
  reviewer?: string;
  submission?: string;
  noReview?: boolean;
}

export interface PublishResult {
  outcome: Outcome | 'dry-run';
  generation?: string;
  reason?: Bilingual;
  /** The file a refusal is about, when it is one file's fault. */
  file?: string;
  parts: PartResult[];
  /** Refused because live moved on since the base: dataset → that base and the live version. */
  conflict?: Record<string, { base: string; live: string }>;
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

async function runPublish(
  c: ServerConfig,
  render: SiteRenderer,
  job: PublishJob,
): Promise<PublishResult> {
  const t0 = performance.now();
  const timings: Record<string, number> = {};
  const attempt = (r: Partial<AuditRecord>): AuditRecord => ({
    time: new Date().toISOString(),
    door: job.door,
    who: job.who,
    outcome: 'refused',
    ...(job.reviewer && { reviewer: job.reviewer }),
    ...(job.submission && { submission: job.submission }),
    ...(job.noReview && { noReview: true }),
    ...r,
  });
  const finish = async (
    result: Omit<PublishResult, 'timings'>,
    records: AuditRecord[],
  ): Promise<PublishResult> => {
    if (result.outcome !== 'dry-run') await appendAudit(c.stateDir, records).catch(() => undefined);
    timings.total = Math.round(performance.now() - t0);
    return { ...result, timings };
  };

  const live = await liveGeneration(c.stateDir);
  if (!live) throw new Error('no live generation: start the server once to publish data/');
  const read = await readParts(c.stateDir, live, job.files);
  if (!read.ok) {
    const { reason, file } = read;
    return finish({ outcome: 'refused', reason, file, parts: [] }, [attempt({ file, reason })]);
  }
  const { parts, results } = read;
  timings.validate = Math.round(performance.now() - t0);
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
    const conflict = { [r.dataset]: { base, live: r.before ?? '' } };
    return finish(
      { outcome: 'refused', reason, parts: results, conflict },
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
    const commit = await commitGeneration(c, render, live, parts, results, records('published'));
    Object.assign(timings, commit.timings);
    if (!commit.ok) {
      const reason = commit.reason;
      return finish({ outcome: 'refused', reason, parts: results }, records('refused', { reason }));
    }
    timings.total = Math.round(performance.now() - t0);
    return { outcome: 'published', generation: commit.generation.id, parts: results, timings };
  } catch (e) {
    await clearJournal(c.stateDir).catch(() => undefined);
    const reason = e instanceof RenderCrash ? crashText(e) : diskText(e, c.stateDir);
    return finish({ outcome: 'failed', reason, parts: results }, records('failed', { reason }));
  }
}
