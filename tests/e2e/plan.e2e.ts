// A plan from a result, as a manager makes one: PACE taken by keyboard, "Make a plan", a
// target, an owner, a status and an own action changed, kept through a reload, printed on one
// A4 sheet, exported as CSV and as a calendar reminder, listed in My results; in both themes
// axe-clean; in German and Polish without an English interface word; and safe against a
// hostile owner or a damaged plan record.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { assessmentVersion } from '../../src/lib/results/version.ts';
import { assessmentSchema } from '../../src/lib/schema/assessment.ts';
import type { SavedResult } from '../../src/lib/schema/saved-result.ts';
import { translatorFor } from '../../src/lib/scoring/test-translators.ts';
import { chooseByKeyboard, focusedName, pressButton } from './assess-keyboard.ts';
import { axeViolations, launchBrowser, openPage, siteUrl } from './browser.ts';
import { englishOnPage } from './english-scan.ts';

const t = translatorFor('en');
const pace = assessmentSchema.parse(parse(readFileSync(join(import.meta.dirname, '../../src/content/assessments/pace.yaml'), 'utf8')));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** Taken on the 12th: a date like 02.11. would read "Ergebnis 02" to the English scan, which looks for "is 0". */
function paceResult(id = 'plan-e2e-result-1'): SavedResult {
  const items = pace.dimensions.flatMap((dimension) => dimension.items.map((item) => item.id));
  return { format: 1, id, assessment: 'pace', version: assessmentVersion(pace), takenAt: '2026-11-12T09:00:00.000Z', role: 'manager', answers: Object.fromEntries(items.map((item, i) => [item, 1 + (i % 5)])) };
}

async function seed(page: Page, results: SavedResult[], plans?: string): Promise<void> {
  await page.goto(siteUrl('/privacy/'));
  await page.evaluate(
    ([results, plans]) => {
      localStorage.setItem('tl-results', results);
      if (plans === null) localStorage.removeItem('tl-plans');
      else localStorage.setItem('tl-plans', plans);
    },
    [JSON.stringify({ store: 1, results }), plans ?? null] as const,
  );
}

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

/** Tabs to the element with this id (a field of the editor) from wherever focus is. */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let tabs = 0; !(await page.evaluate((selector) => document.activeElement?.matches(selector) ?? false, selector)); tabs++) {
    if (tabs > 120) throw new Error(`could not reach "${selector}" with Tab (at ${await focusedName(page)})`);
    await page.keyboard.press('Tab');
  }
}

const savedPlans = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('tl-plans') ?? 'null') as { plans: { priorities: { target: Record<string, unknown>; reviewOn: string; actions: { actionId?: string; text?: string; owner: string; status: string }[] }[] }[] } | null);

