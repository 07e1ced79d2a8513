import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { assessmentSchema, type Assessment } from '../../src/lib/schema/assessment.ts';
import type { Answers } from '../../src/lib/schema/saved-result.ts';
import { scales } from '../../src/lib/schema/scales.ts';
import { scoreAssessment } from '../../src/lib/scoring/index.ts';
import { axeViolations, launchBrowser, openPage, siteUrl } from './browser.ts';

const dir = join(import.meta.dirname, '../../src/content/assessments');
const definitions = readdirSync(dir)
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => ({ id: file.replace(/\.yaml$/, ''), definition: assessmentSchema.parse(parse(readFileSync(join(dir, file), 'utf8'))) }));

/** How many options an item offers before "not applicable", which is always last. */
function optionCount(definition: Assessment, itemId: string): number {
  const item = definition.dimensions.flatMap((d) => d.items).find((i) => i.id === itemId)!;
  if (item.options) return item.options.length;
  const scale = scales[definition.scale];
  return scale.max - scale.min + 1;
}

/** A varied, repeatable choice per item: option index, or the n/a option for every seventh item. */
function plannedChoices(definition: Assessment): Map<string, number> {
  const items = definition.dimensions.flatMap((d) => d.items);
  return new Map(items.map((item, n) => [item.id, n % 7 === 6 ? optionCount(definition, item.id) : (n * 3 + 1) % optionCount(definition, item.id)]));
}

function expectedAnswers(definition: Assessment, choices: Map<string, number>): Answers {
  const scale = scales[definition.scale];
  const answers: Answers = {};
  for (const [itemId, index] of choices) {
    const isNa = index === optionCount(definition, itemId);
    answers[itemId] = isNa ? null : definition.scale === 'choice' ? index : scale.min + index;
  }
  return answers;
}

const focusedName = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    return active instanceof HTMLInputElement ? active.name : (active?.textContent ?? '');
  });

/** Answers one radio group from the keyboard: Tab into it, Space picks the first option, arrows move on. */
async function chooseByKeyboard(page: Page, name: string, index: number): Promise<void> {
  for (let tabs = 0; (await focusedName(page)) !== name; tabs++) {
    if (tabs > 40) throw new Error(`could not reach "${name}" with Tab`);
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Space');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowRight');
}

async function pressButton(page: Page, label: string): Promise<void> {
  for (let tabs = 0; (await focusedName(page)).trim() !== label; tabs++) {
    if (tabs > 60) throw new Error(`could not reach the "${label}" button with Tab`);
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe.each(definitions)('the $id assessment', ({ id, definition }) => {
  it('is answered by keyboard, scores as the scoring function does, and links to a next step', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(siteUrl(`/assess/${id}/`));
    await expect(page.getByText('Your answers stay on this device.').isVisible()).resolves.toBe(true);
    const choices = plannedChoices(definition);

    if (definition.respondent.askRole) {
      await page.locator('#step-role').focus();
      await chooseByKeyboard(page, 'role', 2); // front line
      await pressButton(page, 'Next');
    }
    for (const dimension of definition.dimensions) {
      await page.locator(`#step-${dimension.id}`).waitFor({ state: 'visible' });
      for (const item of dimension.items) await chooseByKeyboard(page, item.id, choices.get(item.id)!);
      await pressButton(page, dimension === definition.dimensions.at(-1) ? 'Review answers' : 'Next');
    }
    await expect(page.getByText('You have answered every question.').isVisible()).resolves.toBe(true);
    await pressButton(page, 'See my result');

    const expected = scoreAssessment(definition, expectedAnswers(definition, choices), definition.respondent.askRole ? 'front-line' : null);
    const headline = (await page.locator('.result-score').textContent()) ?? '';
    if (expected.model === 'spectrum') expect(headline).toContain(expected.nearest!.title);
    else expect(headline).toContain(`${Math.round(expected.overall!)} out of 100`);
    expect(headline).toContain(expected.band!.label);
    if (expected.model !== 'spectrum') {
      const shown = await page.locator('.result-table tbody tr td:first-of-type').allTextContents();
      expect(shown).toEqual(expected.dimensions.map((d) => (d.score === null ? '–' : String(Math.round(d.score)))));
      await page.locator('.result-chart canvas').waitFor();
    }

    const nextStep = page.locator('.result-next a').first();
    if (expected.nextSteps.length > 0) {
      const href = await nextStep.getAttribute('href');
      expect(href).toBe(`/playbook/${expected.nextSteps[0]!.pageId}/`);
      await nextStep.click();
      await page.waitForURL(new RegExp(`/playbook/${expected.nextSteps[0]!.pageId}/$`));
      expect(await page.locator('main h1').count()).toBe(1);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps every answer through a reload mid-way', async () => {
    const { page } = await openPage(browser);
    await page.goto(siteUrl(`/assess/${id}/`));
    if (definition.respondent.askRole) {
      await page.getByLabel('Leader (senior management)').check();
      await page.getByRole('button', { name: 'Next' }).click();
    }
    const first = definition.dimensions[0]!;
    for (const item of first.items.slice(0, 2)) await page.locator(`input[name="${item.id}"]`).nth(1).check();
    await page.reload();
    await page.locator(`#step-${first.id}`).waitFor({ state: 'visible' });
    for (const item of first.items.slice(0, 2)) expect(await page.locator(`input[name="${item.id}"]`).nth(1).isChecked()).toBe(true);
    if (definition.respondent.askRole) expect(await page.locator('input[name="role"][value="leader"]').isChecked()).toBe(true);
    await page.context().close();
  });

  it.each(['light', 'dark'] as const)('has no axe violations on the questions and the result (%s theme)', async (theme) => {
    const { page, errors } = await openPage(browser, { theme });
    await page.goto(siteUrl(`/assess/${id}/`));
    expect(await axeViolations(page)).toEqual([]);
    // Straight to the review and the result with a few answers given.
    const items = definition.dimensions.flatMap((d) => d.items);
    await page.evaluate(() => localStorage.clear());
    for (let step = 0; step < definition.dimensions.length + (definition.respondent.askRole ? 1 : 0); step++) {
      const visible = page.locator('.assess-step:not([hidden]) input[type="radio"]').first();
      if (await visible.count()) await visible.check();
      await page.locator('[data-action="next"]').click();
    }
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('[data-action="next"]').click();
    await page.locator('.assess-result h2').waitFor();
    expect(items.length).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
