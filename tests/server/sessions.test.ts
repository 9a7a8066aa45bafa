import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { sessionStore } from '../../server/sessions';

const MINUTE = 60_000;
const limits = { idleMs: 30 * MINUTE, maxMs: 12 * 60 * MINUTE };
let stateDir: string;

beforeEach(() => {
  stateDir = mkdtempSync(join(tmpdir(), 'putuo-sessions-'));
  // Only the clock is faked: the files are real, as the server writes them.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-03-01T09:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
  rmSync(stateDir, { recursive: true, force: true });
});

test('a session unused for longer than the idle timeout ends; use keeps it alive', async () => {
  const store = sessionStore(stateDir, limits);
  const used = await store.create('ed', 'p');
  const unused = await store.create('rev', 'p');
  for (let minute = 20; minute <= 60; minute += 20) {
    vi.advanceTimersByTime(20 * MINUTE);
    expect(await store.get(used.id), `used, at ${minute} min`).toBeDefined();
  }
  expect(await store.get(unused.id)).toBeUndefined();
  // A fresh store reads the same file: the expiry holds across a restart too.
  vi.advanceTimersByTime(limits.idleMs + 1);
  expect(await sessionStore(stateDir, limits).get(used.id)).toBeUndefined();
});

test('a session in use still ends at the maximum age', async () => {
  const store = sessionStore(stateDir, limits);
  const { id } = await store.create('ed', 'p');
  for (let t = 0; t < limits.maxMs - 20 * MINUTE; t += 20 * MINUTE) {
    vi.advanceTimersByTime(20 * MINUTE);
    expect(await store.get(id)).toBeDefined();
  }
  vi.advanceTimersByTime(40 * MINUTE);
  expect(await store.get(id)).toBeUndefined();
});
