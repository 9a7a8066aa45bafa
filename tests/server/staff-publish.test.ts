import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fetchText, servicesWith, type Dirs, type RunningServer } from './server-process';
import { base64, startStaffServer, type StaffClient, type StaffServer } from './staff-client';

let started: StaffServer;
let dirs: Dirs;
let server: RunningServer;
let ed: StaffClient;
let ed2: StaffClient;
let rev: StaffClient;

beforeAll(async () => {
  // Nothing set: review is off by default.
  const roles = { ed: 'editor', ed2: 'editor', rev: 'reviewer' };
  started = await startStaffServer({}, roles);
  ({ dirs, server } = started);
  ({ ed, ed2, rev } = started.staff as Record<keyof typeof roles, StaffClient>);
});
afterAll(() => started?.stop());

interface Answer {
  status: string;
  generation: string;
  parts: Array<{ dataset: string; lines: string[] }>;
  live: Record<string, string>;
  reason: { zh: string; en: string };
}
type Live = { generation: string; datasets: Record<string, { version: string; file: string }> };

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const liveServices = async () =>
  new Uint8Array(await (await fetch(`${server.url}data/services.csv`)).arrayBuffer());
const board = async () => (await fetchText(server.url)).body;
const publish = (who: StaffClient, body: string | Uint8Array, base: Record<string, string>) =>
  who.send<Answer>('POST', 'submissions', {
    fileName: 'services.csv',
    contentBase64: base64(body),
    base,
  });

describe('publishing from the browser, review off', () => {
  test('the session says review is off; /api/live gives each dataset’s live version', async () => {
    expect((await ed.get('session')).body).toMatchObject({ name: 'ed', review: 'off' });
    const live = (await rev.get<Live>('live')).body;
    expect(live.datasets.services).toEqual({
      version: sha(await liveServices()),
      file: 'services.csv',
    });
  });

  test('an editor publishes a GBK file: the no-JS HTML shows it, audited as the browser door', async () => {
    const base = { services: (await ed.get<Live>('live')).body.datasets.services!.version };
    const gbk = iconv.encode(servicesWith(801), 'gbk');
    const res = await publish(ed, gbk, base);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('published');
    expect(res.body.parts[0]!.lines).toEqual(['~ 2021 全城通办: count 578 → 801']);
    expect(await board()).toContain('全城通办801件');
    expect((await fetchText(`${server.url}embed/services.html`)).body).toContain('全城通办801件');
    const audit = readFileSync(join(dirs.state, 'audit.jsonl'), 'utf8').trim().split('\n');
    expect(JSON.parse(audit.at(-1)!)).toMatchObject({
      door: 'browser',
      who: 'ed',
      outcome: 'published',
      after: sha(gbk),
    });
  });

  test('a reviewer alone may not publish', async () => {
    const base = { services: (await rev.get<Live>('live')).body.datasets.services!.version };
    expect((await publish(rev, servicesWith(802), base)).status).toBe(403);
  });

  test('two editors from the same base: the second gets 409 with the first one’s change', async () => {
    const base = { services: (await ed.get<Live>('live')).body.datasets.services!.version };
    const first = await publish(ed, servicesWith(803), base);
    expect(first.status).toBe(200);
    const second = await publish(ed2, servicesWith(804), base);
    expect(second.status).toBe(409);
    expect(second.body.status).toBe('conflict');
    expect(second.body.live).toEqual({ services: sha(Buffer.from(servicesWith(803))) });
    expect(second.body.parts[0]!.lines).toEqual(['~ 2021 全城通办: count 801 → 803']);
    expect(second.body.reason.zh).toContain('ed（browser');
    expect(await board()).toContain('全城通办803件');
  });

  test('a file with errors is 422 with the reasons; live is unchanged', async () => {
    const before = await liveServices();
    const base = { services: sha(before) };
    const bad = servicesWith(805).replace('805', '-5');
    const res = await publish(ed, bad, base);
    expect(res.status).toBe(422);
    expect(res.body.status).toBe('refused');
    expect(res.body.reason.en).toMatch(/row 4|count/i);
    expect(await liveServices()).toEqual(before);
  });

  test('a rollback restores the exact earlier bytes and revisions.json lists the dataset', async () => {
    const history = (
      await ed.get<{ versions: Array<{ version: string; door: string; by: string }> }>(
        'history/services',
      )
    ).body.versions;
    expect(history.map((v) => v.door)).toEqual(['browser', 'browser', 'bundled']);
    const gbk = history[1]!;
    const res = await ed.send<Answer>('POST', 'history/services/rollback', {
      version: gbk.version,
    });
    expect(res.status).toBe(200);
    expect(sha(await liveServices())).toBe(gbk.version);
    expect(sha(await liveServices())).toBe(sha(iconv.encode(servicesWith(801), 'gbk')));
    expect(await board()).toContain('全城通办801件');
    const revisions = JSON.parse(
      (await fetchText(`${server.url}data/revisions.json`)).body,
    ) as Record<string, string>;
    expect(Object.keys(revisions)).toEqual(['services']);
    expect(Date.parse(revisions.services!)).toBeGreaterThan(Date.now() - 600_000);
  });
});
