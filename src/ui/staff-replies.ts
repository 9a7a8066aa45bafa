import { isRecord } from '../core/is-record';
import type { Localized } from '../core/manifest';
import type { StaffRole, StaffSession } from '../store/staff-slice';

/** One dataset of a publish, as the server diffed it (server/publish.ts PartResult). */
export interface Part {
  dataset: string;
  file: string;
  diff: { added: number; changed: number; removed: number; unchanged: number };
  lines: string[];
}

export interface Submission {
  id: string;
  by: string;
  at: string;
  fileName: string;
  parts: Part[];
  status: 'pending' | 'approved' | 'rejected';
  reason?: string;
}

export interface HistoryVersion {
  version: string;
  at: string;
  by: string;
  door: string;
  reviewer?: string;
  diff?: Part['diff'];
  lines: string[];
}

/** What a publish, an approval or a rollback came to, for the person who asked. */
export type PublishReply =
  | { status: 'published'; generation: string; parts: Part[] }
  | { status: 'pending'; id: string; parts: Part[] }
  | { status: 'conflict'; live: Record<string, string>; parts: Part[] }
  | { status: 'refused'; reason: Localized; issues: string[] }
  /** Not the publish's answer: the session ended, a role is missing, the network failed… */
  | { status: 'failed'; reason: Localized; signedOut: boolean };

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number => (typeof v === 'number' ? v : 0);
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [];

export function localizedOf(v: unknown): Localized | undefined {
  return isRecord(v) && typeof v.zh === 'string' && typeof v.en === 'string'
    ? { zh: v.zh, en: v.en }
    : undefined;
}

export function sessionOf(json: unknown): StaffSession | undefined {
  if (!isRecord(json)) return undefined;
  const name = str(json.name);
  const csrf = str(json.csrf);
  const roles = strings(json.roles).filter(
    (r): r is StaffRole => r === 'editor' || r === 'reviewer',
  );
  if (name === undefined || csrf === undefined) return undefined;
  return { name, csrf, roles, review: json.review === 'required' ? 'required' : 'off' };
}

function diffOf(v: unknown): Part['diff'] | undefined {
  if (!isRecord(v)) return undefined;
  return {
    added: num(v.added),
    changed: num(v.changed),
    removed: num(v.removed),
    unchanged: num(v.unchanged),
  };
}

export function partsOf(v: unknown): Part[] {
  if (!Array.isArray(v)) return [];
  return v.filter(isRecord).map((p) => ({
    dataset: str(p.dataset) ?? '',
    file: str(p.file) ?? '',
    diff: diffOf(p.diff) ?? { added: 0, changed: 0, removed: 0, unchanged: 0 },
    lines: strings(p.lines),
  }));
}

/** Issues come as bilingual lines or plain text; either is shown as the server wrote it. */
function issueLines(v: unknown, lang: keyof Localized): string[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((i) => {
    if (typeof i === 'string') return [i];
    const text = localizedOf(i) ?? (isRecord(i) ? localizedOf(i.text) : undefined);
    const file = isRecord(i) ? str(i.file) : undefined;
    return text ? [file ? `${file}: ${text[lang]}` : text[lang]] : [];
  });
}

export function publishReplyOf(json: unknown, lang: keyof Localized): PublishReply | undefined {
  if (!isRecord(json)) return undefined;
  const parts = partsOf(json.parts);
  switch (json.status) {
    case 'published':
      return { status: 'published', generation: str(json.generation) ?? '', parts };
    case 'pending':
      return { status: 'pending', id: str(json.id) ?? '', parts };
    case 'conflict': {
      const live: Record<string, string> = {};
      if (isRecord(json.live))
        for (const [id, v] of Object.entries(json.live)) if (typeof v === 'string') live[id] = v;
      return { status: 'conflict', live, parts };
    }
    case 'refused': {
      const reason = localizedOf(json.reason) ?? { zh: '', en: '' };
      return { status: 'refused', reason, issues: issueLines(json.issues, lang) };
    }
  }
  return undefined;
}

const whoAndWhen = (r: Record<string, unknown>) => ({
  by: str(r.by) ?? '',
  at: str(r.at) ?? '',
});

export function submissionsOf(json: unknown): Submission[] {
  const list = isRecord(json) && Array.isArray(json.submissions) ? json.submissions : [];
  return list.filter(isRecord).flatMap((s) => {
    const id = str(s.id);
    const status = s.status;
    if (
      id === undefined ||
      (status !== 'pending' && status !== 'approved' && status !== 'rejected')
    )
      return [];
    const reason = str(s.reason);
    return [
      {
        id,
        ...whoAndWhen(s),
        fileName: str(s.fileName) ?? '',
        parts: partsOf(s.parts),
        status,
        ...(reason !== undefined && { reason }),
      },
    ];
  });
}

export function historyOf(json: unknown): HistoryVersion[] {
  const list = isRecord(json) && Array.isArray(json.versions) ? json.versions : [];
  return list.filter(isRecord).flatMap((v) => {
    const version = str(v.version);
    if (version === undefined) return [];
    const reviewer = str(v.reviewer);
    const diff = diffOf(v.diff);
    return [
      {
        version,
        ...whoAndWhen(v),
        door: str(v.door) ?? '',
        ...(reviewer !== undefined && { reviewer }),
        ...(diff && { diff }),
        lines: strings(v.lines),
      },
    ];
  });
}

export interface LiveFile {
  version: string;
  file: string;
}

export function liveOf(json: unknown): Record<string, LiveFile> | undefined {
  if (!isRecord(json) || !isRecord(json.datasets)) return undefined;
  const live: Record<string, LiveFile> = {};
  for (const [id, v] of Object.entries(json.datasets)) {
    if (!isRecord(v)) continue;
    const version = str(v.version);
    const file = str(v.file);
    if (version !== undefined && file !== undefined) live[id] = { version, file };
  }
  return live;
}
