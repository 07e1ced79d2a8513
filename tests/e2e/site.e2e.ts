import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, siteUrl } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('a reader finds their way', () => {
  it('goes from the home page to a guide, searches by a word only in a body, and keeps the theme', async () => {
    const { page, errors, requests } = await openPage(browser);
    await page.goto(siteUrl('/'));
    await expect(page.locator('h1').textContent()).resolves.toBeTruthy();

    await page.getByRole('link', { name: 'Read the playbook' }).click();
    await page.waitForURL(/\/playbook\/start\/start-here\/$/);
    await page.getByRole('navigation', { name: 'Start here' }).getByRole('link', { name: 'Glossary' }).click();
    await page.waitForURL(/\/playbook\/start\/glossary\/$/);
    expect(await page.locator('main h1').textContent()).toBe('Glossary');

    // Nothing of search is fetched until the reader opens it.
    await page.waitForTimeout(1000);
    expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);

    // "/" opens search from the keyboard; "Hopkins" appears only in the body of the Barclays story.
    await page.keyboard.press('/');
    const input = page.getByRole('searchbox', { name: 'Search the playbook and assessments' });
    await expect(input.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await input.fill('Hopkins');
    const result = page.locator('.search-results a', { hasText: 'Be clear about what you stand for' });
    await result.waitFor();
    expect(requests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
    await result.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/playbook\/best-practices\/what-you-stand-for\/$/);
    expect(await page.locator('main').textContent()).toContain('Hopkins');

    // Ctrl-K opens it too, and Escape closes it.
    await page.keyboard.press('Control+k');
    await expect(page.locator('dialog.search-dialog').evaluate((d: HTMLDialogElement) => d.open)).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(page.locator('dialog.search-dialog').evaluate((d: HTMLDialogElement) => d.open)).resolves.toBe(false);

    // The theme toggle persists across a reload, with no flash of the other theme.
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await page.getByRole('button', { name: 'Dark theme' }).click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed')).toBe('true');

    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows a helpful 404 for a page that does not exist', async () => {
    const { page } = await openPage(browser);
    const response = await page.goto(siteUrl('/playbook/no-such-page/'));
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    await page.context().close();
  });

  it('follows the system theme when the reader has not chosen one', async () => {
    const { page } = await openPage(browser, { theme: 'dark' });
    await page.goto(siteUrl('/playbook/'));
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.context().close();
  });

  it('keeps the layout within a 320 px wide screen', async () => {
    const { page } = await openPage(browser, { width: 320 });
    for (const path of ['/', '/playbook/best-practices/survey-2008/', '/playbook/framework/overview/']) {
      await page.goto(siteUrl(path));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await page.context().close();
  });

  it('lets a keyboard user skip to the content', async () => {
    const { page } = await openPage(browser);
    await page.goto(siteUrl('/playbook/pace/processes/'));
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#main');
    await page.context().close();
  });
});
