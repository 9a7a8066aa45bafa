import type { DataFile, SiteRenderer } from '../scripts/site-renderer';
import { appendAudit, readAudit, type AuditRecord } from './audit';
import type { ServerConfig } from './config';
import { crashPoint } from './faults';
import { prune, switchTo, writeGeneration, type GenerationMeta } from './generations';
import type { IncomingPart } from './incoming';
import { clearJournal, writeJournal } from './journal';
import type { PartResult } from './publish-parts';
import type { Bilingual } from './refusal';
import { REVISIONS_FILE, revisionsFile } from './revisions';
import { getVersion, putVersion } from './versions';

export type Commit =
  | { ok: true; generation: GenerationMeta; timings: Record<string, number> }
  | { ok: false; reason: Bilingual; timings: Record<string, number> };

/**
 * The write half of a publish, holding the writer lock: journal, versions, render, a new
 * generation, the switch, then the audit records. Throws on a disk fault or a render crash.
 */
export async function commitGeneration(
  c: ServerConfig,
  render: SiteRenderer,
  live: GenerationMeta,
  parts: IncomingPart[],
  results: PartResult[],
  published: AuditRecord[],
): Promise<Commit> {
  const timings: Record<string, number> = {};
  const lap = (name: string, since: number) =>
    (timings[name] = Math.round(performance.now() - since));
  const tWrite = performance.now();
  await writeJournal(c.stateDir, published);
  for (const p of parts) await putVersion(c.stateDir, p.bytes);
  crashPoint('after-write');
  const now = new Date();
  const data = { ...live.data };
  for (const r of results) data[r.file] = { sha: r.after, modifiedAt: now.getTime() };
  const revisions = revisionsFile([...(await readAudit(c.stateDir)), ...published]);
  if (revisions)
    data[REVISIONS_FILE] = {
      sha: await putVersion(c.stateDir, revisions),
      modifiedAt: now.getTime(),
    };
  const inputs: DataFile[] = await Promise.all(
    Object.entries(data).map(async ([name, d]) => ({
      name,
      bytes: await getVersion(c.stateDir, d.sha),
      modifiedAt: d.modifiedAt,
    })),
  );
  lap('write', tWrite);
  const tRender = performance.now();
  const outcome = await render(inputs, now);
  lap('render', tRender);
  if (!outcome.ok) {
    await clearJournal(c.stateDir);
    const reason = {
      zh: outcome.issues.map((i) => `${i.file}: ${i.text.zh}`).join('\n'),
      en: outcome.issues.map((i) => `${i.file}: ${i.text.en}`).join('\n'),
    };
    return { ok: false, reason, timings };
  }
  for (const [k, v] of Object.entries(outcome.timings)) timings[k] = Math.round(v);
  const tGen = performance.now();
  const gen = await writeGeneration(c.stateDir, c.distDir, outcome.files, { data });
  lap('generation', tGen);
  const tSwitch = performance.now();
  await switchTo(c.stateDir, gen.id);
  lap('switch', tSwitch);
  crashPoint('after-switch');
  await appendAudit(
    c.stateDir,
    published.map((r) => ({ ...r, generation: gen.id })),
  );
  await clearJournal(c.stateDir);
  await prune(c.stateDir, c.generationsKept).catch(() => undefined);
  return { ok: true, generation: gen, timings };
}
