// The team plan under the team report: drafted from the report in view, first from the
// largest leader–front-line gap; printed on one A4 page and exported as CSV.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PLAN_CSV_COLUMNS } from '../../src/lib/plan/plan-csv.ts';
import { contentDefinitions } from '../../src/lib/results/fixtures.ts';
import { resultsToJson } from '../../src/lib/results/json.ts';
import { assessmentVersion } from '../../src/lib/results/version.ts';
import type { Answers, Role, SavedResult } from '../../src/lib/schema/saved-result.ts';
import { axeViolations, launchBrowser, openPage, siteUrl } from './browser.ts';
import { englishOnPage } from './english-scan.ts';

const pace = contentDefinitions.pace!;

/** Every PACE statement answered `answer` (1–5), communication's answered `communication`. */
function paceResult(id: string, role: Role, answer: number, communication = answer, minute = 0): SavedResult {
  const answers: Answers = Object.fromEntries(pace.dimensions.flatMap((dimension) => dimension.items.map((item) => [item.id, dimension.id === 'communication' ? communication : answer])));
  return { format: 1, id, assessment: 'pace', version: assessmentVersion(pace), takenAt: `2026-03-02T10:${String(minute).padStart(2, '0')}:00.000Z`, role, answers };
}

/** Twelve people: leaders rate everything 100; the front line rates communication 0 and the rest 75; managers sit at 50. */
const twelve = [
  ...[1, 2, 3, 4].map((i) => paceResult(`leader-${i}`, 'leader', 5, 5, i)),
  ...[1, 2, 3, 4].map((i) => paceResult(`manager-${i}`, 'manager', 3, 3, 10 + i)),
  ...[1, 2, 3, 4].map((i) => paceResult(`front-line-${i}`, 'front-line', 4, 1, 20 + i)),
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** Opens the team page, adds the results as one file and drafts the plan once the report counts them all. */
async function draftPlanFor(page: Page, prefix = '', results = twelve): Promise<void> {
  await page.goto(siteUrl(`${prefix}/team/`));
  await page.locator('tl-team-view[data-results]').waitFor({ state: 'attached' });
  await expect(page.locator('.team-plan').isHidden()).resolves.toBe(true);
  await page.locator('#team-files').setInputFiles([{ name: 'team.json', mimeType: 'application/json', buffer: Buffer.from(resultsToJson(results)) }]);
  await page.waitForFunction((count) => document.querySelector('tl-team-view')?.getAttribute('data-results') === String(count), results.length);
  await page.locator('tl-team-view[data-renders]').waitFor({ state: 'attached' });
  await page.locator('.team-plan [data-action="draft"]').click();
  await page.locator('.team-plan-priority').first().waitFor();
}

describe('the team plan', () => {
  it("puts the team's leader–front-line gap first, exports a CSV that parses and prints on one A4 page", async () => {
    const { page, errors } = await openPage(browser);
    await draftPlanFor(page);
    const headings = await page.locator('.team-plan-priority h4').allTextContents();
    expect(headings[0]).toBe('1. Communication');
    expect(headings).toHaveLength(3);
    await expect(page.locator('.team-plan-why').first().textContent()).resolves.toBe(
      'Chosen for the gap between leaders and the front line: +100 points (leaders 100, front line 0 of 100). Whole team 50 of 100, n = 12.',
    );
    // The other areas differ by 25 points (100 against 75), in definition order.
    await expect(page.locator('.team-plan-why').nth(1).textContent()).resolves.toContain('+25 points');
    expect(headings.slice(1)).toEqual(['2. Processes', '3. Attitudes']);

    // Edited in the plan editor: the summary, its print and the CSV follow.
    await page.locator('.team-plan-edit input[data-field="owner"]').first().fill('Head of service');
    await page.locator('.team-plan-edit input[data-field="owner"]').first().press('Tab');
    await expect(page.locator('.team-plan-actions li').first().textContent()).resolves.toContain('(Head of service · Not started)');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the plan as CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^touchline-team-plan-pace-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = Papa.parse<string[]>(readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true });
    expect(csv.errors).toEqual([]);
    const [header, ...rows] = csv.data;
    expect(header).toEqual([...PLAN_CSV_COLUMNS]);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]![header!.indexOf('area')]).toBe('pace/communication');
    expect(rows[0]![header!.indexOf('action')]).not.toBe('');
    expect(rows[0]![header!.indexOf('owner')]).toBe('Head of service');

    const [reminder] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Calendar reminder for the review' }).click()]);
    expect(readFileSync((await reminder.path())!, 'utf8')).toMatch(/^BEGIN:VCALENDAR/);

    // Printed, the plan is the page: the report stays on screen.
    await page.evaluate(() => (document.documentElement.dataset.print = 'team-plan'));
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.team-report').isVisible()).resolves.toBe(false);
    await expect(page.locator('.team-plan-priority').first().isVisible()).resolves.toBe(true);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    // Printing the report leaves the plan out.
    await page.evaluate(() => delete document.documentElement.dataset.print);
    await expect(page.locator('.team-plan-priority').first().isVisible()).resolves.toBe(false);
    await expect(page.locator('.team-report').isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
  });

  it('names no gap where the front line is too small to show, only the whole team', async () => {
    const { page } = await openPage(browser);
    // Two front-line people: the report counts them with others, so the plan may not tell their answers.
    await draftPlanFor(page, '', [...twelve.slice(0, 4), ...twelve.slice(8, 10)]);
    const reasons = await page.locator('.team-plan-why').allTextContents();
    expect(reasons.length).toBeGreaterThan(0);
    for (const reason of reasons) expect(reason).toMatch(/^Chosen as one of the team's weakest areas: \d+ of 100, n = 6\.$/);
    await expect(page.locator('.team-plan').textContent()).resolves.not.toMatch(/front line 0|leaders 100/);
  });

  describe.each(['light', 'dark'] as const)('in the %s theme', (theme) => {
    it('has no axe violations with a drafted plan', async () => {
      const { page } = await openPage(browser, { theme });
      await draftPlanFor(page);
      expect(await axeViolations(page)).toEqual([]);
    });
  });

  it('works at 375 px', async () => {
    const { page } = await openPage(browser, { width: 375 });
    await draftPlanFor(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });

  it.each(['de', 'pl'] as const)('in %s speaks only that language', async (locale) => {
    const { page, errors } = await openPage(browser);
    await draftPlanFor(page, `/${locale}`);
    const words = parse(readFileSync(`src/i18n/${locale}.yaml`, 'utf8')) as Record<string, string>;
    await expect(page.locator('#team-plan-title').textContent()).resolves.toBe(words['plan.team.title']);
    await expect(englishOnPage(page, locale, '.team-plan')).resolves.toEqual([]);
    expect(errors).toEqual([]);
  });
});
