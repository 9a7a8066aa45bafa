import { spawn } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { scriptArgs, serverEnv, type Dirs, type RunningServer } from './server-process';
import * as staffClient from './staff-client';

const { PASSWORD, addStaff, base64, clientFor, originOf, request, runStaff, signIn } = staffClient;
let dirs: Dirs;
let server: RunningServer;
let editor: staffClient.StaffClient;
let routes: string[];
/** Long enough for five scrypt checks on a loaded machine to fall in one window. */
const WINDOW_S = 12;

beforeAll(async () => {
  // A short sign-in window so the test sees it end; a proxy header names each try's IP.
  const config = { review: 'required', signInWindowSeconds: WINDOW_S, trustProxy: true };
  const started = await staffClient.startStaffServer(config, {
    ed: 'editor',
    rev: 'reviewer',
    both: 'editor,reviewer',
  });
  ({ dirs, server } = started);
  routes = /api routes: (.*)/.exec(server.output())![1]!.split(', ');
  editor = started.staff.ed!;
});
afterAll(async () => {
  await server?.stop();
  dirs?.remove();
});

const SAFE = ['GET', 'HEAD'];
/** Every route the server registered under /api, with a well-formed id in each parameter. */
const concrete = (path: string) =>
  path.replace(':id', '0123456789abcdef').replace(':dataset', 'services');
const writeRoutes = () => routes.filter((r) => !SAFE.includes(r.split(' ')[0]!));
const call = (route: string, headers: Record<string, string>) => {
  const [method, path] = route.split(' ') as [string, string];
  const body = SAFE.includes(method) ? undefined : {};
  return request(`${server.url}${concrete(path).slice(1)}`, method, headers, body);
};

describe('staff accounts', () => {
  test('staff.json holds scrypt hashes with their salt and parameters, no password, mode 0600', async () => {
    const text = readFileSync(join(dirs.state, 'staff.json'), 'utf8');
    expect(text).not.toContain(PASSWORD);
    expect(statSync(join(dirs.state, 'staff.json')).mode & 0o777).toBe(0o600);
    const { accounts } = JSON.parse(text) as {
      accounts: Array<{ name: string; roles: string[]; password: Record<string, unknown> }>;
    };
    expect(accounts.map((a) => [a.name, a.roles.join(',')])).toEqual([
      ['ed', 'editor'],
      ['rev', 'reviewer'],
      ['both', 'editor,reviewer'],
    ]);
    const salts = accounts.map((a) => a.password.salt);
    expect(new Set(salts).size).toBe(3);
    expect(accounts[0]!.password).toMatchObject({ algo: 'scrypt', N: 32768, r: 8, p: 1 });
    const list = await runStaff(dirs, ['list']);
    expect(list.stdout).toMatch(/^ed\teditor\t/m);
    expect((await runStaff(dirs, ['add', 'ed', '--password-stdin'], PASSWORD)).code).toBe(1);
  });
});

describe('every /api route, from the server route table', () => {
  test('the table holds the staff routes', () => {
    for (const r of [
      'POST /api/session',
      'POST /api/submissions',
      'POST /api/submissions/:id/approve',
      'POST /api/submissions/:id/reject',
      'POST /api/history/:dataset/rollback',
      'DELETE /api/session',
    ])
      expect(routes).toContain(r);
  });

  test('a write without a session is 401, from the own origin', async () => {
    const own = { origin: originOf(server.url) };
    for (const route of writeRoutes().filter((r) => r !== 'POST /api/session')) {
      const res = await call(route, own);
      expect([route, res.status]).toEqual([route, 401]);
      expect(res.body).toMatchObject({ error: { zh: expect.any(String), en: expect.any(String) } });
    }
  });

  test('a read without a session is 401', async () => {
    for (const route of routes.filter((r) => r.startsWith('GET ')))
      expect([route, (await call(route, {})).status]).toEqual([route, 401]);
  });

  test('a write from another Origin, or saying nothing of its origin, is 403 even signed in', async () => {
    const session = { cookie: `putuo_session=${editor.cookie}`, 'x-csrf-token': editor.csrf };
    for (const route of writeRoutes()) {
      const evil = await call(route, { ...session, origin: 'http://evil.example' });
      expect([route, evil.status]).toEqual([route, 403]);
      expect([route, (await call(route, session)).status]).toEqual([route, 403]);
    }
  });

  test('a forged or missing CSRF token is 403 with a valid session and Origin', async () => {
    const headers = { cookie: `putuo_session=${editor.cookie}`, origin: originOf(server.url) };
    for (const route of writeRoutes().filter((r) => r !== 'POST /api/session')) {
      const forged = await call(route, { ...headers, 'x-csrf-token': 'x'.repeat(43) });
      expect([route, forged.status]).toEqual([route, 403]);
      expect([route, (await call(route, headers)).status]).toEqual([route, 403]);
    }
  });
});

