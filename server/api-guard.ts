import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Bilingual } from './refusal';
import type { SessionStore, Session } from './sessions';
import { readStaff, type Role, type StaffAccount } from './staff';

/** Who may call a route: every /api route names one; a route that names none is refused. */
export type Access = 'public' | 'staff' | Role;

export const SESSION_COOKIE = 'putuo_session';
const SAFE = new Set(['GET', 'HEAD']);

export function apiError(reply: FastifyReply, status: number, error: Bilingual) {
  return reply.code(status).send({ error });
}

export const ownOrigin = (req: FastifyRequest) => `${req.protocol}://${req.host}`;

/** A write from another site, or a write that says nothing of where it comes from. */
function foreign(req: FastifyRequest): boolean {
  const origin = req.headers.origin;
  if (origin !== undefined) return origin !== ownOrigin(req);
  return !SAFE.has(req.method) && req.headers['sec-fetch-site'] !== 'same-origin';
}

function sameToken(given: unknown, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

const T = {
  origin: { zh: '请求来源不是本站，已拒绝。', en: 'The request does not come from this site.' },
  session: { zh: '请先登录。', en: 'Please sign in first.' },
  csrf: { zh: '页面已过期，请刷新后重试。', en: 'The page is out of date: reload and try again.' },
  role: { zh: '您的账号没有此权限。', en: 'Your account may not do this.' },
};

/**
 * The one onRequest hook of the /api plugin: Origin, then session, then CSRF (on writes), then
 * role. It runs for every route registered in the plugin, including routes added later.
 */
export function apiGuard(sessions: SessionStore, stateDir: string) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const access = req.routeOptions.config.access;
    if (foreign(req)) return apiError(reply, 403, T.origin);
    if (access === 'public') return;
    const id = req.cookies[SESSION_COOKIE];
    const session = await sessions.get(id);
    const account = session && (await readStaff(stateDir)).find((a) => a.name === session.name);
    if (!session || !account || account.passwordSetAt !== session.passwordSetAt)
      return apiError(reply, 401, T.session);
    if (!SAFE.has(req.method) && !sameToken(req.headers['x-csrf-token'], session.csrf))
      return apiError(reply, 403, T.csrf);
    const allowed =
      access === 'staff'
        ? account.roles.length > 0
        : access !== undefined && account.roles.includes(access);
    if (!allowed) return apiError(reply, 403, T.role);
    req.staff = { account, session, sessionId: id ?? '' };
  };
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    staff?: { account: StaffAccount; session: Session; sessionId: string };
  }
}

/** A JSON body schema of one required string field. */
export function oneField(name: string, rule: Record<string, string | number>) {
  return { type: 'object', required: [name], properties: { [name]: { type: 'string', ...rule } } };
}

/** The signed-in account of a route behind the guard. */
export function staffOf(req: FastifyRequest) {
  if (!req.staff) throw new Error(`${req.url}: no staff on a guarded route`);
  return req.staff;
}
