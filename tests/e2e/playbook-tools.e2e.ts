import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, siteUrl } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('tools inside the playbook', () => {
  it('the NPS calculator works from counts and from raw scores, and explains bad input', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(siteUrl('/playbook/best-practices/nps/'));
    await page.getByLabel('Promoters (9–10)').fill('50');
    await page.getByLabel('Passives (7–8)').fill('30');
    await page.getByLabel('Detractors (0–6)').fill('20');
    await page.getByRole('button', { name: 'Work out NPS' }).click();
    expect(await page.locator('.nps-score').textContent()).toBe('NPS +30');

    await page.getByLabel('Raw answers from 0 to 10').check();
    await page.getByLabel('Answers, separated by spaces, commas or new lines').fill('10 9 8 6 3');
    await page.getByRole('button', { name: 'Work out NPS' }).click();
    // 2 promoters, 1 passive, 2 detractors of 5: 40% − 40% = 0.
    expect(await page.locator('.nps-score').textContent()).toBe('NPS 0');

    await page.getByLabel('Answers, separated by spaces, commas or new lines').fill('10 eleven');
    await page.getByRole('button', { name: 'Work out NPS' }).click();
    expect(await page.locator('.nps-error').textContent()).toBeTruthy();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the key-questions worksheet shows all 18 questions and keeps a team\'s notes through a reload', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(siteUrl('/playbook/framework/key-questions/'));
    expect(await page.locator('tl-worksheet textarea').count()).toBe(18);
    expect(await page.locator('tl-worksheet h3').allTextContents()).toEqual([
      'Phase 1: Customer insight',
      'Phase 2: Define the brand promise',
      'Phase 3: Customer experience design',
      'Phase 4: Organisational alignment',
      'Phase 5: External communication',
      'Phase 6: Customer measurement',
    ]);
    const first = page.getByLabel('Who are your profitable customers?');
    await first.fill('Our top 20 accounts, by margin.');
    await page.reload();
    expect(await page.getByLabel('Who are your profitable customers?').inputValue()).toBe('Our top 20 accounts, by margin.');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
