import Fastify, { type FastifyInstance } from 'fastify';
import { apiPlugin } from './api-plugin';
import type { ServerConfig } from './config';
import type { Publisher } from './publish';
import type { Review } from './review';
import { sitePlugin } from './site-plugin';

/** Request bodies (a file in base64 inside JSON) stop here: 413 past it. */
export const BODY_LIMIT = 50 * 1024 * 1024;

/** The HTTP side: the live generation with its headers, and the staff routes under /api. */
export async function createApp(
  config: ServerConfig,
  publisher: Publisher,
  review: Review,
): Promise<{ app: FastifyInstance; apiRoutes: string[] }> {
  const app = Fastify({
    logger: false,
    return503OnClosing: true,
    bodyLimit: BODY_LIMIT,
    trustProxy: config.trustProxy,
  });
  const apiRoutes: string[] = [];
  await app.register(sitePlugin, { stateDir: config.stateDir });
  await app.register(apiPlugin, { prefix: '/api', config, publisher, review, routes: apiRoutes });
  return { app, apiRoutes };
}
