import { hashBytes } from './fingerprint';
import { parseManifest, type Manifest } from './manifest';
import { markParse } from './parse-mark';
import { readCsv } from './read-csv';
import { readRevisions, REVISIONS_FILE, type Revisions } from './revisions';
import { SCHEMAS } from './schema';
import { DATASET_IDS, type Dataset, type DatasetId, type Issue } from './types';

export const MANIFEST_FILE = 'datasets.json';
export type FileId = DatasetId | 'manifest';
export const FILE_IDS: readonly FileId[] = ['manifest', ...DATASET_IDS];

export const fileNameOf = (id: FileId): string =>
  id === 'manifest' ? MANIFEST_FILE : SCHEMAS[id].file;

/** One file of data/ as a door got it: from disk, from fetch, or handed over by a caller. */
export type ReadBytesResult =
  { ok: true; bytes: Uint8Array; modifiedAt?: number } | { ok: false; issue: Issue };
export type ReadBytes = (name: string) => Promise<ReadBytesResult>;

interface Found {
  name: string;
  /** Of the file's bytes: equal hashes mean the same file, parsed or not. */
  hash: string;
  modifiedAt?: number;
}
type Failed = { status: 'error'; name: string; hash?: string; issues: Issue[] };
/** Its hash matched the copy the caller already holds, so it was not parsed. */
type Unchanged = Found & { status: 'unchanged' };

export type ManifestEntry = (Found & { status: 'ready'; manifest: Manifest }) | Unchanged | Failed;
export type DatasetEntry =
  (Found & { status: 'ready'; dataset: Dataset; warnings: Issue[] }) | Unchanged | Failed;
export type FolderEntry = ManifestEntry | DatasetEntry;

export interface DataFolder {
  manifest?: ManifestEntry;
  datasets: Partial<Record<DatasetId, DatasetEntry>>;
  /** From the optional revisions.json; read only with the whole folder. */
  revisions?: { revisions: Revisions; issue?: Issue };
}

export interface FolderOptions {
  /** The files to read; all of them by default. */
  files?: readonly FileId[];
  /** Hashes of the copies the caller holds: a file with the same bytes is not parsed again. */
  known?: Partial<Record<FileId, string>>;
  /** Skip parsing only when every file read is unchanged (an embed redraws from all of them). */
  allOrNothing?: boolean;
  /** Each file as soon as it is read, so one slow file does not hold back the others. */
  onEntry?: (id: FileId, entry: FolderEntry) => void;
}

/** Absent is normal (a static build); a malformed one is a warning and counts as none. */
async function revisionsOf(readBytes: ReadBytes): Promise<NonNullable<DataFolder['revisions']>> {
  const got = await readBytes(REVISIONS_FILE);
  if (!got.ok) return { revisions: {} };
  const read = readRevisions(got.bytes);
  if (read.ok) return { revisions: read.revisions };
  const issue: Issue = { code: 'bad_revisions', severity: 'warning', params: { path: read.path } };
  return { revisions: {}, issue };
}

/** The manifest's bytes to its checked shape: JSON.parse, then parseManifest. */
function readManifest(
  bytes: Uint8Array,
): { ok: true; manifest: Manifest } | { ok: false; issue: Issue } {
  markParse(MANIFEST_FILE);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return {
      ok: false,
      issue: { code: 'bad_manifest', severity: 'error', params: { path: '$' } },
    };
  }
  const result = parseManifest(json);
  return result.ok
    ? result
    : {
        ok: false,
        issue: { code: 'bad_manifest', severity: 'error', params: { path: result.path } },
      };
}

type Bytes = { got: ReadBytesResult; name: string; hash?: string };

function missing(name: string, got: ReadBytesResult): Failed {
  return {
    status: 'error',
    name,
    issues: [got.ok ? { code: 'file_empty', severity: 'error' } : got.issue],
  };
}

