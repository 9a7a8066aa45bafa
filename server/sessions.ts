import { createHash, randomBytes } from 'node:crypto';
import { chmod } from 'node:fs/promises';
import { join } from 'node:path';
import { readOptional, replaceDurable } from './durable';

export interface Session {
  name: string;
  csrf: string;
  createdAt: number;
  lastSeen: number;
  /** The account's password time at sign-in: a reset ends the sessions made before it. */
  passwordSetAt: string;
}

/** Only hashes of the ids are kept: a copy of this file signs nobody in. */
type SessionFile = Record<string, Session>;

export const sessionsPath = (stateDir: string) => join(stateDir, 'sessions.json');
const hashId = (id: string) => createHash('sha256').update(id).digest('hex');
/** lastSeen is written at most this often, so reading pages does not mean writing the disk. */
const TOUCH_MS = 60_000;

async function load(stateDir: string): Promise<SessionFile> {
  const text = await readOptional(sessionsPath(stateDir));
  const json = text === undefined ? {} : (JSON.parse(text) as unknown);
  return typeof json === 'object' && json !== null ? (json as SessionFile) : {};
}

async function save(stateDir: string, sessions: SessionFile) {
  await replaceDurable(sessionsPath(stateDir), JSON.stringify(sessions, null, 1));
  await chmod(sessionsPath(stateDir), 0o600);
}

export interface SessionStore {
  /** A new id every sign-in, so an id planted before sign-in is worth nothing after it. */
  create(name: string, passwordSetAt: string): Promise<{ id: string; session: Session }>;
  get(id: string | undefined): Promise<Session | undefined>;
  end(id: string | undefined): Promise<void>;
}

export interface SessionLimits {
  idleMs: number;
  maxMs: number;
}

/** Sessions in the state folder, read on each use: they survive a restart and a CLI change. */
export function sessionStore(stateDir: string, limits: SessionLimits): SessionStore {
  let tail: Promise<unknown> = Promise.resolve();
  const change = <T>(fn: (s: SessionFile, now: number) => T): Promise<T> => {
    const next = tail.then(async () => {
      const sessions = await load(stateDir);
      const now = Date.now();
      for (const [k, s] of Object.entries(sessions)) if (expired(s, now)) delete sessions[k];
      const out = fn(sessions, now);
      await save(stateDir, sessions);
      return out;
    });
    tail = next.catch(() => undefined);
    return next;
  };
  const expired = (s: Session, now: number) =>
    now - s.lastSeen > limits.idleMs || now - s.createdAt > limits.maxMs;
  return {
    create: (name, passwordSetAt) =>
      change((sessions, now) => {
        const id = randomBytes(32).toString('base64url');
        const session = {
          name,
          csrf: randomBytes(32).toString('base64url'),
          createdAt: now,
          lastSeen: now,
          passwordSetAt,
        };
        sessions[hashId(id)] = session;
        return { id, session };
      }),
    get: async (id) => {
      if (!id || !/^[\w-]{43}$/.test(id)) return undefined;
      const key = hashId(id);
      const found = (await load(stateDir))[key];
      const now = Date.now();
      if (!found || expired(found, now)) return undefined;
      if (now - found.lastSeen > Math.min(TOUCH_MS, limits.idleMs / 4))
        await change((sessions) => {
          if (sessions[key]) sessions[key].lastSeen = now;
        });
      return found;
    },
    end: async (id) => {
      if (!id) return;
      await change((sessions) => void delete sessions[hashId(id)]);
    },
  };
}

/** For the staff CLI: a removed account or a new password ends that account's sessions. */
export async function endSessionsOf(stateDir: string, name: string): Promise<void> {
  const sessions = await load(stateDir);
  for (const [k, s] of Object.entries(sessions)) if (s.name === name) delete sessions[k];
  await save(stateDir, sessions);
}
