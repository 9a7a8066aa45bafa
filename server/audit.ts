import { readFile } from 'node:fs/promises';
import { appendDurable } from './durable';

export type Door = 'bundled' | 'cli' | 'inbox' | 'rollback';
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
}

export function auditPath(stateDir: string): string {
  return `${stateDir}/audit.jsonl`;
}

export async function appendAudit(stateDir: string, records: AuditRecord[]): Promise<void> {
  if (records.length === 0) return;
  await appendDurable(auditPath(stateDir), records.map((r) => JSON.stringify(r) + '\n').join(''));
}

/** Every record; a torn last line (a crash mid-append) is skipped, not fatal. */
export async function readAudit(stateDir: string): Promise<AuditRecord[]> {
  let text: string;
  try {
    text = await readFile(auditPath(stateDir), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  const records: AuditRecord[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      records.push(JSON.parse(line) as AuditRecord);
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
