import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli, servicesWith, startServer, waitFor, type RunningServer } from './server-process';
import { bundledStatePerFile } from './server-per-file';

const bundled = bundledStatePerFile();

/** Makes the state folder really read-only: a read-only bind mount as root, permissions otherwise. */
function readOnly(dir: string): () => void {
  if (process.getuid?.() === 0) {
    execFileSync('mount', ['--bind', dir, dir]);
    execFileSync('mount', ['-o', 'remount,bind,ro', dir]);
    return () => execFileSync('umount', [dir]);
  }
  chmodSync(dir, 0o555);
  return () => chmodSync(dir, 0o755);
}

async function live(server: RunningServer) {
  const res = await fetch(`${server.url}data/services.csv`);
  return { generation: res.headers.get('x-putuo-generation'), body: await res.text() };
}

async function expectRefused(server: RunningServer, name: string, code: RegExp) {
  const before = await live(server);
  writeFileSync(join(bundled.dirs.inbox, name), servicesWith(641));
  const errors = join(bundled.dirs.inbox, 'rejected', `${name}.errors.txt`);
  await waitFor(() => existsSync(errors), 60_000);
  const text = readFileSync(errors, 'utf8');
  expect(text).toMatch(code);
  expect(text).toContain(bundled.dirs.state);
  expect(await live(server)).toEqual(before);
  return text;
}

describe('disk faults', () => {
  test('a read-only state folder: a clear error in both languages, the live site unchanged', async () => {
    const server = await startServer(bundled.dirs);
    const restore = readOnly(bundled.dirs.state);
    try {
      const text = await expectRefused(server, 'read-only.csv', /\((EROFS|EACCES)/);
      expect(text).toMatch(/状态目录 .* 不可写/);
      expect(text).toMatch(/The state folder .* is not writable/);
      const cli = await runCli(bundled.dirs, [
        join(bundled.dirs.inbox, 'rejected', 'read-only.csv'),
      ]);
      expect(cli.code).not.toBe(0);
      expect(cli.stderr).toMatch(/is not writable \((EROFS|EACCES)/);
      expect((await live(server)).body).not.toContain('641');
    } finally {
      restore();
      await server.stop();
    }
  });

  test('ENOSPC from the file system: the same clear error, the live site unchanged', async () => {
    const server = await startServer(bundled.dirs, { PUTUO_FAULT: 'write:enospc' });
    try {
      const text = await expectRefused(server, 'disk-full.csv', /ENOSPC/);
      expect(text).toMatch(/磁盘已满/);
      expect(text).toMatch(/The disk is full/);
    } finally {
      await server.stop();
    }
  });
});
