import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { ROOT, runCli, servicesWith } from './server-process';
import { serverPerFile } from './server-per-file';

const running = serverPerFile();

interface Audit {
  door: string;
  who: string;
  outcome: string;
  dataset?: string;
  before?: string;
  after?: string;
  reason?: { zh: string; en: string };
}
const audit = (): Audit[] =>
  readFileSync(join(running.dirs.state, 'audit.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Audit);
const liveBytes = async () =>
  Buffer.from(await (await fetch(`${running.server.url}data/services.csv`)).arrayBuffer());
const file = (name: string, body: string | Uint8Array) => {
  const path = join(running.dirs.state, '..', name);
  writeFileSync(path, body);
  return path;
};
/** The hash marked live in `--history services`. */
async function liveVersion(): Promise<string> {
  const { stdout } = await runCli(running.dirs, ['--history', 'services']);
  return /^([0-9a-f]{64}) .*\* live$/m.exec(stdout)![1]!;
}

describe('npm run publish', () => {
  test('--dry-run prints the diff against live and changes nothing', async () => {
    const before = await liveBytes();
    const lines = audit().length;
    const res = await runCli(running.dirs, ['--dry-run', file('dry.csv', servicesWith(611))]);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toContain('~ 2021 全城通办: count 578 → 611');
    expect(res.stdout).toMatch(/1 changed, 0 added, 0 removed, 4 unchanged/);
    expect(res.stdout).toMatch(/dry run, nothing changed/);
    expect(await liveBytes()).toEqual(before);
    expect(audit()).toHaveLength(lines);
  });

  test('publish, history and rollback: a rollback restores the exact old bytes', async () => {
    const original = readFileSync(join(ROOT, 'data', 'services.csv'));
    const first = await liveVersion();
    const gbk = iconv.encode(servicesWith(612).replace(/\n/g, '\r\n'), 'gbk');
    const pub = await runCli(running.dirs, [file('服务.csv', gbk)]);
    expect(pub.code, pub.stderr).toBe(0);
    expect(pub.stdout).toMatch(/published \(g\d+\)/);
    expect(await liveBytes()).toEqual(gbk);
    expect((await fetch(running.server.url).then((r) => r.text())).includes('全城通办612件')).toBe(
      true,
    );

    const history = (await runCli(running.dirs, ['--history', 'services'])).stdout
      .trim()
      .split('\n');
    expect(history).toHaveLength(2);
    expect(history[0]).toMatch(new RegExp(`^${first} .* bundled `));
    expect(history[1]).toMatch(/ cli .*服务\.csv .*1 changed.*\* live$/);

    const back = await runCli(running.dirs, ['--rollback', 'services', first.slice(0, 10)]);
    expect(back.code, back.stderr).toBe(0);
    expect(await liveBytes()).toEqual(original);
    const after = (await runCli(running.dirs, ['--history', 'services'])).stdout.trim().split('\n');
    expect(after).toHaveLength(3);
    expect(after[2]).toMatch(new RegExp(`^${first} .* rollback .*\\* live$`));
    expect(audit().at(-1)).toMatchObject({ door: 'rollback', outcome: 'published', after: first });
  });

  test('a rollback to a version never published as that dataset is refused', async () => {
    const crime = /^([0-9a-f]{64}) /m.exec(
      (await runCli(running.dirs, ['--history', 'crime'])).stdout,
    )![1]!;
    const res = await runCli(running.dirs, ['--rollback', 'services', crime]);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/never published as services/);
  });

  test('two publishes of one dataset at once: one lands, the other is refused naming it, both audited', async () => {
    const base = await liveVersion();
    const lines = audit().length;
    const [a, b] = await Promise.all([
      runCli(running.dirs, ['--base', `services=${base}`, file('a.csv', servicesWith(621))]),
      runCli(running.dirs, ['--base', `services=${base}`, file('b.csv', servicesWith(622))]),
    ]);
    const codes = [a.code, b.code].sort();
    expect(codes).toEqual([0, 1]);
    const [won, lost] = a.code === 0 ? [a, b] : [b, a];
    expect(lost.stderr).toMatch(/Published in between by: \S+ \(cli, /);
    expect(lost.stderr).toMatch(/其间发布者/);
    const attempts = audit().slice(lines);
    expect(attempts.map((r) => r.outcome).sort()).toEqual(['published', 'refused']);
    const landed = attempts.find((r) => r.outcome === 'published')!;
    expect(await liveBytes()).toEqual(Buffer.from(servicesWith(won === a ? 621 : 622)));
    expect(attempts.find((r) => r.outcome === 'refused')!.reason!.en).toContain(
      landed.after!.slice(0, 12),
    );
  });
});
