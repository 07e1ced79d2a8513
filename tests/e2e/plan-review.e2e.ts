// Taking an assessment again after making a plan: the new result shows progress against the
// plan of the earlier result, per priority, in the page's language.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { assessmentVersion } from '../../src/lib/results/version.ts';
import { assessmentSchema } from '../../src/lib/schema/assessment.ts';
import type { SavedResult } from '../../src/lib/schema/saved-result.ts';
import type { Plan } from '../../src/lib/plan/plan-schema.ts';
import { axeViolations, launchBrowser, openPage, siteUrl } from './browser.ts';
import { englishOnPage } from './english-scan.ts';

const pace = assessmentSchema.parse(parse(readFileSync('src/content/assessments/pace.yaml', 'utf8')));
const paceItems = pace.dimensions.flatMap((dimension) => dimension.items.map((item) => item.id));

/** Taken in January, every statement answered 2 of 5: each area scores 25. */
const then: SavedResult = {
  format: 1,
  id: 'plan-review-then',
  assessment: 'pace',
  version: assessmentVersion(pace),
  takenAt: '2026-01-15T09:00:00.000Z',
  role: 'manager',
  answers: Object.fromEntries(paceItems.map((id) => [id, 2])),
};

/** Processes aims at the band "Developing" (40–59), attitudes at 90, communication at 75. */
const plan: Plan = {
  format: 1,
  resultId: then.id,
  assessment: 'pace',
  version: then.version,
  updatedAt: '2026-01-20T10:00:00.000Z',
  priorities: [
    { area: 'pace/processes', target: { band: 'Developing' }, reviewOn: '2026-04-20', actions: [] },
    { area: 'pace/attitudes', target: { score: 90 }, reviewOn: '2026-04-20', actions: [] },
    { area: 'pace/communication', target: { score: 75 }, reviewOn: '2026-04-20', actions: [] },
  ],
};

async function seed(page: Page, prefix: string): Promise<void> {
  await page.goto(siteUrl(`${prefix}/privacy/`));
  await page.evaluate(
    ([results, plans]) => {
      localStorage.clear();
      localStorage.setItem('tl-results', results!);
      localStorage.setItem('tl-plans', plans!);
    },
    [JSON.stringify({ store: 1, results: [then] }), JSON.stringify({ store: 1, plans: [plan] })],
  );
}

/** Answers every statement "agree" (4 of 5, a score of 75) and shows the result. */
async function takePaceAgain(page: Page, prefix: string): Promise<void> {
  await page.goto(siteUrl(`${prefix}/assess/pace/`));
  const result = page.locator('.assess-result');
  for (let guard = 0; guard < 30 && (await result.isHidden()); guard++) {
    const groups = page.locator('.assess-step:not([hidden]) fieldset:not([hidden])');
    for (let i = 0; i < (await groups.count()); i++) {
      const options = groups.nth(i).locator('input[type="radio"]');
      await options.nth(3 % ((await options.count()) - 1)).check();
    }
    await page.locator('[data-action="next"]').click();
  }
  await page.locator('.result-plan-review').waitFor();
}

const rows = (page: Page) =>
  page.locator('.result-plan-review tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => (cell as HTMLElement).innerText.trim())));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('progress against a plan', () => {
  it('shows, under the newer PACE result, each priority then, now, its target and whether it is met', async () => {
    const { page, errors } = await openPage(browser);
    await seed(page, '');
    await takePaceAgain(page, '');
    await expect(page.locator('#result-plan-review').textContent()).resolves.toBe('Progress against your plan of January 20, 2026');
    expect(await rows(page)).toEqual([
      ['Processes', '25', '75', 'Developing or above', 'Target met'],
      ['Attitudes', '25', '75', '90 or more', 'Target not met yet'],
      ['Communication', '25', '75', '75 or more', 'Target met'],
    ]);
    // The same progress when the newer result is opened from My results; the plan's own result shows none.
    await page.goto(siteUrl('/results/'));
    const items = page.locator('.results-item');
    await items.first().waitFor();
    await items.nth(0).getByRole('button', { name: /^Open/ }).click();
    await page.locator('.result-plan-review').waitFor();
    expect((await rows(page)).map((row) => row.at(-1))).toEqual(['Target met', 'Target not met yet', 'Target met']);
    await page.getByRole('button', { name: 'Back' }).first().click();
    await items.nth(1).getByRole('button', { name: /^Open/ }).click();
    await page.locator('.results-open h2').first().waitFor();
    await expect(page.locator('.result-plan-review').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });

  it('shows nothing, and loads no plan code, when no plan was made', async () => {
    const { page, requests } = await openPage(browser);
    await page.goto(siteUrl('/privacy/'));
    await page.evaluate(() => localStorage.clear());
    await page.goto(siteUrl('/assess/pace/'));
    const result = page.locator('.assess-result');
    for (let guard = 0; guard < 30 && (await result.isHidden()); guard++) {
      const groups = page.locator('.assess-step:not([hidden]) fieldset:not([hidden])');
      for (let i = 0; i < (await groups.count()); i++) await groups.nth(i).locator('input[type="radio"]').first().check();
      await page.locator('[data-action="next"]').click();
    }
    await page.locator('.result-save-status[data-kept="yes"]').waitFor();
    await expect(page.locator('.result-plan-review').count()).resolves.toBe(0);
    expect(requests.filter((url) => /plan-review/.test(url))).toEqual([]);
  });

  describe.each(['light', 'dark'] as const)('in the %s theme', (theme) => {
    it('is axe clean', async () => {
      const { page } = await openPage(browser, { theme });
      await seed(page, '');
      await takePaceAgain(page, '');
      expect(await axeViolations(page)).toEqual([]);
    });
  });

  it.each(['de', 'pl'] as const)('in %s shows the band target in that language and no English word', async (locale) => {
    const { page, errors } = await openPage(browser);
    await seed(page, `/${locale}`);
    await takePaceAgain(page, `/${locale}`);
    const found = await rows(page);
    expect(found.map((row) => row.slice(1, 3))).toEqual([
      ['25', '75'],
      ['25', '75'],
      ['25', '75'],
    ]);
    // The English band "Developing" reads as the translation's band, and is met.
    const words = parse(readFileSync(`src/i18n/${locale}.yaml`, 'utf8')) as Record<string, string>;
    const bands = (parse(readFileSync(`src/content/translations/${locale}/assessments/pace.yaml`, 'utf8')) as { bands: { label: string }[] }).bands;
    expect(found[0]![3]).toBe(words['plan.review.targetBand']!.replace('{band}', bands[1]!.label));
    expect(found.map((row) => row.at(-1))).toEqual([words['plan.progress.met'], words['plan.progress.notMet'], words['plan.progress.met']]);
    await expect(englishOnPage(page, locale, '.result-plan-review')).resolves.toEqual([]);
    expect(errors).toEqual([]);
  });
});
