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

    // The theme control says which of light, dark and system is in force; a choice persists
    // across a reload, with no flash of the other theme, and "system" can be chosen again.
    const themes = page.getByRole('group', { name: 'Theme' });
    const pressed = () => themes.locator('[aria-pressed="true"]').allTextContents().then((names) => names.map((name) => name.trim()));
    expect(await pressed()).toEqual(['System theme']);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await page.getByRole('button', { name: 'Dark theme' }).click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed')).toBe('true');
    expect(await pressed()).toEqual(['Dark theme']);
    await page.getByRole('button', { name: 'System theme' }).click();
    expect(await pressed()).toEqual(['System theme']);
    expect(await page.evaluate(() => [document.documentElement.dataset.theme, localStorage.getItem('tl-theme')])).toEqual(['light', null]);

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

describe('wide tables on a phone', () => {
  // Guides with tables of each kind: Markdown, raw HTML with a caption, in a figure, two on a page.
  const GUIDES_WITH_TABLES = ['/playbook/best-practices/nps/', '/playbook/best-practices/survey-2008/', '/playbook/framework/governance/', '/playbook/best-practices/what-customers-value/'];

  it.each(GUIDES_WITH_TABLES)('%s: each table is in a named region that Tab reaches and the arrow keys scroll', async (path) => {
    const { page, errors } = await openPage(browser, { width: 375 });
    await page.goto(siteUrl(path));
    const regions = page.locator('.prose table').locator('xpath=..');
    const count = await page.locator('.prose table').count();
    expect(count).toBeGreaterThan(0);
    expect(await page.locator('.prose [role="region"][tabindex="0"] > table').count()).toBe(count);
    const labels = await page.locator('.prose [role="region"]').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
    expect(labels.every((label) => label && label.length > 2)).toBe(true);
    expect(new Set(labels).size).toBe(labels.length);

    // Tab from the top of the page reaches the first table's region.
    const first = regions.first();
    let presses = 0;
    while (!(await first.evaluate((el) => el === document.activeElement)) && presses++ < 150) await page.keyboard.press('Tab');
    expect(await first.evaluate((el) => el === document.activeElement)).toBe(true);
    const scrolls = await first.evaluate((el) => el.scrollWidth > el.clientWidth);
    if (scrolls) {
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction((el) => el!.scrollLeft > 0, await first.elementHandle());
    }
    // The page itself never scrolls sideways, and a caption fits the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    for (const caption of await page.locator('.prose caption').all()) {
      const box = (await caption.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(375);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the NPS worked example is wider than a phone, and ArrowRight scrolls it', async () => {
    const { page } = await openPage(browser, { width: 375 });
    await page.goto(siteUrl('/playbook/best-practices/nps/'));
    const region = page.getByRole('region', { name: /^Worked example: NPS/ });
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.activeElement!.scrollLeft > 0);
    await page.context().close();
  });
});

describe('one order and one header everywhere', () => {
  it('lists the assessments in the same order on the home page, the assessments index, My results and the team view', async () => {
    const { page } = await openPage(browser);
    const assessHrefs = () => page.locator('main a[href*="/assess/"]').evaluateAll((links) => [...new Set(links.map((a) => new URL((a as HTMLAnchorElement).href).pathname.split('/')[2]).filter(Boolean))]);
    await page.goto(siteUrl('/assess/'));
    const order = await assessHrefs();
    expect(order.length).toBeGreaterThanOrEqual(5);
    await page.goto(siteUrl('/'));
    expect(await assessHrefs()).toEqual(order);
    // The team view's tabs and My results' groups follow the order of the data the page embeds.
    await page.goto(siteUrl('/team/'));
    expect(await page.evaluate(() => JSON.parse(document.querySelector('script[data-team-payload]')!.textContent!).assessments.map((a: { id: string }) => a.id))).toEqual(order);
    await page.goto(siteUrl('/results/'));
    expect(await page.evaluate(() => JSON.parse(document.querySelector('script[data-payloads]')!.textContent!).map((a: { id: string }) => a.id))).toEqual(order);
    await page.context().close();
  });

  it('has the team view in the header, marked current on its page', async () => {
    const { page } = await openPage(browser);
    await page.goto(siteUrl('/team/'));
    const link = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team view' });
    expect(await link.getAttribute('aria-current')).toBe('page');
    await page.context().close();
  });
});
