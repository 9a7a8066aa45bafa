import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Lang } from '../../src/core/manifest';
import { translate } from '../../src/i18n/translate';

// How the browser tests find their way around the dashboard DOM.

/** Opens every "view as table", so figures drawn only in a canvas are in the text too. */
export async function showTables(page: Page) {
  const toggles = page.locator('[data-panel] button[aria-expanded="false"]');
  for (let n = await toggles.count(); n > 0; n = await toggles.count()) {
    await toggles.first().click();
  }
}

/** Playwright's web-first assertions are not in Vitest: poll the text instead. */
export async function expectText(locator: Locator, pattern: string | RegExp, present = true) {
  const text = async () => ((await locator.count()) > 0 ? locator.first().innerText() : '');
  const polled = expect.poll(text, { timeout: 10_000 });
  await (present ? polled.toMatch(pattern) : polled.not.toMatch(pattern));
}

export const panel = (page: Page, id: string) => page.locator(`section[data-panel="${id}"]`);
/** A KPI card is a list item that names its figure. */
export const kpiCard = (page: Page, name: string) => page.locator('li').filter({ hasText: name });
export const rowWith = (page: Page, id: string, text: string) =>
  panel(page, id).locator('table tr').filter({ hasText: text });
/** Where a services item shows its figure: its own card when it is counted apart (份), else its table row. */
export const servicesFigure = (page: Page, item: string, apart: ReadonlySet<string>) =>
  apart.has(item)
    ? panel(page, 'services').locator('.figure-card', { hasText: item })
    : rowWith(page, 'services', item).first();

/** Every row of the cases table, page by page. */
export async function caseRows(page: Page, lang: Lang): Promise<string[]> {
  const body = panel(page, 'cases').locator('tbody');
  const next = panel(page, 'cases').getByRole('button', { name: translate(lang, 'cases.next') });
  const rows: string[] = [];
  for (let pages = 0; pages < 100; pages++) {
    const texts = await body.locator('tr').allInnerTexts();
    rows.push(...texts);
    if ((await next.count()) === 0 || (await next.isDisabled())) return rows;
    await next.click();
    await expect.poll(() => body.locator('tr').first().innerText()).not.toBe(texts[0]);
  }
  throw new Error('the cases table never reached its last page');
}

export const languageButton = (page: Page, visibleText: string) =>
  page.locator('button').filter({ hasText: new RegExp(`^\\s*${visibleText}\\s*$`) });

export async function switchLanguage(page: Page, to: Lang) {
  await languageButton(page, to === 'en' ? 'English' : '中文').click();
  await expect
    .poll(() => page.evaluate(() => document.documentElement.lang))
    .toBe(to === 'en' ? 'en' : 'zh-CN');
}
