import { DATASET_IDS, type DatasetId } from '../src/core/types';
import { appendEvent } from './audit';
import type { ServerConfig } from './config';
import { liveGeneration } from './generations';
import { compareVersions, readParts, type PartResult } from './publish-parts';
import type { Publisher, PublishJob, PublishResult } from './publish';
import type { Bilingual } from './refusal';
import {
  createSubmission,
  findSubmission,
  listSubmissions,
  saveSubmission,
  submissionFile,
  type Submission,
} from './submissions';

export type SubmitOutcome =
  | {
      status: 'published';
      generation: string;
      parts: PartResult[];
      timings: Record<string, number>;
    }
  | { status: 'pending'; id: string; parts: PartResult[] }
  | { status: 'unchanged'; generation?: string; parts: PartResult[] }
  | { status: 'conflict'; live: Record<string, string>; reason: Bilingual; parts: PartResult[] }
  | { status: 'refused' | 'failed'; reason: Bilingual; parts: PartResult[] };

export type Decision =
  | SubmitOutcome
  | { status: 'not-found' }
  | { status: 'own' }
  | { status: 'decided'; was: Submission['status'] }
  | { status: 'rejected' };

export interface Review {
  /** Publishes now (review off, or `--no-review`) or stores a pending submission. */
  submit(job: PublishJob): Promise<SubmitOutcome>;
  approve(id: string, reviewer: string): Promise<Decision>;
  reject(id: string, reviewer: string, reason: string): Promise<Decision>;
  /** Newest first; a pending one's parts compared with live as it is now. */
  list(): Promise<Submission[]>;
}

const datasetOf = (id: string): DatasetId | undefined => DATASET_IDS.find((d) => d === id);

/** A stale base's answer carries what the other person changed: base → live, row by row. */
async function outcomeOf(c: ServerConfig, r: PublishResult): Promise<SubmitOutcome> {
  const reason = r.reason ?? { zh: '', en: '' };
  if (r.outcome === 'published')
    return {
      status: 'published',
      generation: r.generation ?? '',
      parts: r.parts,
      timings: r.timings,
    };
  if (r.outcome === 'unchanged')
    return { status: 'unchanged', generation: r.generation, parts: r.parts };
  if (r.conflict) {
    const parts: PartResult[] = [];
    const live: Record<string, string> = {};
    for (const [dataset, v] of Object.entries(r.conflict)) {
      const mine = r.parts.find((p) => p.dataset === dataset);
      const id = datasetOf(dataset);
      live[dataset] = v.live;
      if (!mine || !id || !v.live) continue;
      parts.push(await compareVersions(c.stateDir, id, mine.file, v.base, v.live));
    }
    return { status: 'conflict', live, reason, parts };
  }
  return { status: r.outcome === 'failed' ? 'failed' : 'refused', reason, parts: r.parts };
}

export function createReview(c: ServerConfig, publisher: Publisher): Review {
  let tail: Promise<unknown> = Promise.resolve();
  // One decision at a time: two reviewers pressing Approve together publish it once.
  const decide = (fn: () => Promise<Decision>): Promise<Decision> => {
    const next = tail.then(fn, fn);
    tail = next.catch(() => undefined);
    return next;
  };
  const pending = async (id: string, reviewer: string) => {
    const s = await findSubmission(c.stateDir, id);
    if (!s) return { status: 'not-found' } as const;
    if (s.status !== 'pending') return { status: 'decided', was: s.status } as const;
    if (s.by === reviewer) return { status: 'own' } as const;
    return s;
  };
  return {
    submit: async (job) => {
      if (c.review === 'off' || job.noReview) return outcomeOf(c, await publisher.publish(job));
      const check = await publisher.publish({ ...job, dryRun: true });
      if (check.outcome !== 'dry-run') return outcomeOf(c, check);
      const base = { ...job.base };
      for (const p of check.parts) base[p.dataset] ??= p.before ?? '';
      const [file, ...more] = job.files;
      if (!file || more.length > 0) throw new Error('a submission for review holds one file');
      const { name: fileName, bytes, sheets } = file;
      const s = await createSubmission(
        c.stateDir,
        {
          by: job.who,
          door: job.door,
          fileName,
          base,
          parts: check.parts,
          ...(sheets && { sheets }),
        },
        bytes,
      );
      await appendEvent(c.stateDir, {
        event: 'submitted',
        who: job.who,
        door: job.door,
        submission: s.id,
        datasets: check.parts.map((p) => p.dataset),
      });
      return { status: 'pending', id: s.id, parts: check.parts };
    },
    approve: (id, reviewer) =>
      decide(async () => {
        const s = await pending(id, reviewer);
        if (!('id' in s)) return s;
        const bytes = await submissionFile(c.stateDir, s);
        const files = [{ name: s.fileName, bytes, ...(s.sheets && { sheets: s.sheets }) }];
        const job = { door: s.door, who: s.by, files, base: s.base, reviewer, submission: s.id };
        const outcome = await outcomeOf(c, await publisher.publish(job));
        if (outcome.status !== 'published' && outcome.status !== 'unchanged') return outcome;
        const generation = outcome.generation;
        await saveSubmission(c.stateDir, {
          ...s,
          status: 'approved',
          reviewer,
          decidedAt: new Date().toISOString(),
          ...(generation && { generation }),
        });
        await appendEvent(c.stateDir, { event: 'approved', who: reviewer, submission: s.id });
        return outcome;
      }),
    reject: (id, reviewer, reason) =>
      decide(async () => {
        const s = await pending(id, reviewer);
        if (!('id' in s)) return s;
        const decidedAt = new Date().toISOString();
        await saveSubmission(c.stateDir, { ...s, status: 'rejected', reviewer, decidedAt, reason });
        await appendEvent(c.stateDir, {
          event: 'rejected',
          who: reviewer,
          submission: s.id,
          reason,
        });
        return { status: 'rejected' };
      }),
    list: async () => {
      const all = await listSubmissions(c.stateDir);
      const live = await liveGeneration(c.stateDir);
      if (!live) return all;
      return Promise.all(
        all.map(async (s) => {
          if (s.status !== 'pending') return s;
          const bytes = await submissionFile(c.stateDir, s);
          const file = { name: s.fileName, bytes, ...(s.sheets && { sheets: s.sheets }) };
          const read = await readParts(c.stateDir, live, [file]);
          return read.ok ? { ...s, parts: read.results } : s;
        }),
      );
    },
  };
}
