import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as proc from './server-process';
import * as staffClient from './staff-client';

const { fetchText, servicesWith } = proc;
const { base64, clientFor, originOf, request, startStaffServer } = staffClient;
type StaffClient = staffClient.StaffClient;
let dirs: proc.Dirs;
let server: proc.RunningServer;
let config: string;
let ed: StaffClient;
let ed2: StaffClient;
let rev: StaffClient;
let both: StaffClient;

beforeAll(async () => {
  const roles = { ed: 'editor', ed2: 'editor', rev: 'reviewer', both: 'editor,reviewer' };
  const started = await startStaffServer({ review: 'required' }, roles);
  ({ dirs, server, config } = started);
  ({ ed, ed2, rev, both } = started.staff as Record<keyof typeof roles, StaffClient>);
});
afterAll(async () => {
  await server?.stop();
  dirs?.remove();
});

interface Part {
  dataset: string;
  before?: string;
  after: string;
  lines: string[];
}
interface Submitted {
  status: string;
  id: string;
  generation: string;
  parts: Part[];
  live: Record<string, string>;
  reason: { zh: string; en: string };
}
interface Listed {
  submissions: Array<{ id: string; by: string; status: string; reason?: string; door: string }>;
}

const board = async () => (await fetchText(server.url)).body;
const liveServices = async () =>
  Buffer.from(await (await fetch(`${server.url}data/services.csv`)).arrayBuffer());
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const liveBase = async () =>
  ((await ed.get('live')).body as { datasets: Record<string, { version: string }> }).datasets;
