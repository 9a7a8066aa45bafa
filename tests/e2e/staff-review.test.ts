import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  button,
  gbkServices,
  importDialog,
  noJsFigure,
  previewForPublish,
  signedIn,
  staffSuite,
  t,
} from './staff-helpers';

// The documented production switch: every publish from the browser waits for a second person.
const suite = staffSuite({ lin: 'editor,reviewer', zhao: 'reviewer' }, { review: 'required' });
const { session } = suite;

async function submitForReview(page: Page, count: number) {
  await previewForPublish(page, 'services.csv', gbkServices(count));
  const dialog = importDialog(page);
  expect(await dialog.innerText()).toContain(t('publish.reviewNote'));
  await button(dialog, t('publish.button')).click();
  await expect
    .poll(() => dialog.locator('.publish-outcome').innerText(), { timeout: 60_000 })
    .toContain(t('publish.pending'));
  await page.keyboard.press('Escape');
}

function reviewList(page: Page) {
  return page.getByRole('dialog', { name: t('review.title') });
}

describe('two-person review in the browser', () => {
  test('the editor cannot approve their own; another reviewer approves and the figure goes live', async () => {
    const lin = await signedIn(session.browser, suite.url, 'lin');
    session.cleanups.push(lin.close);
    await submitForReview(lin.page, 612);
    expect(await noJsFigure(session.browser, suite.url)).toMatch(/全城通办\s*578/);

    await button(lin.page, t('staff.bar.review')).click();
    const own = reviewList(lin.page).locator('.review-item[data-status="pending"]');
    await expect.poll(() => own.count(), { timeout: 30_000 }).toBe(1);
    expect(await own.innerText()).toContain(t('review.own'));
    expect(await button(own, t('review.approve')).count()).toBe(0);
    expect(await button(own, t('review.reject')).count()).toBe(0);

    const zhao = await signedIn(session.browser, suite.url, 'zhao');
    session.cleanups.push(zhao.close);
    await button(zhao.page, t('staff.bar.review')).click();
    const pending = reviewList(zhao.page).locator('.review-item[data-status="pending"]');
    await expect.poll(() => pending.count(), { timeout: 30_000 }).toBe(1);
    expect(await pending.innerText()).toMatch(/lin/);
    expect(await pending.innerText()).toMatch(/578.*612/);
    await button(pending, t('review.approve')).click();
    await expect
      .poll(() => reviewList(zhao.page).locator('.publish-outcome').innerText(), {
        timeout: 60_000,
      })
      .toContain(t('publish.published'));
    expect(await noJsFigure(session.browser, suite.url)).toMatch(/全城通办\s*612/);
  }, 240_000);

  test('a rejection keeps live unchanged and shows its reason to the editor', async () => {
    const lin = await signedIn(session.browser, suite.url, 'lin');
    session.cleanups.push(lin.close);
    await submitForReview(lin.page, 640);

    const zhao = await signedIn(session.browser, suite.url, 'zhao');
    session.cleanups.push(zhao.close);
    await button(zhao.page, t('staff.bar.review')).click();
    const pending = reviewList(zhao.page).locator('.review-item[data-status="pending"]');
    await expect.poll(() => pending.count(), { timeout: 30_000 }).toBe(1);
    await button(pending, t('review.reject')).click();
    await pending.getByLabel(t('review.rejectReason')).fill('640 与台账不符，请核对');
    await button(pending, t('review.rejectSend')).click();
    await expect
      .poll(() => reviewList(zhao.page).locator('.review-item[data-status="rejected"]').count())
      .toBe(1);

    await button(lin.page, t('staff.bar.review')).click();
    const rejected = reviewList(lin.page).locator('.review-item[data-status="rejected"]');
    await expect.poll(() => rejected.count(), { timeout: 30_000 }).toBe(1);
    expect(await rejected.innerText()).toContain(
      t('review.reason', { reason: '640 与台账不符，请核对' }),
    );
    expect(await noJsFigure(session.browser, suite.url)).toMatch(/全城通办\s*612/);
  }, 240_000);
});
