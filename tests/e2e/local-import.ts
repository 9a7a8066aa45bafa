import type { Page } from 'playwright-core';
import { translator } from '../../src/i18n/translate';

const zh = translator('zh');

/**
 * Since issue 11 a reader's board has no import button: on a static host (no /api/session) the
 * footer's staff link opens the local import. This does that and closes the dialog again, so the
 * header's import button and its file input are there as before.
 */
export async function openLocalImport(page: Page): Promise<void> {
  if ((await page.getByTestId('import-file-input').count()) > 0) return;
  await page.getByRole('button', { name: zh('staff.link'), exact: true }).click();
  const dialog = page.getByRole('dialog', { name: zh('import.title') });
  await dialog.waitFor();
  await page.keyboard.press('Escape');
  // A closed <dialog> leaves the accessibility tree at once, but the app unmounts it only on its
  // 'close' event, a task later; a file picked in between would be taken by the closing dialog.
  await page.locator('dialog.import-dialog').waitFor({ state: 'detached' });
}

/** The console line of the static host's 404 for /api/session: how the link learns there is no server. */
export const isNoServerProbe = (line: string) => /404/.test(line) && /\/api\/session\b/.test(line);