describe('ids from the client are looked up, never joined into a path', () => {
  test('traversal and unknown ids are 400', async () => {
    const rev = await signIn(server.url, 'rev');
    const bad = [
      await rev.get('history/..%2F..%2Fstaff.json'),
      await rev.get('history/services%2F..%2F..'),
      await rev.get('submissions/..%2F..%2Fstaff.json/file'),
      await rev.get('submissions/0123456789abcdef/file'),
      await rev.send('POST', 'submissions/..%2Fsessions.json/approve'),
      await rev.send('POST', 'submissions/0123456789abcdef/reject', { reason: 'x' }),
      await editor.send('POST', 'history/services/rollback', { version: '../../staff.json' }),
      await editor.send('POST', 'history/services/rollback', { version: 'a'.repeat(64) }),
      await editor.send('POST', 'submissions', {
        fileName: 'services.csv',
        contentBase64: base64('period,item,count\n2021,x,1\n'),
        base: { '../services': 'a'.repeat(64) },
      }),
      await editor.send('POST', 'submissions', {
        fileName: 'services.csv',
        contentBase64: base64('period,item,count\n2021,x,1\n'),
        base: { services: '../../versions/x' },
      }),
    ];
    expect(bad.map((r, i) => [i, r.status])).toEqual(bad.map((_, i) => [i, 400]));
  });

  test('a body over 50 MB is 413', async () => {
    const big = JSON.stringify({ fileName: 'a.csv', contentBase64: 'A'.repeat(51 * 1024 * 1024) });
    expect(await staffClient.postEarlyAnswer(server.url, editor, 'submissions', big)).toBe(413);
  });
});

