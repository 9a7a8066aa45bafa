/**
 * The site's own server: `npm start` runs this after building if needed.
 *   node --import tsx server/main.ts      (PORT, HOST, INBOX_DIR, PUTUO_STATE_DIR, PUTUO_CONFIG)
 */
import { mkdir } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { createApp } from './app';
import { loadConfig } from './config';
import { startInbox } from './inbox';
import { createPublisher } from './publish';
import { createReview } from './review';
import { diskText } from './refusal';
import { startRenderHost } from './render-host';
import { prepareState } from './startup';

const log = (line: string) => console.log(line);

async function main() {
  const config = loadConfig();
  await mkdir(config.stateDir, { recursive: true });
  // Renders run in a worker thread: seconds of CPU that must not stall the readers on this loop.
  const renderer = await startRenderHost(config.buildDir);
  const render = renderer.render;
  const publisher = createPublisher(config, render);
  const who = userInfo().username;
  const { generation, notes } = await prepareState(config, publisher, render, who);
  notes.forEach(log);
  const review = createReview(config, publisher);
  const { app, apiRoutes } = await createApp(config, publisher, review);
  const inbox = await startInbox(config.inboxDir, review, who, log);
  const address = await app.listen({ host: config.host, port: config.port });
  // The route table, for the security test that walks every staff route.
  log(`putuo: api routes: ${apiRoutes.join(', ')}`);
  log(`putuo: review ${config.review}`);
  log(`putuo: serving ${generation.id} at ${address}/ (inbox ${config.inboxDir})`);
  const stop = async () => {
    await inbox.close();
    // A publish under way finishes, so a stop never leaves one for the next start to settle.
    await publisher.idle();
    await app.close();
    await renderer.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
}

main().catch((e: unknown) => {
  const text = (e as NodeJS.ErrnoException).code ? diskText(e, loadConfig().stateDir).en : '';
  console.error(`putuo: ${text || (e as Error).message}`);
  process.exit(1);
});
