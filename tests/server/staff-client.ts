import { writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { runScript, startServer, tempDirs, type Dirs, type RunningServer } from './server-process';

export const PASSWORD = 'correct horse battery staple';

/** `npm run staff -- ARGS` as staff run it, the password on standard input. */
export const runStaff = (dirs: Dirs, args: string[], stdin = '') =>
  runScript(dirs, 'staff', args, {}, stdin);

export async function addStaff(dirs: Dirs, name: string, roles: string) {
  const res = await runStaff(dirs, ['add', name, '--role', roles, '--password-stdin'], PASSWORD);
  if (res.code !== 0) throw new Error(`staff add ${name}: ${res.stderr}`);
}

export interface Answer<T = Record<string, unknown>> {
  status: number;
  body: T;
  headers: Headers;
}

/** A signed-in staff member's requests, as the page makes them: same Origin, cookie, CSRF. */
export interface StaffClient {
  name: string;
  cookie: string;
  csrf: string;
  get<T = Record<string, unknown>>(path: string): Promise<Answer<T>>;
  send<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<Answer<T>>;
}

export async function request<T = Record<string, unknown>>(
  url: string,
  method: string,
  headers: Record<string, string>,
  body?: unknown,
): Promise<Answer<T>> {
  const res = await fetch(url, {
    method,
    headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : {};
  } catch {
    // Not JSON (a file download): kept as text.
  }
  return { status: res.status, body: parsed as T, headers: res.headers };
}

export const originOf = (url: string) => new URL(url).origin;

export async function signIn(
  url: string,
  name: string,
  password = PASSWORD,
  headers: Record<string, string> = {},
): Promise<StaffClient> {
  const res = await request<{ csrf: string }>(
    `${url}api/session`,
    'POST',
    { origin: originOf(url), ...headers },
    { name, password },
  );
  if (res.status !== 200)
    throw new Error(`sign-in ${name}: ${res.status} ${JSON.stringify(res.body)}`);
  const cookie = /putuo_session=([^;]+)/.exec(res.headers.getSetCookie().join('\n'))![1]!;
  return clientFor(url, name, cookie, res.body.csrf);
}

export function clientFor(url: string, name: string, cookie: string, csrf: string): StaffClient {
  const headers = { origin: originOf(url), cookie: `putuo_session=${cookie}` };
  return {
    name,
    cookie,
    csrf,
    get: (path) => request(`${url}api/${path}`, 'GET', headers),
    send: (method, path, body) =>
      request(`${url}api/${path}`, method, { ...headers, 'x-csrf-token': csrf }, body),
  };
}

export const base64 = (text: string | Uint8Array) => Buffer.from(text).toString('base64');

export interface StaffServer {
  dirs: Dirs;
  server: RunningServer;
  /** The putuo.config.json it was started with. */
  config: string;
  /** Each account, signed in. */
  staff: Record<string, StaffClient>;
  /** Stops the server and removes its folders. */
  stop(): Promise<void>;
}

/** A server started as `npm start` does, with `config` and these accounts (name → roles). */
export async function startStaffServer(
  config: Record<string, unknown>,
  accounts: Record<string, string>,
): Promise<StaffServer> {
  const dirs = tempDirs();
  const path = join(dirs.state, '..', 'putuo.config.json');
  writeFileSync(path, JSON.stringify(config));
  for (const [name, roles] of Object.entries(accounts)) await addStaff(dirs, name, roles);
  const server = await startServer(dirs, { PUTUO_CONFIG: path });
  const staff: Record<string, StaffClient> = {};
  for (const name of Object.keys(accounts)) staff[name] = await signIn(server.url, name);
  const stop = async () => {
    await server.stop();
    dirs.remove();
  };
  return { dirs, server, config: path, staff, stop };
}

/**
 * The status of a POST the server must answer before reading its body (a 413), through node:http:
 * the body is declared whole but only begun, so a server that waited for it would never answer.
 */
export function postEarlyAnswer(url: string, who: StaffClient, path: string, body: string) {
  const bytes = Buffer.from(body);
  const headers = {
    origin: originOf(url),
    cookie: `putuo_session=${who.cookie}`,
    'x-csrf-token': who.csrf,
    'content-type': 'application/json',
    'content-length': String(bytes.length),
  };
  return new Promise<number>((done, fail) => {
    const req = httpRequest(`${url}api/${path}`, { method: 'POST', headers }, (res) => {
      res.resume();
      done(res.statusCode ?? 0);
      req.destroy();
    });
    req.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE' && e.code !== 'ECONNRESET') fail(e);
    });
    // Only the start of the body: the answer has to come from the declared length, before the
    // rest is read (sending it all raced the server closing the socket, and the answer was lost).
    req.write(bytes.subarray(0, 64 * 1024));
  });
}
