import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { apiError, SESSION_COOKIE, staffOf } from './api-guard';
import { appendEvent } from './audit';
import type { ServerConfig } from './config';
import { rateLimiter } from './rate-limit';
import type { SessionStore } from './sessions';
import { verifyStaff } from './staff';

const signInBody = {
  type: 'object',
  required: ['name', 'password'],
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 64 },
    password: { type: 'string', minLength: 1, maxLength: 1024 },
  },
} as const;

const WRONG = {
  zh: '账号或密码不正确。',
  en: 'The account name or the password is wrong.',
};

function limited(s: number) {
  return {
    zh: `登录尝试过多，请 ${s} 秒后再试。`,
    en: `Too many sign-in attempts: try again in ${s} s.`,
  };
}

function cookieOptions(req: FastifyRequest, maxAgeS?: number) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: req.protocol === 'https',
    ...(maxAgeS !== undefined && { maxAge: maxAgeS }),
  } as const;
}

/** Sign-in (the one route without a session), the session's state, sign-out. */
export async function sessionRoutes(
  app: FastifyInstance,
  { config, sessions }: { config: ServerConfig; sessions: SessionStore },
) {
  const limit = rateLimiter(config.signInTries, config.signInWindowSeconds * 1000);
  const audit = (e: Parameters<typeof appendEvent>[1]) =>
    appendEvent(config.stateDir, e).catch(() => undefined);

  app.post<{ Body: { name: string; password: string } }>(
    '/session',
    { config: { access: 'public' }, schema: { body: signInBody } },
    async (req, reply: FastifyReply) => {
      const { name, password } = req.body;
      const keys = [`name:${name}`, `ip:${req.ip}`];
      const wait = Math.max(...keys.map((k) => limit.retryAfterS(k)));
      if (wait > 0) {
        await audit({ event: 'sign-in-limited', who: name, ip: req.ip });
        reply.header('retry-after', String(wait));
        return reply.code(429).send({ error: limited(wait), retryAfterS: wait });
      }
      const account = await verifyStaff(config.stateDir, name, password);
      if (!account) {
        keys.forEach((k) => limit.fail(k));
        await audit({ event: 'sign-in-failed', who: name, ip: req.ip });
        return apiError(reply, 401, WRONG);
      }
      limit.clear(keys[0]!);
      await sessions.end(req.cookies[SESSION_COOKIE]);
      const { id, session } = await sessions.create(account.name, account.passwordSetAt);
      await audit({ event: 'sign-in', who: account.name, ip: req.ip });
      reply.setCookie(SESSION_COOKIE, id, cookieOptions(req));
      return { name: account.name, roles: account.roles, csrf: session.csrf };
    },
  );

  app.get('/session', { config: { access: 'staff' } }, async (req) => {
    const { account, session } = staffOf(req);
    return { name: account.name, roles: account.roles, csrf: session.csrf, review: config.review };
  });

  app.delete('/session', { config: { access: 'staff' } }, async (req, reply) => {
    const { account, sessionId } = staffOf(req);
    await sessions.end(sessionId);
    await audit({ event: 'sign-out', who: account.name, ip: req.ip });
    reply.clearCookie(SESSION_COOKIE, cookieOptions(req));
    return reply.code(204).send();
  });
}