const submit = async (who: StaffClient, body: string | Uint8Array, name = 'services.csv') => {
  const base = { services: (await liveBase()).services!.version };
  return who.send<Submitted>('POST', 'submissions', {
    fileName: name,
    contentBase64: base64(body),
    base,
  });
};
const events = () =>
  readFileSync(join(dirs.state, 'audit.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('two-person review', () => {
  test('a GBK file from the browser waits; its submitter cannot approve it; a reviewer publishes it', async () => {
    const gbk = iconv.encode(servicesWith(701), 'gbk');
    const sent = await submit(both, gbk, '服务.csv');
    expect(sent.status).toBe(202);
    expect(sent.body.status).toBe('pending');
    expect(sent.body.parts[0]!.lines).toContain('~ 2021 全城通办: count 578 → 701');
    expect(await board()).toContain('全城通办578件');

    // As a page's fetch may send it: JSON content type, empty body.
    const own = await request(`${server.url}api/submissions/${sent.body.id}/approve`, 'POST', {
      origin: originOf(server.url),
      cookie: `putuo_session=${both.cookie}`,
      'x-csrf-token': both.csrf,
      'content-type': 'application/json',
    });
    expect(own.status).toBe(403);
    expect(await board()).toContain('全城通办578件');
    expect((await ed.send('POST', `submissions/${sent.body.id}/approve`)).status).toBe(403);

    const ok = await rev.send<Submitted>('POST', `submissions/${sent.body.id}/approve`);
    expect(ok.status).toBe(200);
    expect(ok.body.status).toBe('published');
    expect(await board()).toContain('全城通办701件');
    expect(await liveServices()).toEqual(gbk);
    expect(events()).toContainEqual(
      expect.objectContaining({
        door: 'browser',
        who: 'both',
        reviewer: 'rev',
        outcome: 'published',
      }),
    );
    const again = await rev.send('POST', `submissions/${sent.body.id}/approve`);
    expect(again.status).toBe(409);
  });

  test('a rejection keeps live unchanged and gives the editor the reason', async () => {
    const before = await liveServices();
    const sent = await submit(ed, servicesWith(702));
    const no = await rev.send('POST', `submissions/${sent.body.id}/reject`, {
      reason: '数字与台账不符 / does not match the ledger',
    });
    expect(no.status).toBe(200);
    expect(await liveServices()).toEqual(before);
    expect(await board()).not.toContain('全城通办702件');
    const mine = (await ed.get<Listed>('submissions')).body.submissions.find(
      (s) => s.id === sent.body.id,
    );
    expect(mine).toMatchObject({
      status: 'rejected',
      reason: '数字与台账不符 / does not match the ledger',
    });
    expect(events()).toContainEqual(
      expect.objectContaining({ event: 'rejected', who: 'rev', submission: sent.body.id }),
    );
  });

  test('two editors from the same base: approving the second is 409 with the first one’s change', async () => {
    const first = await submit(ed, servicesWith(703));
    const second = await submit(ed2, servicesWith(704));
    expect([first.status, second.status]).toEqual([202, 202]);
    expect((await rev.send('POST', `submissions/${first.body.id}/approve`)).status).toBe(200);
    const late = await rev.send<Submitted>('POST', `submissions/${second.body.id}/approve`);
    expect(late.status).toBe(409);
    expect(late.body.status).toBe('conflict');
    expect(late.body.live.services).toBe(sha(Buffer.from(servicesWith(703))));
    expect(late.body.parts[0]!.lines).toEqual(['~ 2021 全城通办: count 701 → 703']);
    expect(late.body.reason.en).toMatch(/Published in between by: ed \(browser, /);
    expect(await board()).toContain('全城通办703件');
  });

  test('an inbox file waits for review too; the CLI publishes only with --no-review, audited', async () => {
    writeFileSync(join(dirs.inbox, 'inbox-services.csv'), servicesWith(705));
    await proc.waitFor(
      () => existsSync(join(dirs.inbox, 'submitted', 'inbox-services.csv')),
      60_000,
    );
    const listed = (await rev.get<Listed>('submissions')).body.submissions;
    expect(listed[0]).toMatchObject({ door: 'inbox', status: 'pending' });
    expect(await board()).toContain('全城通办703件');

    const path = join(dirs.state, '..', 'cli.csv');
    writeFileSync(path, servicesWith(706));
    const env = { PUTUO_CONFIG: config };
    const refused = await proc.runCli(dirs, [path], env);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--no-review/);
    expect(await board()).toContain('全城通办703件');
    const forced = await proc.runCli(dirs, ['--no-review', path], env);
    expect(forced.code, forced.stderr).toBe(0);
    expect(await board()).toContain('全城通办706件');
    expect(events().at(-1)).toMatchObject({ door: 'cli', outcome: 'published', noReview: true });
  });

  test('a rollback goes through review and restores the exact earlier bytes; revisions.json names it', async () => {
    const history = await ed.get<{ versions: Array<{ version: string; door: string }> }>(
      'history/services',
    );
    const bundled = history.body.versions.at(-1)!;
    expect(bundled.door).toBe('bundled');
    const asked = await ed.send<Submitted>('POST', 'history/services/rollback', {
      version: bundled.version,
    });
    expect(asked.status).toBe(202);
    expect(await board()).toContain('全城通办706件');
    const done = await rev.send('POST', `submissions/${asked.body.id}/approve`);
    expect(done.status).toBe(200);
    expect(sha(await liveServices())).toBe(bundled.version);
    expect(sha(await liveServices())).toBe(sha(readBundled()));
    expect(await board()).toContain('全城通办578件');
    const revisions = JSON.parse(
      (await fetchText(`${server.url}data/revisions.json`)).body,
    ) as Record<string, string>;
    expect(Object.keys(revisions)).toEqual(['services']);
    const latest = (
      await ed.get<{ versions: Array<{ door: string; reviewer?: string; at: string }> }>(
        'history/services',
      )
    ).body.versions[0]!;
    expect(latest).toMatchObject({ door: 'rollback', reviewer: 'rev' });
    expect(revisions.services).toBe(latest.at);
  });

  test('a restart keeps a pending submission and the sessions', async () => {
    const sent = await submit(ed, servicesWith(707));
    expect(sent.status).toBe(202);
    await server.stop();
    server = await proc.startServer(dirs, { PUTUO_CONFIG: config });
    // The same cookie and token as before the restart (the port is new, the session is not).
    rev = clientFor(server.url, 'rev', rev.cookie, rev.csrf);
    expect((await rev.get('session')).status).toBe(200);
    const listed = (await rev.get<Listed>('submissions')).body.submissions;
    expect(listed.find((s) => s.id === sent.body.id)).toMatchObject({
      status: 'pending',
      by: 'ed',
    });
    expect((await rev.send('POST', `submissions/${sent.body.id}/approve`)).status).toBe(200);
    expect(await board()).toContain('全城通办707件');
    expect(readdirSync(join(dirs.state, 'submissions'))).toContain(sent.body.id);
  });
});

function readBundled(): Buffer {
  return readFileSync(new URL('../../data/services.csv', import.meta.url));
}
