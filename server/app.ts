import Fastify, { type FastifyInstance } from 'fastify';
import type { ServerConfig } from './config';
import { sitePlugin } from './site-plugin';

/** The HTTP side: the live generation with its headers. Write routes (issue 11) go under /api. */
export async function createApp(config: ServerConfig): Promise<FastifyInstance> {
  const app = Fastify({ logger: false, return503OnClosing: true });
  await app.register(sitePlugin, { stateDir: config.stateDir });
  return app;
}
