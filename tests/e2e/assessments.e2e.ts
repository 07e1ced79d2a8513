import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { shownOptionOrder } from '../../src/lib/assess/payload.ts';
import { assessmentSchema, type Assessment } from '../../src/lib/schema/assessment.ts';
import type { Answers } from '../../src/lib/schema/saved-result.ts';
import { scales } from '../../src/lib/schema/scales.ts';
import { scoreAssessment } from '../../src/lib/scoring/index.ts';
import { summariseResult, wordSummary } from '../../src/lib/scoring/summary.ts';
import { translatorFor } from '../../src/lib/scoring/test-translators.ts';
import { chooseByKeyboard, pressButton } from './assess-keyboard.ts';
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
    // Spectrum options are shown in a fixed order of their own; the answer is the option's index in the definition.
    answers[itemId] = isNa ? null : definition.scale === 'choice' ? shownOptionOrder(itemId, optionCount(definition, itemId))[index]! : scale.min + index;
  }
  return answers;
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
    const summary = wordSummary(translatorFor('en'), summariseResult(definition, expected));
    const headline = (await page.locator('.result-score').textContent()) ?? '';
    expect(headline).toBe(summary.bandLabel ? `${summary.headline} · ${summary.bandLabel}` : summary.headline);
    if (expected.model !== 'spectrum') {
      const shown = await page.locator('.result-table tbody tr td:first-of-type').allTextContents();
      expect(shown).toEqual(expected.dimensions.map((d) => (d.score === null ? 'too few answers' : String(Math.round(d.score)))));
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

/** Answers every item of the assessment by keyboard: `choose` gives the option index (the scale's count for n/a). */
async function answerAll(page: Page, definition: Assessment, choose: (dimensionIndex: number, itemId: string) => number, role = 2): Promise<void> {
  if (definition.respondent.askRole) {
    await page.locator('#step-role').focus();
    await chooseByKeyboard(page, 'role', role);
    await pressButton(page, 'Next');
  }
  for (const [index, dimension] of definition.dimensions.entries()) {
    await page.locator(`#step-${dimension.id}`).waitFor({ state: 'visible' });
    for (const item of dimension.items) await chooseByKeyboard(page, item.id, choose(index, item.id));
    await pressButton(page, index === definition.dimensions.length - 1 ? 'Review answers' : 'Next');
  }
  await pressButton(page, 'See my result');
  await page.locator('.assess-result h2').waitFor();
}

const definitionOf = (id: string) => definitions.find((entry) => entry.id === id)!.definition;
const savedCount = (page: Page) => page.evaluate(() => (JSON.parse(localStorage.getItem('tl-results') ?? '{"results":[]}') as { results: unknown[] }).results.length);

describe('result states, answered by keyboard and read as a person would', () => {
  it('PACE with every answer "not applicable": not enough answers, no advice presuming a score, not kept unless asked', async () => {
    const { page, errors } = await openPage(browser);
    const pace = definitionOf('pace');
    await page.goto(siteUrl('/assess/pace/'));
    await answerAll(page, pace, (_, itemId) => optionCount(pace, itemId));
    const result = page.locator('.assess-result');
    await expect(result.locator('.result-score').textContent()).resolves.toBe('Not enough answers to score');
    const text = (await result.textContent()) ?? '';
    expect(text).not.toContain('Nothing stands out as weak');
    expect(text).not.toContain('Where to start');
    expect(text).toContain('0 of 34 questions answered; 34 not applicable or don\'t know.');
    await expect(result.locator('.result-save-status').textContent()).resolves.toContain('has not been saved on this device');
    expect(await savedCount(page)).toBe(0);
    await result.getByRole('button', { name: 'Keep it anyway' }).click();
    await result.locator('.result-save-status[data-kept="yes"]').waitFor();
    expect(await savedCount(page)).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('PACE with Evaluation "not applicable": scored on the other areas, Evaluation named as left out', async () => {
    const { page, errors } = await openPage(browser);
    const pace = definitionOf('pace');
    const evaluation = pace.dimensions.findIndex((dimension) => dimension.id === 'evaluation');
    await page.goto(siteUrl('/assess/pace/'));
    await answerAll(page, pace, (index, itemId) => (index === evaluation ? optionCount(pace, itemId) : 3));
    const result = page.locator('.assess-result');
    await expect(result.locator('.result-score').textContent()).resolves.toBe('75 out of 100 · Established, on the areas scored');
    await expect(result.locator('.result-meaning').textContent()).resolves.toBe(
      'This covers Processes, Attitudes and Communication only. Evaluation had too few answers to score, so it is left out of the overall score and nothing here describes it.',
    );
    await expect(result.locator('.result-left-out').textContent()).resolves.toContain('Evaluation: too few answers (0 of 9 answered, 5 needed)');
    await expect(result.locator('.result-table tr[data-status="too-few"] th').textContent()).resolves.toBe('Evaluation');
    expect(await result.locator('.result-next-list > li > strong').allTextContents()).not.toContain('Evaluation');
    await result.locator('.result-save-status[data-kept="yes"]').waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('Building blocks with block 1 partly in place: the headline explains the gate, and no block is numbered twice', async () => {
    const { page, errors } = await openPage(browser);
    const blocks = definitionOf('building-blocks');
    await page.goto(siteUrl('/assess/building-blocks/'));
    await answerAll(page, blocks, (index) => (index === 0 ? 2 : 4));
    const result = page.locator('.assess-result');
    await expect(result.locator('.result-score').textContent()).resolves.toBe(
      'Foundations not yet secure: block 1, Customer voice, is partly in place; five later blocks rest on it',
    );
    expect(await result.locator('.stage-list').evaluate((list) => list.tagName)).toBe('UL');
    await expect(result.locator('.stage-list li').first().textContent()).resolves.toMatch(/^1\. Customer voice — 50\/100, not yet counted as in place \(that needs “mostly in place”\)$/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps "Prefer not to say" through a reload', async () => {
    const { page } = await openPage(browser);
    await page.goto(siteUrl('/assess/pace/'));
    await page.locator('#step-role').focus();
    await chooseByKeyboard(page, 'role', 3);
    expect(await page.locator('input[name="role"][value=""]').isChecked()).toBe(true);
    await page.reload();
    await page.locator('#step-role').waitFor({ state: 'visible' });
    expect(await page.locator('input[name="role"][value=""]').isChecked()).toBe(true);
    await page.context().close();
  });
});

describe('moving within an assessment', () => {
  const pace = () => definitionOf('pace');
  const shownStep = (page: Page) => page.locator('.assess-step:not([hidden])').getAttribute('data-step');

  it('gives each step its own address, so Back and Forward move between steps and a reload keeps the step', async () => {
    const { page, errors } = await openPage(browser);
    const [first, second] = pace().dimensions;
    await page.goto(siteUrl('/assess/pace/'));
    await page.getByLabel('Leader (senior management)').check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.locator(`input[name="${first!.items[0]!.id}"]`).first().check();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(shownStep(page)).resolves.toBe(second!.id);
    expect(new URL(page.url()).hash).toBe('#step-3');

    await page.goBack();
    await expect(shownStep(page)).resolves.toBe(first!.id);
    expect(new URL(page.url()).hash).toBe('#step-2');
    // Back moved within the page, which kept the answer, and put focus on the step's heading for the keyboard.
    expect(await page.locator(`input[name="${first!.items[0]!.id}"]`).first().isChecked()).toBe(true);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(`step-${first!.id}`);
    await page.goForward();
    await expect(shownStep(page)).resolves.toBe(second!.id);

    await page.reload();
    await page.locator(`#step-${second!.id}`).waitFor({ state: 'visible' });
    // Opened by its address with no draft (another browser, a link), the step named is the one shown.
    await page.goto(siteUrl('/assess/pace/#step-2'));
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.locator(`#step-${first!.id}`).waitFor({ state: 'visible' });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('offers "Back to review" under a question reached from the review, and it returns there', async () => {
    const { page, errors } = await openPage(browser);
    const [first] = pace().dimensions;
    const item = first!.items[1]!;
    await page.goto(siteUrl('/assess/pace/'));
    for (let step = 0; step < pace().dimensions.length + 1; step++) await page.locator('[data-action="next"]').click();
    await page.locator('#step-review').waitFor({ state: 'visible' });
    await page.locator('.assess-review button', { hasText: item.text }).click();
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement).name)).resolves.toBe(item.id);
    const shortcut = page.getByRole('button', { name: 'Back to review' });
    await expect(shortcut.count()).resolves.toBe(1);
    // It sits right under the question it came for.
    expect(await page.locator(`[data-item="${item.id}"] + .assess-to-review button`).count()).toBe(1);
    await chooseByKeyboard(page, item.id, 1);
    await pressButton(page, 'Back to review');
    await page.locator('#step-review').waitFor({ state: 'visible' });
    await expect(page.locator('.assess-review').textContent()).resolves.not.toContain(item.text);
    // Gone once used, and not offered on steps reached the ordinary way.
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Back to review' }).count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows a finished result first when coming back to it, and Back from the result returns to the review', async () => {
    const { page, errors } = await openPage(browser, { width: 375 });
    await page.goto(siteUrl('/assess/pace/'));
    await answerAll(page, pace(), () => 2);
    expect(new URL(page.url()).hash).toBe('#result');
    const headingFocused = () => page.evaluate(() => document.activeElement?.id);
    await expect(headingFocused()).resolves.toBe('result-title');
    await expect(page.locator('.result-again-note').textContent()).resolves.toContain('stay in My results');
    await expect(page.getByRole('button', { name: 'Start a new attempt' }).getAttribute('aria-describedby')).resolves.toBe('result-again-note');

    // Read down the page, then reload: the result's heading is at the top of the view and has focus.
    await page.mouse.wheel(0, 2000);
    await page.waitForFunction(() => scrollY > 500);
    await page.reload();
    await page.locator('.assess-result h2').waitFor();
    await page.waitForTimeout(300);
    await expect(headingFocused()).resolves.toBe('result-title');
    const top = await page.locator('#result-title').evaluate((heading) => heading.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(-1);
    expect(top).toBeLessThan(200);

    await page.goBack();
    await page.locator('#step-review').waitFor({ state: 'visible' });
    await page.goForward();
    await page.locator('.assess-result h2').waitFor({ state: 'visible' });
    await expect(headingFocused()).resolves.toBe('result-title');
    expect(await savedCount(page)).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
