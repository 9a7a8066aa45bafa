import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { join } from 'node:path';
import { readOptional, replaceDurable } from './durable';

export type Role = 'editor' | 'reviewer';
export const ROLES: readonly Role[] = ['editor', 'reviewer'];

/** scrypt's inputs, kept beside each hash so the cost can rise later without breaking old ones. */
export interface PasswordHash {
  algo: 'scrypt';
  N: number;
  r: number;
  p: number;
  salt: string;
  hash: string;
}

export interface StaffAccount {
  name: string;
  roles: Role[];
  password: PasswordHash;
  createdAt: string;
  passwordSetAt: string;
}

/** 2^15 × 8 × 128 B = 32 MiB and about 0.1 s a check: OWASP's floor for scrypt. */
const COST = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_BYTES = 64;

export const staffPath = (stateDir: string) => join(stateDir, 'staff.json');

const NAME = /^[\p{L}\p{N}._-]{1,64}$/u;

export function checkName(name: string): string {
  if (!NAME.test(name))
    throw new Error(`"${name}" is not a valid account name: 1-64 letters, digits, . _ -`);
  return name;
}

export function parseRoles(text: string): Role[] {
  const roles = text.split(',').map((r) => r.trim());
  const bad = roles.find((r) => !ROLES.includes(r as Role));
  if (bad !== undefined || roles.length === 0)
    throw new Error(`--role must be editor, reviewer or editor,reviewer, not "${text}"`);
  return [...new Set(roles as Role[])];
}

function derive(password: string, salt: Buffer, c: { N: number; r: number; p: number }) {
  const options: ScryptOptions = { ...c, maxmem: 256 * c.N * c.r + 1024 * 1024 };
  return new Promise<Buffer>((done, fail) =>
    scrypt(password.normalize('NFC'), salt, KEY_BYTES, options, (e, key) =>
      e ? fail(e) : done(key),
    ),
  );
}

export async function hashPassword(password: string): Promise<PasswordHash> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, COST);
  return { algo: 'scrypt', ...COST, salt: salt.toString('base64'), hash: key.toString('base64') };
}

export async function passwordMatches(password: string, stored: PasswordHash): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'base64');
  const key = await derive(password, Buffer.from(stored.salt, 'base64'), stored);
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** Checked against when the name is unknown, so the answer takes as long as for a real account. */
let dummy: Promise<PasswordHash> | undefined;

/** The account if the name exists and the password is right; the same work either way. */
export async function verifyStaff(
  stateDir: string,
  name: string,
  password: string,
): Promise<StaffAccount | undefined> {
  const account = (await readStaff(stateDir)).find((a) => a.name === name);
  const stored = account?.password ?? (await (dummy ??= hashPassword(randomBytes(16).toString())));
  const ok = await passwordMatches(password, stored);
  return ok && account ? account : undefined;
}

export async function readStaff(stateDir: string): Promise<StaffAccount[]> {
  const text = await readOptional(staffPath(stateDir));
  if (text === undefined) return [];
  const json = JSON.parse(text) as { accounts?: StaffAccount[] };
  return Array.isArray(json.accounts) ? json.accounts : [];
}

export async function writeStaff(stateDir: string, accounts: StaffAccount[]): Promise<void> {
  const body = JSON.stringify({ accounts }, null, 2) + '\n';
  await replaceDurable(staffPath(stateDir), body);
}
