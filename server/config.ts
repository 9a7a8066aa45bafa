import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** What `putuo.config.json` may hold; every key is optional. See docs/publishing.md. */
export interface ServerConfig {
  /** Project root: the bundled `data/`, the build output `dist/` and the renderer inputs `build/`. */
  root: string;
  distDir: string;
  buildDir: string;
  /** Where staff drop files to publish. */
  inboxDir: string;
  /** Versions, generations, audit log and lock: outside the served files and git. */
  stateDir: string;
  /** Generations kept on disk for rollback and for readers still holding an old page. */
  generationsKept: number;
  host: string;
  port: number;
  /** "required": every publish from the browser or the inbox waits for a second person. */
  review: 'off' | 'required';
  /** A staff session ends after this long unused, and after sessionMaxHours in any case. */
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  /** Failed sign-ins allowed per account and per IP in one window before 429. */
  signInTries: number;
  signInWindowSeconds: number;
  /** Behind a reverse proxy that terminates HTTPS: trust its X-Forwarded-* (Secure cookie, IP). */
  trustProxy: boolean;
}

const DEFAULTS = {
  inbox: 'inbox',
  state: '.putuo-state',
  generationsKept: 5,
  host: '127.0.0.1',
  port: 4173,
  review: 'off',
  sessionIdleMinutes: 30,
  sessionMaxHours: 12,
  signInTries: 5,
  signInWindowSeconds: 60,
} as const;

type Json = Record<string, unknown>;

function readFile(path: string): Json {
  if (!existsSync(path)) return {};
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${path}: not valid JSON (${(e as Error).message})`, { cause: e });
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw new Error(`${path}: expected a JSON object`);
  return json as Json;
}

function str(json: Json, key: string, fallback: string): string {
  const v = json[key];
  if (v === undefined) return fallback;
  if (typeof v !== 'string' || v === '')
    throw new Error(`putuo.config.json: "${key}" must be a string`);
  return v;
}

function int(value: unknown, key: string, fallback: number, min: number): number {
  if (value === undefined || value === '') return fallback;
  const n = typeof value === 'string' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < min)
    throw new Error(`${key} must be a whole number of at least ${min}, not ${String(value)}`);
  return n;
}

/**
 * Defaults, then `putuo.config.json` (or `PUTUO_CONFIG`), then the environment:
 * PORT, HOST, INBOX_DIR, PUTUO_STATE_DIR.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const root = resolve(env.PUTUO_ROOT ?? PROJECT_ROOT);
  const file = env.PUTUO_CONFIG ? resolve(env.PUTUO_CONFIG) : join(root, 'putuo.config.json');
  const json = readFile(file);
  const at = (p: string) => (isAbsolute(p) ? p : join(root, p));
  const review = str(json, 'review', DEFAULTS.review);
  if (review !== 'off' && review !== 'required')
    throw new Error(`putuo.config.json: "review" must be "off" or "required"`);
  return {
    root,
    distDir: join(root, 'dist'),
    buildDir: join(root, 'build'),
    inboxDir: at(env.INBOX_DIR ?? str(json, 'inbox', DEFAULTS.inbox)),
    stateDir: at(env.PUTUO_STATE_DIR ?? str(json, 'state', DEFAULTS.state)),
    generationsKept: int(json.generationsKept, 'generationsKept', DEFAULTS.generationsKept, 2),
    host: env.HOST ?? str(json, 'host', DEFAULTS.host),
    port: int(env.PORT ?? json.port, 'port', DEFAULTS.port, 0),
    review,
    sessionIdleMinutes: int(
      json.sessionIdleMinutes,
      'sessionIdleMinutes',
      DEFAULTS.sessionIdleMinutes,
      1,
    ),
    sessionMaxHours: int(json.sessionMaxHours, 'sessionMaxHours', DEFAULTS.sessionMaxHours, 1),
    signInTries: int(json.signInTries, 'signInTries', DEFAULTS.signInTries, 1),
    trustProxy: json.trustProxy === true,
    signInWindowSeconds: int(
      json.signInWindowSeconds,
      'signInWindowSeconds',
      DEFAULTS.signInWindowSeconds,
      1,
    ),
  };
}
