import type { AuditRecord } from './audit';

export const REVISIONS_FILE = 'revisions.json';

/**
 * `revisions.json` for the renderer: each dataset whose published rows were changed or removed
 * by a later publish (a correction, a rollback), with the time of the latest one. Adding rows
 * (a new period) is no revision; the bundled data is none either.
 */
export function revisionsOf(records: AuditRecord[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of records) {
    if (r.outcome !== 'published' || !r.dataset || r.door === 'bundled' || !r.before) continue;
    if (r.before === r.after || !r.diff || r.diff.changed + r.diff.removed === 0) continue;
    if (!out[r.dataset] || out[r.dataset]! < r.time) out[r.dataset] = r.time;
  }
  return out;
}

/** The file's bytes, or undefined when no dataset was ever revised (a static build has none). */
export function revisionsFile(records: AuditRecord[]): Uint8Array | undefined {
  const revisions = revisionsOf(records);
  const ids = Object.keys(revisions).sort();
  if (ids.length === 0) return undefined;
  const sorted = Object.fromEntries(ids.map((id) => [id, revisions[id]]));
  return new TextEncoder().encode(JSON.stringify(sorted, null, 2) + '\n');
}
