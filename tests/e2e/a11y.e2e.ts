import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
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

// And every guide of the playbook, since each carries its own tables and diagrams.
const playbookDir = join(import.meta.dirname, '../../dist/playbook');
const GUIDES = readdirSync(playbookDir, { withFileTypes: true, recursive: true })
  .filter((entry) => entry.name === 'index.html' && entry.parentPath.split('/').length - playbookDir.split('/').length === 2)
  .map((entry) => `/playbook/${entry.parentPath.slice(playbookDir.length + 1)}/`)
  .filter((path) => !PAGES.includes(path))
  .sort();

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

  // On a laptop and on a phone: a phone's layout has its own failures (scroll regions, wrapped tables).
  it.each([1280, 375])('every guide has no axe violations at %i px', async (width) => {
    expect(GUIDES.length).toBeGreaterThan(40);
    const { page, errors } = await openPage(browser, { theme, width });
    const failures: string[] = [];
    for (const path of GUIDES) {
      await page.goto(siteUrl(path));
      failures.push(...(await axeViolations(page)).map((violation) => `${path}: ${violation}`));
    }
    expect(failures).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 300_000);

  it('the open search dialog with results has no axe violations', async () => {
    const { page } = await openPage(browser, { theme });
    await page.goto(siteUrl('/playbook/'));
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('searchbox').fill('promise');
    await page.locator('.search-results a').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // With more than ten results, the "Show more results" button too.
    await page.getByRole('searchbox').fill('customer');
    await page.getByRole('button', { name: 'Show more results' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

// On a phone: the header, the scrolling table regions, the theme control and the search
// dialog in each of its states, in both themes.
const PHONE_PAGES = ['/', '/playbook/best-practices/nps/', '/playbook/best-practices/survey-2008/', '/playbook/framework/governance/', '/playbook/start/glossary/', '/assess/', '/assess/pace/', '/results/', '/team/'];

describe.each(['light', 'dark'] as const)('accessibility at 375 px in the %s theme', (theme) => {
  it('pages with wide tables, the theme control and the header have no axe violations', async () => {
    const { page, errors } = await openPage(browser, { theme, width: 375 });
    const failures: string[] = [];
    for (const path of PHONE_PAGES) {
      await page.goto(siteUrl(path));
      failures.push(...(await axeViolations(page)).map((violation) => `${path}: ${violation}`));
    }
    expect(failures).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('the search dialog with more results to show, and with none, has no axe violations', async () => {
    const { page } = await openPage(browser, { theme, width: 375 });
    await page.goto(siteUrl('/playbook/'));
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('searchbox').fill('customer');
    await page.getByRole('button', { name: 'Show more results' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('searchbox').fill('asdfgh');
    await page.waitForFunction(() => document.querySelector('.search-status')!.textContent!.startsWith('No pages match'));
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
