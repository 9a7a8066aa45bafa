import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { GENERATION_HEADER, headersFor } from './headers';
import { liveSite } from './generations';

/**
 * Serves the live generation with @fastify/static. The generation is resolved once per request,
 * so its header and its bytes always come from the same folder even while a publish switches.
 */
export async function sitePlugin(app: FastifyInstance, opts: { stateDir: string }) {
  await app.register(fastifyStatic, {
    root: opts.stateDir,
    serve: false,
    preCompressed: true,
    cacheControl: false,
    dotfiles: 'deny',
    index: ['index.html'],
  });
  app.addHook('onRequest', async (req, reply) => {
    const path = new URL(req.url, 'http://x').pathname;
    req.headersToSend = headersFor(path);
    const live = await liveSite(opts.stateDir);
    if (live) reply.header(GENERATION_HEADER, live.id);
    req.site = live?.dir;
  });
  app.addHook('onSend', async (req, reply) => {
    reply.headers(req.headersToSend ?? {});
    // An error must not be cached as if it were the immutable asset asked for.
    if (reply.statusCode >= 400) reply.header('cache-control', 'no-store');
  });
  app.get('/*', (req, reply) => {
    if (!req.site) return reply.code(503).send('no live generation');
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      return reply.code(400).send('bad path');
    }
    return reply.sendFile(path, req.site);
  });
}

declare module 'fastify' {
  interface FastifyRequest {
    site?: string;
    headersToSend?: Record<string, string>;
  }
}