/** `npm run staff -- ARGS` at a terminal (a pty from util-linux's script), typing each answer at its prompt. */
function atTerminal(args: string[], answers: Array<[prompt: RegExp, typed: string]>) {
  const line = [process.execPath, ...scriptArgs('staff'), ...args].map((a) => `'${a}'`).join(' ');
  const child = spawn('script', ['-qec', line, '/dev/null'], {
    env: serverEnv(dirs),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let screen = '';
  const pending = [...answers];
  child.stdout.on('data', (b: Buffer) => {
    screen += b.toString();
    const next = pending[0];
    if (next && next[0].test(screen)) {
      pending.shift();
      screen += '⏎';
      child.stdin.write(`${next[1]}\r`);
    }
  });
  return new Promise<{ code: number; screen: string }>((done) =>
    child.once('exit', (code) => done({ code: code ?? -1, screen })),
  );
}

describe('staff accounts at a terminal', () => {
  test('add prompts twice for the password without echoing it, and the account signs in', async () => {
    const typed = `${PASSWORD}-tty`;
    const out = await atTerminal(
      ['add', 'tty', '--role', 'editor'],
      [
        [/的密码: $/, typed],
        [/再输一次: $/, typed],
      ],
    );
    expect(out.code, out.screen).toBe(0);
    expect(out.screen).toMatch(/Password for tty \/ tty 的密码: ⏎[\s\S]*Again \/ 再输一次: ⏎/);
    expect(out.screen).not.toContain(typed);
    const res = await request(
      `${server.url}api/session`,
      'POST',
      { origin: originOf(server.url) },
      { name: 'tty', password: typed },
    );
    expect(res.status).toBe(200);
  });

  test('two different answers add no account', async () => {
    const out = await atTerminal(
      ['add', 'typo', '--role', 'editor'],
      [
        [/的密码: $/, `${PASSWORD}-one`],
        [/再输一次: $/, `${PASSWORD}-two`],
      ],
    );
    expect(out.code).not.toBe(0);
    expect(out.screen).toContain('the two passwords differ');
    expect((await runStaff(dirs, ['list'])).stdout).not.toMatch(/^typo\t/m);
  });
});

describe('sessions', () => {
  test('cookie flags, a new id at each sign-in, ids stored hashed, sign-out ends it', async () => {
    const res = await request(
      `${server.url}api/session`,
      'POST',
      { origin: originOf(server.url) },
      { name: 'both', password: PASSWORD },
    );
    const cookie = res.headers.getSetCookie().join('\n');
    expect(cookie).toMatch(/^putuo_session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Strict$/);
    const again = await signIn(server.url, 'both');
    const first = /putuo_session=([^;]+)/.exec(cookie)![1]!;
    expect(again.cookie).not.toBe(first);
    const stored = readFileSync(join(dirs.state, 'sessions.json'), 'utf8');
    expect(stored).not.toContain(first);
    expect(stored).not.toContain(again.cookie);
    expect((await again.get('session')).body).toMatchObject({
      name: 'both',
      roles: ['editor', 'reviewer'],
      review: 'required',
    });
    const out = await again.send('DELETE', 'session');
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie().join('')).toMatch(
      /putuo_session=;.*Expires=Thu, 01 Jan 1970/,
    );
    expect((await again.get('session')).status).toBe(401);
    expect((await clientFor(server.url, 'both', first, '').get('session')).status).toBe(200);
  });

  test('a new password ends the account’s sessions', async () => {
    await addStaff(dirs, 'temp', 'editor');
    const temp = await signIn(server.url, 'temp');
    expect((await temp.get('session')).status).toBe(200);
    const reset = await runStaff(dirs, ['reset', 'temp', '--password-stdin'], `${PASSWORD}!`);
    expect(reset.code, reset.stderr).toBe(0);
    expect((await temp.get('session')).status).toBe(401);
    await runStaff(dirs, ['remove', 'temp']);
    const gone = await request(
      `${server.url}api/session`,
      'POST',
      { origin: originOf(server.url) },
      { name: 'temp', password: `${PASSWORD}!` },
    );
    expect(gone.status).toBe(401);
  });
});

describe('sign-in limits', () => {
  const tryAs = (name: string, password: string, ip: string) =>
    request<{ error: { zh: string; en: string }; retryAfterS: number }>(
      `${server.url}api/session`,
      'POST',
      { origin: originOf(server.url), 'x-forwarded-for': ip },
      { name, password },
    );

  test('per account: the 6th try in the window is 429 even with the right password, then it works', async () => {
    for (let i = 1; i <= 5; i++)
      expect((await tryAs('rev', 'wrong', `10.0.0.${i}`)).status).toBe(401);
    const sixth = await tryAs('rev', PASSWORD, '10.0.0.6');
    expect(sixth.status).toBe(429);
    const wait = Number(sixth.headers.get('retry-after'));
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(WINDOW_S);
    expect(sixth.body.retryAfterS).toBe(wait);
    expect(sixth.body.error.zh).toContain('登录尝试过多');
    expect(sixth.body.error.en).toContain('Too many sign-in attempts');
    await new Promise((r) => setTimeout(r, wait * 1000 + 200));
    expect((await tryAs('rev', PASSWORD, '10.0.0.7')).status).toBe(200);
  });

  test('per IP: five wrong names from one address hold back a sixth try from it, not from another', async () => {
    for (let i = 1; i <= 5; i++)
      expect((await tryAs(`nobody${i}`, 'x', '10.0.1.1')).status).toBe(401);
    expect((await tryAs('ed', PASSWORD, '10.0.1.1')).status).toBe(429);
    expect((await tryAs('ed', PASSWORD, '10.0.1.2')).status).toBe(200);
    await new Promise((r) => setTimeout(r, WINDOW_S * 1000 + 200));
    expect((await tryAs('ed', PASSWORD, '10.0.1.1')).status).toBe(200);
  });

  test('sign-ins, failures and sign-outs are in the audit log', () => {
    const events = readFileSync(join(dirs.state, 'audit.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { event?: string; who: string; ip?: string })
      .filter((e) => e.event);
    const kinds = new Set(events.map((e) => e.event));
    for (const k of ['sign-in', 'sign-in-failed', 'sign-in-limited', 'sign-out'])
      expect(kinds).toContain(k);
    expect(events).toContainEqual(
      expect.objectContaining({ event: 'sign-in-failed', who: 'rev', ip: '10.0.0.1' }),
    );
  });
});
