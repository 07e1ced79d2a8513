// The assessment page and its result in German and Polish, used from the keyboard and read as
// a person would. The assessment's own text may still be English (marked so) until its
// translation lands; the interface around it must not be.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssessmentPayload } from '../../src/lib/assess/payload.ts';
import { isRole } from '../../src/lib/schema/roles.ts';
import type { Answers } from '../../src/lib/schema/saved-result.ts';
import { scoreAssessment } from '../../src/lib/scoring/index.ts';
import { summariseResult, wordSummary } from '../../src/lib/scoring/summary.ts';
import { translatorFor } from '../../src/lib/scoring/test-translators.ts';
import { chooseByKeyboard, pressButton } from './assess-keyboard.ts';
import { axeViolations, launchBrowser, openPage, siteUrl } from './browser.ts';
import { englishOnPage } from './english-scan.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** The payload the page scores with: its definition is the one in the page's language. */
const payloadOf = (page: Page) => page.locator('script[data-payload]').textContent().then((text) => JSON.parse(text ?? '') as AssessmentPayload);

/** The answers the form holds, as the page saves them. */
const answersOf = (page: Page) =>
  page.evaluate(() => {
    const checked = [...document.querySelectorAll<HTMLInputElement>('.assess-form input[type="radio"]:checked')];
    return Object.fromEntries(checked.map((input) => [input.name, input.value]));
  });

/** Every part answered by keyboard (a varied option per question), through the review to the result. */
async function answerByKeyboard(page: Page, payload: AssessmentPayload, locale: 'de' | 'pl'): Promise<void> {
  const t = translatorFor(locale);
  const { definition } = payload;
  if (definition.respondent.askRole) {
    await page.locator('#step-role').focus();
    await chooseByKeyboard(page, 'role', 1);
    await pressButton(page, t('assess.next'));
  }
  let n = 0;
  for (const [index, dimension] of definition.dimensions.entries()) {
    await page.locator(`#step-${dimension.id}`).waitFor({ state: 'visible' });
    for (const item of dimension.items) await chooseByKeyboard(page, item.id, n++ % 3);
    await pressButton(page, t(index === definition.dimensions.length - 1 ? 'assess.reviewAnswers' : 'assess.next'));
  }
  await expect(page.locator('.assess-review').textContent()).resolves.toBe(t('assess.review.complete'));
  await pressButton(page, t('assess.seeResult'));
  await page.locator('.assess-result h2').waitFor();
  // The tools under the result come with a module loaded once it shows.
  await page.locator('.result-save-status[data-kept="yes"]').waitFor();
  await page.locator('.result-tools').waitFor();
}

describe.each([
  ['de', 'pace'],
  ['pl', 'spectrum'],
  ['de', 'spectrum'],
  ['pl', 'pace'],
  ['pl', 'core-check'],
  ['de', 'core-check'],
] as const)('the assessment page in %s: %s', (locale, id) => {
  const t = translatorFor(locale);

  it('is answered by keyboard in the page’s language, and its result reads in it: headline, coverage, next steps', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(siteUrl(`/${locale}/assess/${id}/`));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
    // The interface is the page's: no part of the page is marked English as a whole, and no "not translated" notice.
    expect(await page.locator('main[lang], main > [lang]').count()).toBe(0);
    expect(await page.locator('.untranslated-notice').count()).toBe(0);
    const payload = await payloadOf(page);
    // The assessment's own text carries its language when it is not the page's.
    expect(await page.locator('main h1').getAttribute('lang')).toBe(payload.textLang ?? null);
    await expect(page.getByText(t('assess.privacyLead')).isVisible()).resolves.toBe(true);
    await expect(page.locator('.assess-progress-text').textContent()).resolves.toContain(t('assess.progress.answered', { answered: 0, total: payload.definition.dimensions.flatMap((d) => d.items).length }));
    expect(await englishOnPage(page, locale)).toEqual([]);

    await answerByKeyboard(page, payload, locale);
    const given = await answersOf(page);
    const answers: Answers = {};
    for (const item of payload.definition.dimensions.flatMap((d) => d.items)) answers[item.id] = Number(given[item.id]);
    const role = given.role !== undefined && isRole(given.role) ? given.role : null;
    const expected = scoreAssessment(payload.definition, answers, role);
    const summary = wordSummary(t, summariseResult(payload.definition, expected, payload.scale));

    const result = page.locator('.assess-result');
    await expect(result.locator('#result-title').textContent()).resolves.toBe(t('result.title', { title: payload.definition.title }));
    await expect(result.locator('.result-score').textContent()).resolves.toBe(summary.bandLabel ? `${summary.headline} · ${summary.bandLabel}` : summary.headline);
    await expect(result.locator('.result-coverage').textContent()).resolves.toBe(summary.coverage);
    await expect(result.locator('.result-meta').textContent()).resolves.toContain(t(`result.role.${role!}`));
    await expect(result.locator('.result-save-status').textContent()).resolves.toContain(t('result.keep.saved', { link: t('result.keep.myResults') }));

    const next = result.locator('.result-next');
    await expect(next.locator('h3').textContent()).resolves.toBe(t(expected.nextSteps.length > 0 ? 'result.next.weakestFirst' : 'result.next.heading'));
    if (expected.nextSteps.length > 0) {
      const link = next.locator('a').first();
      const page0 = payload.pages[expected.nextSteps[0]!.pageId]!;
      expect(await link.getAttribute('href')).toBe(page0.href);
      expect(page0.href).toMatch(new RegExp(`^/${locale}/playbook/`));
      await expect(link.textContent()).resolves.toBe(t('result.read', { title: page0.title }));
      // A guide not yet in the page's language says so to the browser and the screen reader.
      expect(await link.getAttribute('hreflang')).toBe(page0.lang ?? null);
    }
    expect(await englishOnPage(page, locale)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe.each(['light', 'dark'] as const)('the German and Polish assessment pages in the %s theme', (theme) => {
  it.each([
    ['de', 'pace'],
    ['pl', 'spectrum'],
    ['pl', 'core-check'],
    ['de', 'core-check'],
  ] as const)('/%s/assess/%s/ has no axe violations on the questions and the result', async (locale, id) => {
    const { page, errors } = await openPage(browser, { theme });
    await page.goto(siteUrl(`/${locale}/assess/${id}/`));
    expect(await axeViolations(page)).toEqual([]);
    await answerByKeyboard(page, await payloadOf(page), locale);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe.each(['de', 'pl'] as const)('the list of assessments in %s', (locale) => {
  it('speaks the page’s language, each assessment reachable by keyboard', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(siteUrl(`/${locale}/assess/`));
    expect(await page.locator('main h1').textContent()).toBe(translatorFor(locale)('assess.list.title'));
    const links = page.locator('.card-list h2 a');
    expect(await links.count()).toBeGreaterThan(0);
    for (const link of await links.all()) {
      await link.focus();
      await expect(link.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    }
    expect(await englishOnPage(page, locale)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the English scan can fail on the assessment page', () => {
  it('finds the English interface on the English page when read as German', async () => {
    const { page } = await openPage(browser);
    await page.goto(siteUrl('/assess/pace/'));
    expect((await englishOnPage(page, 'de')).length).toBeGreaterThan(3);
    await page.context().close();
  });
});
