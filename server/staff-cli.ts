/**
 * Staff accounts, in `<state>/staff.json` (scrypt hashes, never in the served files):
 *   npm run staff -- add NAME [--role editor|reviewer|editor,reviewer] [--password-stdin]
 *   npm run staff -- list | remove NAME | reset NAME [--password-stdin]
 */
import { chmod, mkdir } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadConfig } from './config';
import { readPassword } from './password-input';
import { endSessionsOf } from './sessions';
import {
  checkName,
  hashPassword,
  parseRoles,
  readStaff,
  staffPath,
  writeStaff,
  type StaffAccount,
} from './staff';

const MIN_LENGTH = 12;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { role: { type: 'string' }, 'password-stdin': { type: 'boolean' } },
});
const { stateDir } = loadConfig();

async function newPassword(name: string): Promise<string> {
  const fromStdin = values['password-stdin'] === true;
  const password = await readPassword(`Password for ${name} / ${name} 的密码: `, fromStdin);
  if ([...password].length < MIN_LENGTH)
    throw new Error(`the password must have at least ${MIN_LENGTH} characters`);
  if (!fromStdin) {
    const again = await readPassword('Again / 再输一次: ', false);
    if (again !== password) throw new Error('the two passwords differ');
  }
  return password;
}

async function save(accounts: StaffAccount[]) {
  await mkdir(stateDir, { recursive: true });
  await writeStaff(stateDir, accounts);
  await chmod(staffPath(stateDir), 0o600);
}

async function run(): Promise<string> {
  const [command, name = ''] = positionals;
  const accounts = await readStaff(stateDir);
  const found = accounts.find((a) => a.name === name);
  switch (command) {
    case 'list':
      return accounts.map((a) => `${a.name}\t${a.roles.join(',')}\t${a.createdAt}`).join('\n');
    case 'add': {
      checkName(name);
      if (found) throw new Error(`${name} exists already; use reset to change the password`);
      const roles = parseRoles(values.role ?? 'editor');
      const password = await hashPassword(await newPassword(name));
      const now = new Date().toISOString();
      await save([...accounts, { name, roles, password, createdAt: now, passwordSetAt: now }]);
      return `added ${name} (${roles.join(', ')})`;
    }
    case 'remove':
      if (!found) throw new Error(`no account ${name}`);
      await save(accounts.filter((a) => a !== found));
      await endSessionsOf(stateDir, name);
      return `removed ${name}; their sessions are ended`;
    case 'reset': {
      if (!found) throw new Error(`no account ${name}`);
      found.password = await hashPassword(await newPassword(name));
      found.passwordSetAt = new Date().toISOString();
      if (values.role) found.roles = parseRoles(values.role);
      await save(accounts);
      await endSessionsOf(stateDir, name);
      return `new password for ${name}; their sessions are ended`;
    }
    default:
      throw new Error(
        'usage: npm run staff -- add|list|remove|reset NAME [--role R] [--password-stdin]',
      );
  }
}

run().then(
  (text) => {
    if (text) console.log(text);
  },
  (e: unknown) => {
    console.error(`staff: ${(e as Error).message}`);
    process.exit(1);
  },
);