describe('a plan from a PACE result', () => {
  it('is made by keyboard, kept through a reload, printed on one sheet, exported as CSV and .ics, and listed in My results', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(siteUrl('/assess/pace/'));
    await page.locator('#step-role').focus();
    await chooseByKeyboard(page, 'role', 1);
    await pressButton(page, t('assess.next'));
    let n = 0;
    for (const [index, dimension] of pace.dimensions.entries()) {
      await page.locator(`#step-${dimension.id}`).waitFor({ state: 'visible' });
      for (const item of dimension.items) await chooseByKeyboard(page, item.id, n++ % 4);
      await pressButton(page, t(index === pace.dimensions.length - 1 ? 'assess.reviewAnswers' : 'assess.next'));
    }
    await pressButton(page, t('assess.seeResult'));
    await page.locator('.result-save-status[data-kept="yes"]').waitFor();
    await pressButton(page, t('result.tools.makePlan'));
    await page.waitForURL(/\/plan\/#/);
    const resultId = decodeURIComponent(new URL(page.url()).hash.slice(1));
    await page.locator('.plan-priority').first().waitFor();
    await expect(page.locator('.plan-page-status').textContent()).resolves.toBe(t('plan.page.drafted'));
    expect((await savedPlans(page))?.plans).toHaveLength(1);

    // A target score, an owner, a status and an own action, all by keyboard.
    await page.locator('.plan-priority [data-field="area"]').first().focus();
    // Tab reaches a radio group at its chosen option; an arrow key chooses the next.
    await tabTo(page, '[data-field="kind-band"]');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, '[data-field="score"]');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('72');
    await tabTo(page, '[data-field="owner"]');
    await page.keyboard.type('Head of service');
    await tabTo(page, '[data-field="status"]');
    await page.keyboard.press('ArrowDown'); // in progress
    await tabTo(page, '[data-field="new-own"]');
    await page.keyboard.type('Ask billing which handovers customers complain about.');
    await tabTo(page, '[data-action="add-own"]');
    await page.keyboard.press('Enter');
    await expect(page.locator('.plan-page-status').textContent()).resolves.toBe(t('plan.page.saved'));

    await page.reload();
    await page.locator('.plan-priority').first().waitFor();
    const first = page.locator('.plan-priority').first();
    await expect(first.locator('[data-field="score"]').inputValue()).resolves.toBe('72');
    await expect(first.locator('[data-field="kind-score"]').isChecked()).resolves.toBe(true);
    await expect(first.locator('[data-field="owner"]').first().inputValue()).resolves.toBe('Head of service');
    await expect(first.locator('[data-field="status"]').first().inputValue()).resolves.toBe('in-progress');
    await expect(first.locator('.plan-own [data-field="text"]').inputValue()).resolves.toBe('Ask billing which handovers customers complain about.');
    const stored = (await savedPlans(page))!.plans[0]!.priorities[0]!;
    expect(stored.target).toEqual({ score: 72 });
    const review = stored.reviewOn;

    // Print: one A4 sheet, the plan's words on it, no buttons.
    await page.emulateMedia({ media: 'print' });
    const shownButtons = await page.evaluate(() => [...document.querySelectorAll('button')].filter((button) => button.getClientRects().length > 0).length);
    expect(shownButtons).toBe(0);
    const printed = await page.locator('.plan-summary').innerText();
    expect(printed).toContain('Head of service');
    expect(printed).toContain(t('plan.print.target', { target: '72' }));
    expect(printed).toContain(t('plan.status.inProgress'));
    expect(printed).toContain('Ask billing which handovers customers complain about.');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
    await page.emulateMedia({ media: 'screen' });

    const csv = await download(page, () => page.getByRole('button', { name: t('plan.page.csv') }).click());
    expect(csv.name).toMatch(/^touchline-plan-pace-.*\.csv$/);
    const rows = Papa.parse<Record<string, string>>(csv.text.replace(/^\uFEFF/, ''), { header: true }).data;
    expect(rows.find((row) => row.owner === 'Head of service')).toMatchObject({ priority: '1', target: '72', status: 'in-progress', resultId });
    expect(rows.find((row) => row.actionId === '')).toMatchObject({ action: 'Ask billing which handovers customers complain about.', status: 'not-started' });

    const ics = await download(page, () => page.getByRole('button', { name: t('plan.page.ics') }).click());
    const calendar = new ICAL.Component(ICAL.parse(ics.text));
    expect(calendar.name).toBe('vcalendar');
    const event = calendar.getFirstSubcomponent('vevent')!;
    const earliest = (await savedPlans(page))!.plans[0]!.priorities.map((priority) => priority.reviewOn).sort()[0];
    expect(event.getFirstPropertyValue('dtstart')!.toString()).toBe(earliest);
    expect(earliest! <= review).toBe(true);
    expect(ics.text).not.toContain('Head of service');
    expect(ics.text).not.toContain('billing');
    for (const dimension of pace.dimensions) expect(ics.text).not.toContain(dimension.title);

    await page.goto(siteUrl('/results/'));
    const item = page.locator(`[data-result-id="${resultId}"]`);
    await expect(item.locator('.results-plan').innerText()).resolves.toContain(t('results.plan.open'));
    await item.getByRole('link', { name: new RegExp(t('results.plan.open')) }).click();
    await page.waitForURL(/\/plan\/#/);
    await page.locator('.plan-priority').first().waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows each problem next to its field and keeps what was typed', async () => {
    const { page, errors } = await openPage(browser, { width: 375 });
    await seed(page, [paceResult()]);
    await page.goto(siteUrl('/plan/#plan-e2e-result-1'));
    const first = page.locator('.plan-priority').first();
    await first.waitFor();
    await first.locator('[data-field="kind-score"]').check();
    await first.locator('[data-field="score"]').fill('140');
    const error = first.locator('.plan-error[data-error="target"]');
    await expect(error.textContent()).resolves.toBe(t('plan.invalid.target', { field: t('plan.editor.target') }));
    await expect(first.locator('[data-field="score"]').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('.plan-page-status').textContent()).resolves.toBe(t('plan.page.notSavedInvalid'));
    expect((await savedPlans(page))!.plans[0]!.priorities[0]!.target).not.toEqual({ score: 140 });
    await first.locator('[data-field="owner"]').first().fill('Team lead');
    await expect(first.locator('[data-field="score"]').inputValue()).resolves.toBe('140');
    await first.locator('[data-field="score"]').fill('80');
    await expect(error.isHidden()).resolves.toBe(true);
    const saved = (await savedPlans(page))!.plans[0]!.priorities[0]!;
    expect(saved.target).toEqual({ score: 80 });
    expect(saved.actions[0]!.owner).toBe('Team lead');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('renders an owner or an own action written as HTML as text', async () => {
    const { page, errors } = await openPage(browser);
    await seed(page, [paceResult()]);
    await page.goto(siteUrl('/plan/#plan-e2e-result-1'));
    const first = page.locator('.plan-priority').first();
    await first.waitFor();
    const attack = '<img src=x onerror="document.body.dataset.owned=1"><b>bold</b>';
    await first.locator('[data-field="owner"]').first().fill(attack);
    await first.locator('[data-field="new-own"]').fill(attack);
    await first.locator('[data-action="add-own"]').click();
    await page.reload();
    await page.locator('.plan-priority').first().waitFor();
    await expect(page.locator('.plan-summary').innerText()).resolves.toContain('<b>bold</b>');
    await expect(page.locator('.plan-summary b, .plan-summary img, tl-plan-editor img').count()).resolves.toBe(0);
    await page.goto(siteUrl('/results/'));
    await page.locator('.results-plan').waitFor();
    await expect(page.evaluate(() => document.body.dataset.owned)).resolves.toBeUndefined();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('names a damaged plan record and keeps the others working', async () => {
    const { page, errors } = await openPage(browser);
    const good = { format: 1, resultId: 'plan-e2e-result-2', assessment: 'pace', version: assessmentVersion(pace), updatedAt: '2026-11-03T09:00:00.000Z', priorities: [{ area: 'pace/processes', target: { score: 70 }, reviewOn: '2027-02-01', actions: [{ text: 'Map one journey.', owner: 'COO', status: 'done' }] }] };
    const damaged = { ...good, resultId: 'plan-e2e-result-1', priorities: [{ ...good.priorities[0], reviewOn: 'someday' }] };
    await seed(page, [paceResult(), paceResult('plan-e2e-result-2')], JSON.stringify({ store: 1, plans: [damaged, good] }));
    await page.goto(siteUrl('/plan/#plan-e2e-result-2'));
    await page.locator('.plan-priority').first().waitFor();
    const notice = await page.locator('.plan-notices').innerText();
    expect(notice).toContain(t('plan.page.problem', { number: 1, reason: '' }).trim());
    await expect(page.locator('.plan-priority [data-field="owner"]').first().inputValue()).resolves.toBe('COO');
    // The damaged record is kept as it was when the good one is saved again.
    await page.locator('.plan-priority [data-field="owner"]').first().fill('COO and CFO');
    const raw = await page.evaluate(() => JSON.parse(localStorage.getItem('tl-plans')!) as { plans: unknown[] });
    expect(raw.plans[0]).toEqual(damaged);
    await page.goto(siteUrl('/results/'));
    await page.locator('.results-plan').first().waitFor();
    await expect(page.locator('.results-notices').innerText()).resolves.toContain(t('results.plan.problem', { number: 1, reason: '' }).trim().replace(/:$/, ''));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('is deleted from My results after a confirmation, and goes with its result', async () => {
    const { page, errors } = await openPage(browser);
    await seed(page, [paceResult(), paceResult('plan-e2e-result-2')]);
    for (const id of ['plan-e2e-result-1', 'plan-e2e-result-2']) {
      await page.goto(siteUrl(`/plan/#${id}`));
      await page.locator('.plan-priority').first().waitFor();
    }
    const planIds = async () => ((await savedPlans(page)) as { plans: { resultId: string }[] } | null)?.plans.map((plan) => plan.resultId) ?? [];
    expect(await planIds()).toEqual(['plan-e2e-result-1', 'plan-e2e-result-2']);
    await page.goto(siteUrl('/results/'));
    const item = (id: string) => page.locator(`[data-result-id="${id}"]`);
    await item('plan-e2e-result-1').locator('.results-plan').waitFor();
    page.once('dialog', (dialog) => void dialog.dismiss());
    await item('plan-e2e-result-1').getByRole('button', { name: new RegExp(t('results.plan.delete')) }).click();
    expect(await planIds()).toEqual(['plan-e2e-result-1', 'plan-e2e-result-2']);
    page.once('dialog', (dialog) => void dialog.accept());
    await item('plan-e2e-result-1').getByRole('button', { name: new RegExp(t('results.plan.delete')) }).click();
    expect(await planIds()).toEqual(['plan-e2e-result-2']);
    await expect(item('plan-e2e-result-1').locator('.results-plan a').innerText()).resolves.toMatch(new RegExp(`^${t('results.plan.make')}`));
    page.once('dialog', (dialog) => void dialog.accept());
    await item('plan-e2e-result-2').locator('.results-item-actions').getByRole('button', { name: new RegExp(`^${t('results.item.delete')}`) }).click();
    expect(await planIds()).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each(['light', 'dark'] as const)('is axe-clean in the %s theme, with a problem shown', async (theme) => {
    const { page } = await openPage(browser, { theme });
    await seed(page, [paceResult()]);
    await page.goto(siteUrl('/plan/#plan-e2e-result-1'));
    const first = page.locator('.plan-priority').first();
    await first.waitFor();
    await first.locator('details.plan-more summary').first().click();
    await first.locator('[data-field="reviewOn"]').fill('');
    await first.locator('.plan-error[data-error="reviewOn"]').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe.each(['de', 'pl'] as const)('the plan in %s', (locale) => {
  it('shows no English interface word, and is axe-clean', async () => {
    const { page, errors } = await openPage(browser, { width: 375 });
    await seed(page, [paceResult()]);
    await page.goto(siteUrl(`/${locale}/plan/#plan-e2e-result-1`));
    await page.locator('.plan-priority').first().waitFor();
    await page.locator('.plan-priority details.plan-more summary').first().click();
    expect(await englishOnPage(page, locale, 'main')).toEqual([]);
    await page.goto(siteUrl(`/${locale}/results/`));
    await page.locator('.results-plan').waitFor();
    expect(await englishOnPage(page, locale, '.results-groups')).toEqual([]);
    await page.goto(siteUrl(`/${locale}/plan/#plan-e2e-result-1`));
    await page.locator('.plan-priority').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
