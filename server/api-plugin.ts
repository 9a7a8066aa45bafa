import fastifyCookie from '@fastify/cookie';
import type { FastifyError, FastifyInstance } from 'fastify';
import { apiError, apiGuard } from './api-guard';
import { historyRoutes } from './api-history';
import { sessionRoutes } from './api-session';
import { submissionRoutes } from './api-submissions';
import type { ServerConfig } from './config';
import type { Publisher } from './publish';
import type { Review } from './review';
import { sessionStore } from './sessions';

export interface ApiOptions {
  config: ServerConfig;
  publisher: Publisher;
  review: Review;
  /** Filled with "METHOD /api/path" for every route as it is added: the route table. */
  routes: string[];
}

const MESSAGES: Record<number, { zh: string; en: string }> = {
  400: { zh: '请求格式不正确。', en: 'The request is malformed.' },
  404: { zh: '没有此项。', en: 'Not found.' },
  413: { zh: '请求超过 50 MB 上限。', en: 'The request is over the 50 MB limit.' },
  415: { zh: '请求须为 JSON。', en: 'The request must be JSON.' },
};

/** Staff routes under /api, all behind one onRequest hook (apiGuard). */
export async function apiPlugin(app: FastifyInstance, opts: ApiOptions) {
  const { config } = opts;
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const m of methods) opts.routes.push(`${m} ${route.url}`);
  });
  await app.register(fastifyCookie);
  const sessions = sessionStore(config.stateDir, {
    idleMs: config.sessionIdleMinutes * 60_000,
    maxMs: config.sessionMaxHours * 3_600_000,
  });
  app.addHook('onRequest', apiGuard(sessions, config.stateDir));
  // A POST with no body (approve) may still say it is JSON: read it as {}, not as a 400.
  const json = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) =>
    body === '' ? done(null, {}) : json(req, body.toString(), done),
  );
  app.addHook('onSend', async (_req, reply) => {
    reply.header('cache-control', 'no-store');
    reply.header('x-content-type-options', 'nosniff');
    reply.header('content-security-policy', "default-src 'none'; frame-ancestors 'none'");
    reply.header('x-frame-options', 'DENY');
  });
  app.setErrorHandler((e: FastifyError, _req, reply) => {
    const status = e.statusCode && e.statusCode >= 400 && e.statusCode < 500 ? e.statusCode : 500;
    const text = MESSAGES[status] ?? {
      zh: `服务器出错：${e.message}`,
      en: `Server error: ${e.message}`,
    };
    return apiError(reply, status, text);
  });
  app.setNotFoundHandler((_req, reply) => apiError(reply, 404, MESSAGES[404]!));
  await sessionRoutes(app, { config, sessions });
  await submissionRoutes(app, opts);
  await historyRoutes(app, opts);
}