/** The entry for one file: missing, unchanged (its hash is known), or what `read` makes of it. */
function entryOf<R extends object>(
  { got, name, hash }: Bytes,
  skip: boolean,
  read: (bytes: Uint8Array) => ({ ok: true } & R) | { ok: false; issues: Issue[] },
) {
  if (!got.ok || hash === undefined) return missing(name, got);
  const found: Found = {
    name,
    hash,
    ...(got.modifiedAt !== undefined && { modifiedAt: got.modifiedAt }),
  };
  if (skip) return { ...found, status: 'unchanged' as const };
  const result = read(got.bytes);
  if (!result.ok) return { status: 'error' as const, name, hash, issues: result.issues };
  const { ok: _ok, ...value } = result;
  return { ...found, status: 'ready' as const, ...value };
}

function manifestEntry(bytes: Bytes, skip: boolean): ManifestEntry {
  return entryOf(bytes, skip, (b) => {
    const read = readManifest(b);
    return read.ok ? { ok: true, manifest: read.manifest } : { ok: false, issues: [read.issue] };
  });
}

function datasetEntry(id: DatasetId, bytes: Bytes, skip: boolean): DatasetEntry {
  return entryOf(bytes, skip, (b) => {
    const read = readCsv(b, { fileName: bytes.name, datasetId: id });
    return read.ok
      ? { ok: true, dataset: read.dataset, warnings: read.warnings }
      : { ok: false, issues: read.issues };
  });
}

/**
 * data/ through the one core path every door uses: each file is read once, hashed, and parsed
 * once unless its hash says the caller already holds it. A bad file fails alone.
 */
export async function readDataFolder(
  readBytes: ReadBytes,
  options: FolderOptions = {},
): Promise<DataFolder> {
  const ids = options.files ?? FILE_IDS;
  const known = options.known ?? {};
  const fetchOne = async (id: FileId): Promise<Bytes> => {
    const name = fileNameOf(id);
    const got = await readBytes(name);
    return got.ok ? { got, name, hash: hashBytes(got.bytes) } : { got, name };
  };
  const same = (id: FileId, bytes: Bytes) => bytes.hash !== undefined && bytes.hash === known[id];
  // Either all bytes first (to know whether all are unchanged), or each file as it arrives.
  const all = options.allOrNothing ? await Promise.all(ids.map(fetchOne)) : undefined;
  const allSame = all?.every((bytes, i) => same(ids[i] ?? 'manifest', bytes)) ?? false;
  const folder: DataFolder = { datasets: {} };
  const revisions = options.files === undefined ? revisionsOf(readBytes) : undefined;
  await Promise.all(
    ids.map(async (id, i) => {
      const bytes = all?.[i] ?? (await fetchOne(id));
      const skip = all ? allSame : same(id, bytes);
      if (id === 'manifest') {
        const entry = manifestEntry(bytes, skip);
        folder.manifest = entry;
        options.onEntry?.(id, entry);
      } else {
        const entry = datasetEntry(id, bytes, skip);
        folder.datasets[id] = entry;
        options.onEntry?.(id, entry);
      }
    }),
  );
  if (revisions) folder.revisions = await revisions;
  return folder;
}

/** Every error and warning of a folder, by file name, in the order of the files. */
export function folderIssues(folder: DataFolder): { file: string; issue: Issue }[] {
  const entries: FolderEntry[] = [
    ...(folder.manifest ? [folder.manifest] : []),
    ...DATASET_IDS.flatMap((id) => folder.datasets[id] ?? []),
  ];
  const revisionsIssue = folder.revisions?.issue;
  return [
    ...entries.flatMap((entry) => {
      const issues =
        entry.status === 'error' ? entry.issues : 'warnings' in entry ? entry.warnings : [];
      return issues.map((issue) => ({ file: entry.name, issue }));
    }),
    ...(revisionsIssue ? [{ file: REVISIONS_FILE, issue: revisionsIssue }] : []),
  ];
}

/** A reader over files already in memory, as the server and the build hand them over. */
export function readerOf(
  files: ReadonlyArray<{ name: string; bytes: Uint8Array; modifiedAt?: number }>,
): ReadBytes {
  return (name) => {
    const file = files.find((f) => f.name === name);
    return Promise.resolve(
      file
        ? {
            ok: true,
            bytes: file.bytes,
            ...(file.modifiedAt !== undefined && { modifiedAt: file.modifiedAt }),
          }
        : { ok: false, issue: { code: 'file_missing', severity: 'error' } },
    );
  };
}
