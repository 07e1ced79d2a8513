import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, siteUrl } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

// Jargon is explained where a person first meets it in a question, not only in the glossary.
describe('plain words in the questions', () => {
  it.each([
    ['key-questions', 'kq9', 'Where do you over-index?', 'invest far more than is usual'],
    ['key-questions', 'kq8', 'What are your hallmarks?', 'recognisable moments'],
    ['key-questions', 'kq18', 'How can you use CRM to measure results?', 'customer relationship management'],
    ['best-practice-audit', 'et1', 'customer touchline', 'points where customers meet you'],
  ])('%s explains the term in %s under the question, as its description', async (assessment, itemId, question, explanation) => {
    const { page, errors } = await openPage(browser);
    await page.goto(siteUrl(`/assess/${assessment}/`));
    const item = page.locator(`fieldset[data-item="${itemId}"]`);
    expect(await item.locator('legend').textContent()).toContain(question);
    // The explanation is what a screen reader announces with the group, not a detached note.
    const describedBy = await item.getAttribute('aria-describedby');
    expect(describedBy).toBe(`help-${itemId}`);
    expect(await page.locator(`#${describedBy}`).textContent()).toContain(explanation);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('names what CX and CRM stand for in the areas that use them', async () => {
    const { page } = await openPage(browser);
    await page.goto(siteUrl('/assess/best-practice-audit/'));
    expect(await page.locator('main').textContent()).toContain('CRM (customer relationship management)');
    await page.goto(siteUrl('/assess/building-blocks/'));
    expect(await page.locator('main').textContent()).toContain('customer experience (CX)');
    await page.context().close();
  });
});
