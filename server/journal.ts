import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { SCHEMAS } from '../src/core/schema';
import { DATASET_IDS, type DatasetId } from '../src/core/types';
import { appendAudit, type AuditRecord } from './audit';
import { replaceDurable } from './durable';
import { liveGeneration } from './generations';

/**
 * The audit records of the publish in flight, written before its generation is built. After a
 * crash the next start reads it: if the live generation holds the new versions, the switch
 * happened and the records are appended; otherwise the publish never went live.
 */
const journalPath = (stateDir: string) => join(stateDir, 'pending.json');

export async function writeJournal(stateDir: string, records: AuditRecord[]): Promise<void> {
  await replaceDurable(journalPath(stateDir), JSON.stringify(records));
}

export async function clearJournal(stateDir: string): Promise<void> {
  await rm(journalPath(stateDir), { force: true });
}

/** Settles a publish cut short by a crash; returns what was decided, for the log. */
export async function settleJournal(stateDir: string): Promise<string | undefined> {
  let records: AuditRecord[];
  try {
    records = JSON.parse(await readFile(journalPath(stateDir), 'utf8')) as AuditRecord[];
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    records = [];
  }
  const live = await liveGeneration(stateDir);
  const switched =
    records.length > 0 &&
    records.every((r) => {
      const id = DATASET_IDS.find((d): d is DatasetId => d === r.dataset);
      return id !== undefined && live?.data[SCHEMAS[id].file]?.sha === r.after;
    });
  const settled = records.map((r): AuditRecord =>
    switched
      ? { ...r, generation: live?.id, recovered: true }
      : {
          ...r,
          outcome: 'interrupted',
          reason: {
            zh: '发布过程中服务中断，未上线；线上仍为此前版本。',
            en: 'The server stopped during this publish before it went live; the earlier version stays live.',
          },
        },
  );
  await appendAudit(stateDir, settled);
  await clearJournal(stateDir);
  return `${switched ? 'completed' : 'interrupted'} publish of ${records.map((r) => r.dataset).join(', ')}`;
}
