import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import iconv from 'iconv-lite';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { translator } from '../../src/i18n/translate';
import {
  ROOT,
  serverEnv,
  startServer,
  tempDirs,
  type Dirs,
  type RunningServer,
} from '../server/server-process';
import { openPage, waitForCharts, type OpenedPage } from './browser';
import { browserSession, type BrowserSession } from './session';

export const t = translator('zh');
export const PASSWORD = 'staff test password 2026';

/** `npm run staff -- add NAME --role ROLES --password-stdin`, as an administrator runs it. */
function addStaff(dirs: Dirs, name: string, roles: string): Promise<void> {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const [, ...cmd] = pkg.scripts.staff!.split(/\s+/);
  const child = spawn(
    process.execPath,
    [...cmd, 'add', name, '--role', roles, '--password-stdin'],
    { cwd: ROOT, env: serverEnv(dirs), stdio: ['pipe', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  child.stdin.end(PASSWORD);
  return new Promise((done, fail) =>
    child.once('exit', (code) =>
      code === 0 ? done() : fail(new Error(`staff add ${name}: ${stderr}`)),
    ),
  );
}

export interface StaffSite {
  server: RunningServer;
  dirs: Dirs;
  stop(): Promise<void>;
}

/** The real server as `npm start` runs it, with staff accounts and, when given, a config file. */
export async function startStaffSite(
  accounts: Record<string, string>,
  config?: Record<string, unknown>,
): Promise<StaffSite> {
  const dirs = tempDirs();
  mkdirSync(dirs.state, { recursive: true });
  for (const [name, roles] of Object.entries(accounts)) await addStaff(dirs, name, roles);
  const extra: Record<string, string> = {};
  if (config) {
    const file = join(dirname(dirs.state), 'putuo.config.json');
    writeFileSync(file, JSON.stringify(config));
    extra.PUTUO_CONFIG = file;
  }
  const server = await startServer(dirs, extra);
  return {
    server,
    dirs,
    stop: async () => {
      await server.stop();
      dirs.remove();
    },
  };
}

/** One server and one browser for a test file: started before its first test, stopped after. */
export function staffSuite(
  accounts: Record<string, string>,
  config?: Record<string, unknown>,
): { session: BrowserSession; readonly url: string } {
  const session = browserSession();
  let site: StaffSite | undefined;
  beforeAll(async () => {
    site = await startStaffSite(accounts, config);
  }, 300_000);
  afterAll(() => site?.stop());
  return {
    session,
    get url() {
      if (!site) throw new Error('the server starts in beforeAll');
      return site.server.url;
    },
  };
}

/** The bundled services.csv with 全城通办 set to `count`, as Chinese Excel saves it: GBK, 中文表头. */
export function gbkServices(count: number): Buffer {
  const text = readFileSync(join(ROOT, 'data', 'services.csv'), 'utf8');
  const changed = text
    .replace(/^(2021,全城通办,)578(?=\r?$)/m, `$1${count}`)
    .replace(/^period,item,count/, '期间,事项,数量');
  if (!changed.includes(`全城通办,${count}`)) throw new Error('services.csv lost 全城通办');
  return iconv.encode(changed, 'gbk');
}

export const panel = (page: Page, id: string) => page.locator(`section[data-panel="${id}"]`);
export const button = (scope: Page | Locator, name: string) =>
  scope.getByRole('button', { name, exact: true });
export const importDialog = (page: Page) => page.getByRole('dialog', { name: t('import.title') });

/** The figure the services table gives for 全城通办, read from the page. */
export async function servicesFigure(page: Page): Promise<string> {
  const row = panel(page, 'services').locator('table tr').filter({ hasText: '全城通办' }).first();
  return (await row.textContent())?.replace(/\s+/g, ' ') ?? '';
}

/** The figure as the board's HTML gives it with no script at all. */
export async function noJsFigure(browser: Browser, url: string): Promise<string> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(url);
    return await servicesFigure(page);
  } finally {
    await context.close();
  }
}

/** Every request a page made to /api/, to show a reader's page makes none. */
export function apiRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/api/')) seen.push(`${r.method()} ${r.url()}`);
  });
  return seen;
}

/** A new browser context: opens the board, signs in through the footer link and the dialog. */
export async function signedIn(browser: Browser, url: string, name: string): Promise<OpenedPage> {
  const opened = await openPage(browser, url, { viewport: { width: 412, height: 900 } });
  const { page } = opened;
  await waitForCharts(page, 2);
  await button(page, t('staff.link')).click();
  const dialog = page.getByRole('dialog', { name: t('staff.signIn.title') });
  await dialog.getByLabel(t('staff.signIn.name')).fill(name);
  await dialog.getByLabel(t('staff.signIn.password')).fill(PASSWORD);
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'detached' });
  await page.getByRole('navigation', { name: t('staff.bar.label') }).waitFor();
  return opened;
}

/** Picks a file in the import and waits for its diff against the live data. */
export async function previewForPublish(page: Page, name: string, bytes: Buffer): Promise<Locator> {
  await page
    .getByTestId('import-file-input')
    .first()
    .setInputFiles({ name, mimeType: 'text/csv', buffer: bytes });
  const dialog = importDialog(page);
  await dialog.waitFor();
  const live = dialog.locator('.publish-panel');
  await expect.poll(() => live.locator('.import-diff').count(), { timeout: 30_000 }).toBe(1);
  return live;
}
