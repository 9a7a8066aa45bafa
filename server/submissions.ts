import { randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Door } from './audit';
import { replaceDurable } from './durable';
import type { PartResult } from './publish-parts';

export type SubmissionStatus = 'pending' | 'approved' | 'rejected';

/** `<state>/submissions/<id>/meta.json` beside `<id>/file`, the bytes as submitted. */
export interface Submission {
  id: string;
  by: string;
  door: Door;
  at: string;
  fileName: string;
  /** A workbook's sheets to publish, as ticked; all visible dataset sheets when absent. */
  sheets?: string[];
  /** datasetId → the version the submitter started from. */
  base: Record<string, string>;
  /** The diff against live when submitted; a pending one is compared again when listed. */
  parts: PartResult[];
  status: SubmissionStatus;
  reviewer?: string;
  decidedAt?: string;
  reason?: string;
  generation?: string;
}

const ID = /^[0-9a-f]{16}$/;
const dirOf = (stateDir: string) => join(stateDir, 'submissions');

async function ids(stateDir: string): Promise<string[]> {
  const names = await readdir(dirOf(stateDir)).catch(() => [] as string[]);
  return names.filter((n) => ID.test(n));
}

/** Looked up among the stored ones, never joined into a path as the client sent it. */
export async function findSubmission(
  stateDir: string,
  id: string,
): Promise<Submission | undefined> {
  const known = (await ids(stateDir)).find((n) => n === id);
  if (!known) return undefined;
  const text = await readFile(join(dirOf(stateDir), known, 'meta.json'), 'utf8').catch(() => '');
  return text ? (JSON.parse(text) as Submission) : undefined;
}

export async function submissionFile(stateDir: string, s: Submission): Promise<Uint8Array> {
  return new Uint8Array(await readFile(join(dirOf(stateDir), s.id, 'file')));
}

/** Newest first; one whose meta a crash never wrote is left out (its file alone means nothing). */
export async function listSubmissions(stateDir: string): Promise<Submission[]> {
  const all = await Promise.all((await ids(stateDir)).map((id) => findSubmission(stateDir, id)));
  return all
    .filter((s): s is Submission => s !== undefined)
    .sort((a, b) => b.at.localeCompare(a.at));
}

export async function createSubmission(
  stateDir: string,
  s: Omit<Submission, 'id' | 'at' | 'status'>,
  bytes: Uint8Array,
): Promise<Submission> {
  const full: Submission = {
    ...s,
    id: randomBytes(8).toString('hex'),
    at: new Date().toISOString(),
    status: 'pending',
  };
  // The bytes first: meta.json written last is what makes the submission exist.
  await replaceDurable(join(dirOf(stateDir), full.id, 'file'), bytes);
  await saveSubmission(stateDir, full);
  return full;
}

export async function saveSubmission(stateDir: string, s: Submission): Promise<void> {
  await replaceDurable(join(dirOf(stateDir), s.id, 'meta.json'), JSON.stringify(s, null, 2));
}

export const isSubmissionId = (id: string) => ID.test(id);
