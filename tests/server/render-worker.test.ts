import { existsSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fetchText, servicesWith, waitFor } from './server-process';
import { serverPerFile } from './server-per-file';

// Render 1 is the bundled data on this fresh state folder; the worker dies on render 2.
const running = serverPerFile({ PUTUO_FAULT: 'render:crash-2' });

const audit = () =>
  readFileSync(join(running.dirs.state, 'audit.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { outcome: string; file?: string });
const live = () => readlinkSync(join(running.dirs.state, 'current')).split('/').pop();

describe('the render worker', () => {
  test('dies mid-render: that publish fails cleanly and is audited, live is unchanged', async () => {
    const before = live();
    writeFileSync(join(running.dirs.inbox, 'crash.csv'), servicesWith(611));
    const errors = join(running.dirs.inbox, 'rejected', 'crash.csv.errors.txt');
    await waitFor(() => existsSync(errors), 60_000);
    expect(readFileSync(errors, 'utf8')).toMatch(/渲染进程意外退出[\s\S]*render worker stopped/);
    expect(audit().filter((r) => r.file === 'crash.csv')).toMatchObject([{ outcome: 'failed' }]);
    expect(live()).toBe(before);
    const board = await fetchText(running.server.url);
    expect(board.status).toBe(200);
    expect(board.generation).toBe(before);
    expect(board.body).toContain('全城通办578件');
    expect(running.server.output()).not.toMatch(/uncaught|unhandled/i);
  });

  test('is started again, and the next publish lands', async () => {
    writeFileSync(join(running.dirs.inbox, 'after.csv'), servicesWith(612));
    await waitFor(() => existsSync(join(running.dirs.inbox, 'done', 'after.csv')), 90_000);
    const board = await fetchText(running.server.url);
    expect(board.body).toContain('全城通办612件');
    expect(board.generation).toBe(live());
    expect(audit().filter((r) => r.file === 'after.csv')).toMatchObject([{ outcome: 'published' }]);
  });
});
