import { isRecord } from './is-record';
import { DATASET_IDS, type DatasetId } from './types';

/** Written by the publishing server next to the data files; a static build has none. */
export const REVISIONS_FILE = 'revisions.json';

/** When each republished dataset last replaced a live version, as an ISO time. */
export type Revisions = Partial<Record<DatasetId, string>>;

export type RevisionsResult = { ok: true; revisions: Revisions } | { ok: false; path: string };

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Checks the shape of `revisions.json`; names of datasets this build does not know are left out. */
export function parseRevisions(json: unknown): RevisionsResult {
  if (!isRecord(json)) return { ok: false, path: '$' };
  const revisions: Revisions = {};
  for (const id of DATASET_IDS) {
    const value = json[id];
    if (value === undefined) continue;
    if (typeof value !== 'string' || !ISO_TIME.test(value) || Number.isNaN(Date.parse(value)))
      return { ok: false, path: id };
    revisions[id] = value;
  }
  return { ok: true, revisions };
}

export function readRevisions(bytes: Uint8Array): RevisionsResult {
  try {
    return parseRevisions(JSON.parse(new TextDecoder().decode(bytes)));
  } catch {
    return { ok: false, path: '$' };
  }
}
