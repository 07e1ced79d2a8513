import Papa from 'papaparse';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser, openPage, siteUrl } from './browser.ts';

// The practical layer: each page, a term a manager would type to find it, and (for templates)
// the template it shows with its first column heading and number of rows.
const PAGES: { path: string; term: string }[] = [
  { path: 'playbook/practice/first-90-days/', term: 'first 90 days' },
  { path: 'playbook/practice/comparing-models/', term: 'models compared' },
  { path: 'playbook/practice/workshops/', term: 'workshop agenda' },
  { path: 'playbook/practice/worked-example/', term: 'Brightwell' },
  { path: 'playbook/practice/template-journey-map/', term: 'journey map template' },
  { path: 'playbook/practice/template-touchpoint-owners/', term: 'touchpoint owner matrix' },
  { path: 'playbook/practice/template-power-of-one/', term: 'Power of One worksheet' },
  { path: 'playbook/practice/template-purpose-test/', term: 'purpose statement test' },
];

const TEMPLATES = [
  { path: 'playbook/practice/template-journey-map/', id: 'journey-map', firstHeading: 'Stage', rows: 8 },
  { path: 'playbook/practice/template-touchpoint-owners/', id: 'touchpoint-owners', firstHeading: 'Touchpoint', rows: 14 },
  { path: 'playbook/practice/template-power-of-one/', id: 'power-of-one', firstHeading: 'Step', rows: 9 },
  { path: 'playbook/practice/template-purpose-test/', id: 'purpose-test', firstHeading: 'Test', rows: 9 },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const pathname = (path: string) => new URL(siteUrl(path)).pathname;

describe('the practical layer', () => {
  it('every page is linked from Start here', async () => {
    const { page } = await openPage(browser);
    await page.goto(siteUrl('/playbook/start/start-here/'));
    const links = await page.locator('main a').evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    for (const { path } of PAGES) expect(links, path).toContain(pathname(path));
    await page.context().close();
  });

  it.each(PAGES)('search finds $path for "$term"', async ({ path, term }) => {
    const { page } = await openPage(browser);
    await page.goto(siteUrl('/'));
    const urls: string[] = await page.evaluate(`(async ({ term, base }) => {
      const pagefind = await import(base + 'pagefind/pagefind.js');
      await pagefind.init();
      const search = await pagefind.search(term);
      return Promise.all(search.results.slice(0, 5).map(async (result) => (await result.data()).url));
    })(${JSON.stringify({ term, base: pathname('/') })})`);
    expect(urls).toContain(pathname(path));
    await page.context().close();
  });

  it.each(TEMPLATES)('$id prints as a table and downloads as the same CSV and Markdown', async ({ path, id, firstHeading, rows }) => {
    const { page, errors } = await openPage(browser);
    await page.goto(siteUrl(path));
    const table = page.locator('figure.template table');
    expect(await table.locator('thead th').first().textContent()).toBe(firstHeading);
    expect(await table.locator('tbody tr').count()).toBe(rows);

    const csvHref = await page.getByRole('link', { name: 'CSV for a spreadsheet' }).getAttribute('href');
    const csvResponse = await page.request.get(new URL(csvHref!, page.url()).href);
    expect(csvResponse.headers()['content-type']).toContain('text/csv');
    const csv = Papa.parse<string[]>(await csvResponse.text()).data;
    expect(csv[0]?.[0]).toBe(firstHeading);
    expect(csv).toHaveLength(rows + 1);
    const headings = await table.locator('thead th').allTextContents();
    expect(csv[0]).toEqual(headings);

    const mdHref = await page.getByRole('link', { name: 'Markdown for a document' }).getAttribute('href');
    expect(mdHref).toBe(`${pathname('/')}templates/${id}.md`);
    const markdown = await (await page.request.get(new URL(mdHref!, page.url()).href)).text();
    expect(markdown).toContain(`| ${headings.join(' | ')} |`);
    expect(markdown.split('\n').filter((line) => line.startsWith('|'))).toHaveLength(rows + 2);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each(TEMPLATES)('$id fits the printed page: no download links, no table wider than the paper', async ({ path }) => {
    const { page } = await openPage(browser, { width: 1280 });
    await page.goto(siteUrl(path));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.template-downloads').isVisible()).toBe(false);
    // A4 less the print margins is about 178 mm, some 670 CSS pixels.
    await page.setViewportSize({ width: 670, height: 900 });
    const overflow = await page.locator('figure.template table').evaluate((table) => table.scrollWidth - (table.parentElement?.clientWidth ?? 0));
    expect(overflow).toBeLessThanOrEqual(1);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(1000);
    await page.context().close();
  });

  describe.each(['light', 'dark'] as const)('in the %s theme', (theme) => {
    it.each([375, 1280])('every page is axe-clean at %i px', async (width) => {
      const { page, errors } = await openPage(browser, { theme, width });
      const failures: string[] = [];
      for (const { path } of PAGES) {
        await page.goto(siteUrl(path));
        failures.push(...(await axeViolations(page)).map((violation) => `${path}: ${violation}`));
        const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (sideways > 0) failures.push(`${path}: the page scrolls sideways by ${sideways}px`);
      }
      expect(failures).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  });

  it('a template table that scrolls sideways on a phone can be reached and scrolled by keyboard', async () => {
    const { page } = await openPage(browser, { width: 375 });
    await page.goto(siteUrl('playbook/practice/template-journey-map/'));
    const region = page.getByRole('region', { name: 'Customer journey map' });
    expect(await region.getAttribute('tabindex')).toBe('0');
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    await page.context().close();
  });
});
