import { diffDatasets } from '../src/core/diff';
import { readCsv } from '../src/core/read-csv';
import type { DatasetId } from '../src/core/types';
import { diffLines } from './diff-lines';
import type { GenerationMeta } from './generations';
import { readIncoming, type IncomingPart } from './incoming';
import { issuesText, type Bilingual } from './refusal';
import { getVersion, sha256 } from './versions';

export interface PartResult {
  dataset: string;
  file: string;
  before?: string;
  after: string;
  diff: { added: number; changed: number; removed: number; unchanged: number };
  /** What changed, row by row, for a person to read. */
  lines: string[];
}

/** What replacing `before` (bytes of a version, if any) with the parsed `after` changes. */
export async function comparePart(
  stateDir: string,
  part: Pick<IncomingPart, 'datasetId' | 'file' | 'dataset' | 'bytes'>,
  before: string | undefined,
): Promise<PartResult> {
  const beforeBytes = before ? await getVersion(stateDir, before) : undefined;
  const old =
    beforeBytes && readCsv(beforeBytes, { fileName: part.file, datasetId: part.datasetId });
  const d = diffDatasets(old && old.ok ? old.dataset : undefined, part.dataset);
  return {
    dataset: part.datasetId,
    file: part.file,
    before,
    after: sha256(part.bytes),
    diff: {
      added: d.added.length,
      changed: d.changed.length,
      removed: d.removed.length,
      unchanged: d.unchanged,
    },
    lines: diffLines(part.datasetId, d),
  };
}

/** The diff from one stored version of a dataset to another: what someone else changed. */
export async function compareVersions(
  stateDir: string,
  datasetId: DatasetId,
  file: string,
  from: string | undefined,
  to: string,
): Promise<PartResult> {
  const bytes = await getVersion(stateDir, to);
  const read = readCsv(bytes, { fileName: file, datasetId });
  if (!read.ok) throw new Error(`stored version ${to} of ${datasetId} does not read`);
  return comparePart(stateDir, { datasetId, file, dataset: read.dataset, bytes }, from);
}

export interface IncomingFile {
  name: string;
  bytes: Uint8Array;
  /** A workbook's sheets to publish; every visible dataset sheet when absent. */
  sheets?: string[];
}

export type ReadParts =
  | { ok: true; parts: IncomingPart[]; results: PartResult[] }
  | { ok: false; file: string; reason: Bilingual };

/** Every incoming file read through the core, each dataset in it compared with live. */
export async function readParts(
  stateDir: string,
  live: GenerationMeta,
  files: ReadonlyArray<IncomingFile>,
): Promise<ReadParts> {
  const parts: IncomingPart[] = [];
  for (const f of files) {
    const read = await readIncoming(f.name, f.bytes, f.sheets);
    if (!read.ok) return { ok: false, file: f.name, reason: issuesText(read.issues) };
    parts.push(...read.parts);
  }
  const results: PartResult[] = [];
  for (const p of parts) results.push(await comparePart(stateDir, p, live.data[p.file]?.sha));
  return { ok: true, parts, results };
}
