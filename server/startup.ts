import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { appendAudit, type AuditRecord } from './audit';
import type { ServerConfig } from './config';
import {
  buildFiles,
  liveGeneration,
  prune,
  removeUnfinished,
  switchTo,
  writeGeneration,
  type GenerationMeta,
} from './generations';
import { settleJournal } from './journal';
import type { Publisher } from './publish';
import type { DataFile, SiteRenderer } from '../scripts/site-renderer';
import { getVersion, putVersion } from './versions';

async function renderGeneration(
  c: ServerConfig,
  render: SiteRenderer,
  data: GenerationMeta['data'],
): Promise<GenerationMeta> {
  const inputs: DataFile[] = await Promise.all(
    Object.entries(data).map(async ([name, d]) => ({
      name,
      bytes: await getVersion(c.stateDir, d.sha),
      modifiedAt: d.modifiedAt,
    })),
  );
  const outcome = await render(inputs, new Date());
  if (!outcome.ok) throw new Error(outcome.issues.map((i) => `${i.file}: ${i.text.en}`).join('\n'));
  const gen = await writeGeneration(c.stateDir, c.distDir, outcome.files, { data });
  await switchTo(c.stateDir, gen.id);
  return gen;
}

/** The bundled `data/` of the project, as the first generation of a fresh state folder. */
async function publishBundled(c: ServerConfig, render: SiteRenderer, who: string) {
  const dir = join(c.root, 'data');
  const names = (await readdir(dir)).filter((n) => /\.(csv|json)$/.test(n)).sort();
  const data: GenerationMeta['data'] = {};
  for (const name of names) {
    const bytes = new Uint8Array(await readFile(join(dir, name)));
    data[name] = {
      sha: await putVersion(c.stateDir, bytes),
      modifiedAt: (await stat(join(dir, name))).mtimeMs,
    };
  }
  const gen = await renderGeneration(c, render, data);
  const time = new Date().toISOString();
  const records: AuditRecord[] = names
    .filter((n) => n.endsWith('.csv'))
    .map((n) => ({
      time,
      door: 'bundled',
      who,
      outcome: 'published',
      file: `data/${n}`,
      dataset: n.replace(/\.csv$/, ''),
      after: data[n]!.sha,
      generation: gen.id,
    }));
  await appendAudit(c.stateDir, records);
  return gen;
}

/**
 * Before serving: settle a publish a crash cut short, publish the bundled data on a fresh state
 * folder, and re-render the live data when `npm run build` made new assets.
 */
export async function prepareState(
  c: ServerConfig,
  publisher: Publisher,
  render: SiteRenderer,
  who: string,
): Promise<{ generation: GenerationMeta; notes: string[] }> {
  return publisher.exclusive('start', async () => {
    const notes: string[] = [];
    await removeUnfinished(c.stateDir);
    const settled = await settleJournal(c.stateDir);
    if (settled) notes.push(`recovered: ${settled}`);
    let live = await liveGeneration(c.stateDir);
    if (!live) {
      live = await publishBundled(c, render, who);
      notes.push(`published the bundled data/ as ${live.id}`);
    } else if (live.build !== (await buildFiles(c.distDir)).stamp) {
      live = await renderGeneration(c, render, live.data);
      notes.push(`new build: re-rendered the live data as ${live.id}`);
    }
    await prune(c.stateDir, c.generationsKept);
    return { generation: live, notes };
  });
}
