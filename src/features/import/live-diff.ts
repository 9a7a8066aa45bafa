import { readCsv } from '../../core/read-csv';
import type { Dataset } from '../../core/types';
import type { Localized } from '../../core/manifest';
import { liveFiles } from '../../ui/staff-api';
import { summariseDiff, type DiffSummary } from './read-file';

export type LiveDiff =
  { ok: true; base: Record<string, string>; diff: DiffSummary } | { ok: false; reason: Localized };

const UNREADABLE: Localized = {
  zh: '线上数据文件无法读取。',
  en: 'The live data file could not be read.',
};

/**
 * What publishing `dataset` would change on the live site: the live file as the server lists it,
 * fetched and read through the core loader, diffed like a draft. `base` names that live version.
 */
export async function diffAgainstLive(csrf: string, dataset: Dataset): Promise<LiveDiff> {
  const live = await liveFiles(csrf);
  if (!live.ok) return { ok: false, reason: live.reason };
  const entry = live.value[dataset.id];
  if (!entry) return { ok: true, base: {}, diff: summariseDiff(undefined, dataset) };
  const url = new URL(`data/${encodeURIComponent(entry.file)}`, document.baseURI);
  let bytes: Uint8Array;
  try {
    const res = await fetch(url, { cache: 'no-store' });
    if (!res.ok) return { ok: false, reason: UNREADABLE };
    bytes = new Uint8Array(await res.arrayBuffer());
  } catch {
    return { ok: false, reason: UNREADABLE };
  }
  const read = readCsv(bytes, { fileName: entry.file, datasetId: dataset.id });
  if (!read.ok) return { ok: false, reason: UNREADABLE };
  return {
    ok: true,
    base: { [dataset.id]: entry.version },
    diff: summariseDiff(read.dataset, dataset),
  };
}

export async function base64Of(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let text = '';
  // In slices: String.fromCharCode takes its arguments on the stack.
  for (let i = 0; i < bytes.length; i += 0x8000)
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}
