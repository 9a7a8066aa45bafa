import type { Lang, Localized } from '../core/manifest';
import type { StaffSession } from '../store/staff-slice';
import {
  historyOf,
  liveOf,
  localizedOf,
  publishReplyOf,
  sessionOf,
  submissionsOf,
  type HistoryVersion,
  type LiveFile,
  type PublishReply,
  type Submission,
} from './staff-replies';

export type Answer<T> = { ok: true; value: T } | { ok: false; reason: Localized; status: number };

/** Relative, so a board served under a sub-path asks its own server. */
const api = (path: string) => new URL(`api/${path}`, document.baseURI).href;

const NETWORK: Localized = {
  zh: '无法连接发布服务，请检查网络后重试。',
  en: 'Could not reach the publishing service. Check the connection and try again.',
};
const UNEXPECTED: Localized = {
  zh: '发布服务的答复无法识别。',
  en: 'The publishing service gave an answer this page does not understand.',
};

async function call(
  path: string,
  init: { method?: string; csrf?: string; body?: unknown } = {},
): Promise<{ status: number; json: unknown; res?: Response }> {
  const headers: Record<string, string> = {};
  if (init.csrf !== undefined) headers['x-csrf-token'] = init.csrf;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  try {
    const res = await fetch(api(path), {
      method: init.method ?? 'GET',
      headers,
      credentials: 'same-origin',
      cache: 'no-store',
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    const type = res.headers.get('content-type') ?? '';
    const json: unknown = type.includes('json')
      ? await res.json().catch(() => undefined)
      : undefined;
    return { status: res.status, json, res };
  } catch {
    return { status: 0, json: undefined };
  }
}

function failure(status: number, json: unknown): { reason: Localized; status: number } {
  const error =
    json && typeof json === 'object' ? localizedOf(Reflect.get(json, 'error')) : undefined;
  return { reason: error ?? (status === 0 ? NETWORK : UNEXPECTED), status };
}

async function answer<T>(
  path: string,
  init: Parameters<typeof call>[1],
  parse: (json: unknown) => T | undefined,
): Promise<Answer<T>> {
  const { status, json } = await call(path, init);
  const value = status >= 200 && status < 300 ? parse(json) : undefined;
  return value !== undefined ? { ok: true, value } : { ok: false, ...failure(status, json) };
}

export type SessionCheck =
  | { kind: 'signed-in'; session: StaffSession }
  | { kind: 'signed-out' }
  /** No publishing server here (a static host): 404, or no answer at all. */
  | { kind: 'no-server' };

export async function checkSession(): Promise<SessionCheck> {
  const { status, json } = await call('session');
  const session = status === 200 ? sessionOf(json) : undefined;
  if (session) return { kind: 'signed-in', session };
  return status === 401 || status === 403 ? { kind: 'signed-out' } : { kind: 'no-server' };
}

export async function signIn(
  name: string,
  password: string,
): Promise<Answer<StaffSession> & { retryAfterS?: number }> {
  const { status, json } = await call('session', { method: 'POST', body: { name, password } });
  const session = status === 200 ? sessionOf(json) : undefined;
  if (session) return { ok: true, value: session };
  const retry = json && typeof json === 'object' ? Reflect.get(json, 'retryAfterS') : undefined;
  return {
    ok: false,
    ...failure(status, json),
    ...(typeof retry === 'number' && { retryAfterS: retry }),
  };
}

export const signOut = (csrf: string) => call('session', { method: 'DELETE', csrf });

export const liveFiles = (csrf: string): Promise<Answer<Record<string, LiveFile>>> =>
  answer('live', { csrf }, liveOf);

/** A publish-like request: its answers are the same whatever the route. */
async function publishCall(path: string, csrf: string, body: unknown, lang: Lang) {
  const { status, json } = await call(path, { method: 'POST', csrf, body });
  const reply = publishReplyOf(json, lang);
  if (reply) return reply;
  const { reason } = failure(status, json);
  return { status: 'failed', reason, signedOut: status === 401 } satisfies PublishReply;
}

export interface SubmitBody {
  fileName: string;
  contentBase64: string;
  base: Record<string, string>;
}

export const submit = (csrf: string, body: SubmitBody, lang: Lang): Promise<PublishReply> =>
  publishCall('submissions', csrf, body, lang);

export const submissions = (csrf: string): Promise<Answer<Submission[]>> =>
  answer('submissions', { csrf }, submissionsOf);

export const approve = (csrf: string, id: string, lang: Lang): Promise<PublishReply> =>
  publishCall(`submissions/${encodeURIComponent(id)}/approve`, csrf, {}, lang);

export async function reject(csrf: string, id: string, reason: string): Promise<Answer<true>> {
  return answer(
    `submissions/${encodeURIComponent(id)}/reject`,
    { method: 'POST', csrf, body: { reason } },
    () => true,
  );
}

export async function submittedFile(csrf: string, id: string): Promise<Blob | undefined> {
  const { status, res } = await call(`submissions/${encodeURIComponent(id)}/file`, { csrf });
  return status === 200 && res ? res.blob() : undefined;
}

export const history = (csrf: string, dataset: string): Promise<Answer<HistoryVersion[]>> =>
  answer(`history/${encodeURIComponent(dataset)}`, { csrf }, historyOf);

export const rollback = (csrf: string, dataset: string, version: string, lang: Lang) =>
  publishCall(`history/${encodeURIComponent(dataset)}/rollback`, csrf, { version }, lang);
