import { appendDurable, readOptional } from './durable';

export type Door = 'bundled' | 'cli' | 'inbox' | 'rollback' | 'browser';
export type Outcome = 'published' | 'unchanged' | 'refused' | 'failed' | 'interrupted';

export interface DiffSummary {
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
}

/** One line of `audit.jsonl`: one dataset in one publish attempt. */
export interface AuditRecord {
  time: string;
  door: Door;
  who: string;
  outcome: Outcome;
  /** The incoming file's name, as dropped or passed to the CLI. */
  file?: string;
  dataset?: string;
  /** sha-256 of the live bytes before, and of the bytes published. */
  before?: string;
  after?: string;
  /** The version the publisher started from, when it was not the live one. */
  base?: string;
  generation?: string;
  diff?: DiffSummary;
  reason?: { zh: string; en: string };
  /** Written on restart for a publish whose switch happened before a crash. */
  recovered?: boolean;
  /** With review on: who approved it, and which submission it was. */
  reviewer?: string;
  submission?: string;
  /** A CLI publish that skipped the review that the config requires. */
  noReview?: boolean;
}

export type StaffEventKind =
  | 'sign-in'
  | 'sign-in-failed'
  | 'sign-in-limited'
  | 'sign-out'
  | 'submitted'
  | 'approved'
  | 'rejected';

/** One line of `audit.jsonl` about staff rather than a publish attempt: it has no `outcome`. */
export interface StaffEvent {
  time: string;
  event: StaffEventKind;
  who: string;
  ip?: string;
  door?: Door;
  submission?: string;
  datasets?: string[];
  reason?: string | { zh: string; en: string };
}

export async function appendEvent(stateDir: string, e: Omit<StaffEvent, 'time'>): Promise<void> {
  const line = JSON.stringify({ time: new Date().toISOString(), ...e }) + '\n';
  await appendDurable(auditPath(stateDir), line);
}

export function auditPath(stateDir: string): string {
  return `${stateDir}/audit.jsonl`;
}

export async function appendAudit(stateDir: string, records: AuditRecord[]): Promise<void> {
  if (records.length === 0) return;
  await appendDurable(auditPath(stateDir), records.map((r) => JSON.stringify(r) + '\n').join(''));
}

/** Every publish record (staff events left out); a torn last line is skipped, not fatal. */
export async function readAudit(stateDir: string): Promise<AuditRecord[]> {
  const text = (await readOptional(auditPath(stateDir))) ?? '';
  const records: AuditRecord[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const record = JSON.parse(line) as AuditRecord | StaffEvent;
      if ('outcome' in record) records.push(record);
    } catch {
      // A line cut by a crash: the publish it describes never switched (the record comes after).
    }
  }
  return records;
}

/** The published versions of one dataset, oldest first. */
export function historyOf(records: AuditRecord[], dataset: string): AuditRecord[] {
  return records.filter((r) => r.dataset === dataset && r.outcome === 'published');
}

/** Who published `version` of `dataset` last: for the message refusing a stale publish. */
export function publisherOf(
  records: AuditRecord[],
  dataset: string,
  version: string,
): AuditRecord | undefined {
  return historyOf(records, dataset)
    .reverse()
    .find((r) => r.after === version);
}
