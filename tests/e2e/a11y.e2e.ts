import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser, openPage, siteUrl } from './browser.ts';

// One page of every type the site has.
const PAGES = [
  '/',
  '/playbook/',
  '/playbook/best-practices/',
  '/playbook/framework/overview/',
  '/playbook/best-practices/survey-2008/',
  '/playbook/best-practices/nps/',
  '/playbook/framework/key-questions/',
  '/playbook/building-blocks/rocket-model/',
  '/playbook/start/sources/',
  '/playbook/start/glossary/',
  '/assess/',
  '/no-such-page/',
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe.each(['light', 'dark'] as const)('accessibility in the %s theme', (theme) => {
  it.each(PAGES)('%s has no axe violations and no console errors', async (path) => {
    const { page, errors } = await openPage(browser, { theme });
    await page.goto(siteUrl(path));
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors.filter((e) => !(path === '/no-such-page/' && e.includes('404')))).toEqual([]);
    await page.context().close();
  });

  it('the open search dialog with results has no axe violations', async () => {
    const { page } = await openPage(browser, { theme });
    await page.goto(siteUrl('/playbook/'));
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('searchbox').fill('promise');
    await page.locator('.search-results a').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
