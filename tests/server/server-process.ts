import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The arguments after `node` in the last step of `npm run SCRIPT`, read from package.json. */
export function scriptArgs(script: string): string[] {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const [node, ...args] = (pkg.scripts[script] ?? '').split('&&').at(-1)!.trim().split(/\s+/);
  if (node !== 'node') throw new Error(`npm run ${script} does not end in a node command: ${node}`);
  return args;
}

/** The server's command exactly as `npm start` runs it. */
const startCommand = () => scriptArgs('start');

export interface Dirs {
  state: string;
  inbox: string;
  remove(): void;
}

export function tempDirs(): Dirs {
  const base = mkdtempSync(join(tmpdir(), 'putuo-server-'));
  return {
    state: join(base, 'state'),
    inbox: join(base, 'inbox'),
    remove: () => rmSync(base, { recursive: true, force: true }),
  };
}

export interface RunningServer {
  url: string;
  pid: number;
  child: ChildProcess;
  output(): string;
  /** Resolves when the output holds `text`; rejects if the process ends first. */
  waitForOutput(text: string | RegExp, timeoutMs?: number): Promise<void>;
  /** Resolves with the exit signal or code. */
  exited: Promise<string>;
  stop(): Promise<void>;
}

export function serverEnv(dirs: Dirs, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  // Vitest sets NODE_ENV=test; `npm start` in a shell sets none, so neither does the test.
  const inherited = { ...process.env };
  delete inherited.NODE_ENV;
  return {
    ...inherited,
    PORT: '0',
    HOST: '127.0.0.1',
    PUTUO_STATE_DIR: dirs.state,
    INBOX_DIR: dirs.inbox,
    ...extra,
  };
}

/** Starts a server process (not waiting); `ready` resolves once it serves. */
export function spawnServer(dirs: Dirs, extra: Record<string, string> = {}) {
  const child = spawn(process.execPath, startCommand(), {
    cwd: ROOT,
    env: serverEnv(dirs, extra),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const listeners = new Set<() => void>();
  const onData = (b: Buffer) => {
    out += b.toString();
    listeners.forEach((l) => l());
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<string>((done) =>
    child.once('exit', (code, signal) => {
      done(signal ?? String(code));
      listeners.forEach((l) => l());
    }),
  );
  const waitForOutput = (text: string | RegExp, timeoutMs = 90_000) =>
    new Promise<void>((done, fail) => {
      const check = () => {
        if (typeof text === 'string' ? out.includes(text) : text.test(out)) finish(done);
        else if (child.exitCode !== null || child.signalCode !== null)
          finish(() => fail(new Error(`server ended before "${String(text)}":\n${out}`)));
      };
      const timer = setTimeout(
        () => finish(() => fail(new Error(`no "${String(text)}" in:\n${out}`))),
        timeoutMs,
      );
      const finish = (f: () => void) => {
        clearTimeout(timer);
        listeners.delete(check);
        f();
      };
      listeners.add(check);
      check();
    });
  // A fresh start renders the bundled data: on this shared 2-core machine that alone took 60-110 s.
  const ready = waitForOutput(/serving g\d+ at (http:\S+)\//, 240_000).then((): RunningServer => {
    const url = /serving g\d+ at (http:\S+\/)/.exec(out)![1]!;
    return {
      url,
      pid: child.pid!,
      child,
      output: () => out,
      waitForOutput,
      exited,
      stop: async () => {
        if (child.exitCode === null && child.signalCode === null) {
          process.kill(child.pid!, 'SIGTERM');
          await exited;
        }
      },
    };
  });
  return { child, exited, ready, output: () => out, waitForOutput };
}

export const startServer = (dirs: Dirs, extra?: Record<string, string>) =>
  spawnServer(dirs, extra).ready;

/** `npm run SCRIPT -- ARGS` (a `node …` script), against the same state folder. */
export function runScript(
  dirs: Dirs,
  script: string,
  args: string[],
  extra: Record<string, string> = {},
  stdin?: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [...scriptArgs(script), ...args], {
    cwd: ROOT,
    env: serverEnv(dirs, extra),
    stdio: [stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (b: Buffer) => (stdout += b.toString()));
  child.stderr!.on('data', (b: Buffer) => (stderr += b.toString()));
  if (stdin !== undefined) child.stdin!.end(stdin);
  return new Promise((done) =>
    child.once('exit', (code) => done({ code: code ?? -1, stdout, stderr })),
  );
}

/** `npm run publish -- ARGS` as the CLI runs it, against the same state folder. */
export const runCli = (dirs: Dirs, args: string[], extra: Record<string, string> = {}) =>
  runScript(dirs, 'publish', args, extra);

export async function waitFor<T>(
  probe: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The bundled services.csv with 全城通办 set to `count`. */
export function servicesWith(count: number): string {
  const text = readFileSync(join(ROOT, 'data', 'services.csv'), 'utf8');
  const changed = text.replace(/^(2021,全城通办,)578(?=\r?$)/m, `$1${count}`);
  if (changed === text) throw new Error('services.csv no longer holds 2021,全城通办,578');
  return changed;
}

export async function fetchText(
  url: string,
): Promise<{ status: number; body: string; generation: string | null }> {
  const res = await fetch(url);
  return {
    status: res.status,
    body: await res.text(),
    generation: res.headers.get('x-putuo-generation'),
  };
}
