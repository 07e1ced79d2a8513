// The core check read as a newcomer meets it: offered first, answered by keyboard, a profile
// with a stage and one or two deep dives for the weakest themes, a share link that opens,
// and a team's core-check results in the team view.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssessmentPayload } from '../../src/lib/assess/payload.ts';
import { contentDefinitions } from '../../src/lib/results/fixtures.ts';
import { resultsToJson } from '../../src/lib/results/json.ts';
import { assessmentVersion } from '../../src/lib/results/version.ts';
import type { Answers, Role, SavedResult } from '../../src/lib/schema/saved-result.ts';
import { translatorFor } from '../../src/lib/scoring/test-translators.ts';
import { chooseByKeyboard, pressButton } from './assess-keyboard.ts';
import { axeViolations, launchBrowser, openPage, siteUrl } from './browser.ts';

const core = contentDefinitions['core-check']!;
const items = core.dimensions.flatMap((dimension) => dimension.items.map((item) => ({ id: item.id, dimension: dimension.id })));

/** Option index per theme (0 strongly disagree … 4 strongly agree): listening and journeys weakest, in that order. */
const PLAN: Record<string, number> = { 'purpose-promise': 4, 'listening-insight': 0, 'journeys-processes': 1, 'people-internal-branding': 4, 'leadership-ownership': 3, measurement: 4 };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const payloadOf = (page: Page) => page.locator('script[data-payload]').textContent().then((text) => JSON.parse(text ?? '') as AssessmentPayload);

/** Every theme answered by keyboard as PLAN says, as a front-line respondent, through the review to the result. */
async function answerByKeyboard(page: Page, locale: 'en' | 'de' | 'pl', plan: Record<string, number> = PLAN): Promise<void> {
  const t = translatorFor(locale);
  await page.locator('#step-role').focus();
  await chooseByKeyboard(page, 'role', 2);
  await pressButton(page, t('assess.next'));
  for (const [index, dimension] of core.dimensions.entries()) {
    await page.locator(`#step-${dimension.id}`).waitFor({ state: 'visible' });
    for (const item of dimension.items) await chooseByKeyboard(page, item.id, plan[dimension.id]!);
    await pressButton(page, t(index === core.dimensions.length - 1 ? 'assess.reviewAnswers' : 'assess.next'));
  }
  await pressButton(page, t('assess.seeResult'));
  await page.locator('.assess-result h2').waitFor();
  await page.locator('.result-save-status[data-kept="yes"]').waitFor();
}

/** A saved core-check result answering every statement with `answer` (1–5). */
function coreResult(id: string, role: Role, answer: number, overrides: Answers = {}): SavedResult {
  return {
    format: 1,
    id,
    assessment: 'core-check',
    version: assessmentVersion(core),
    takenAt: `2026-11-0${(id.length % 9) + 1}T10:${String(id.charCodeAt(id.length - 1) % 60).padStart(2, '0')}:00.000Z`,
    role,
    team: 'north',
    answers: { ...Object.fromEntries(items.map((item) => [item.id, answer])), ...overrides },
  };
}

describe('the core check is offered first', () => {
  it('is the home page’s first call to action and the first assessment listed', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(siteUrl('/'));
    const first = page.locator('.hero-actions a').first();
    expect(new URL((await first.getAttribute('href'))!, siteUrl()).pathname).toBe('/assess/core-check/');
    await expect(first.textContent()).resolves.toBe('Start with the Core check (10 min)');
    await page.goto(siteUrl('/assess/'));
    await expect(page.locator('.card-list h2 a').first().getAttribute('href')).resolves.toBe('/assess/core-check/');
    await expect(page.locator('.card-list li').first().textContent()).resolves.toContain('from 5 sources');
    await page.goto(siteUrl('/pl/'));
    await expect(page.locator('.hero-actions a').first().textContent()).resolves.toBe('Zacznij tutaj: Przegląd podstaw CX (10 min)');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('credits each theme’s sources, linked to the sources page', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(siteUrl('/assess/core-check/'));
    const themes = page.locator('.theme-sources > li');
    expect(await themes.count()).toBe(6);
    await expect(themes.first().textContent()).resolves.toBe('Purpose and promise: Smith+Co, Shaun Smith, Deb Lavoy');
    await expect(themes.first().locator('a').first().getAttribute('href')).resolves.toBe('/playbook/start/sources/#source-smith-milligan');
    await page.goto(siteUrl('/playbook/start/sources/#source-smith-milligan'));
    expect(await page.locator('#source-smith-milligan').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the core check answered by keyboard', () => {
  it('in English: a profile with its table, a stage, and deep dives for the two weakest themes that open', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(siteUrl('/assess/core-check/'));
    await answerByKeyboard(page, 'en');
    const result = page.locator('.assess-result');
    // Theme scores 100, 0, 25, 100, 75, 100: overall 400 / 6 = 66.7, "Joined up".
    await expect(result.locator('.result-score').textContent()).resolves.toBe('67 out of 100 · Joined up');
    await expect(result.locator('.result-table tbody th').allTextContents()).resolves.toEqual(core.dimensions.map((dimension) => dimension.title));
    await expect(result.locator('.result-table tbody td:first-of-type').allTextContents()).resolves.toEqual(['100', '0', '25', '100', '75', '100']);
    await result.locator('.result-chart canvas').waitFor();

    const dives = result.locator('.result-deep-dive-list > li');
    await result.locator('.result-deep-dive').waitFor();
    await expect(result.locator('#result-deep-dive').textContent()).resolves.toBe('Take a deep dive next');
    await expect(dives.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).resolves.toEqual(['/assess/building-blocks/', '/assess/pace/']);
    await expect(dives.nth(0).textContent()).resolves.toBe('Building blocksSuggested because Listening to customers and insight is among your weakest themes (0/100).');
    await expect(dives.nth(1).locator('p').textContent()).resolves.toBe('Suggested because Journeys and processes is among your weakest themes (25/100).');
    // The credit names each theme's sources rather than one article.
    await expect(result.locator('.result-credit li').count()).resolves.toBe(6);

    await dives.nth(0).locator('a').press('Enter');
    await page.waitForURL(/\/assess\/building-blocks\/$/);
    await expect(page.locator('main h1').textContent()).resolves.toBe('Building blocks');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('in Polish: the profile, stage and deep dives in Polish, linked within /pl/', async () => {
    const { page, errors } = await openPage(browser);
    const t = translatorFor('pl');
    await page.goto(siteUrl('/pl/assess/core-check/'));
    const payload = await payloadOf(page);
    await answerByKeyboard(page, 'pl');
    const result = page.locator('.assess-result');
    await expect(result.locator('.result-score').textContent()).resolves.toBe(`67 na 100 · ${payload.definition.bands[2]!.label}`);
    await expect(result.locator('.result-table tbody th').allTextContents()).resolves.toEqual(payload.definition.dimensions.map((dimension) => dimension.title));
    const dives = result.locator('.result-deep-dive-list > li');
    await result.locator('.result-deep-dive').waitFor();
    await expect(dives.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).resolves.toEqual(['/pl/assess/building-blocks/', '/pl/assess/pace/']);
    await expect(dives.nth(0).locator('a').textContent()).resolves.toBe(payload.deepDives!['building-blocks']!.title);
    const listening = payload.definition.dimensions.find((dimension) => dimension.id === 'listening-insight')!.title;
    await expect(dives.nth(0).locator('p').textContent()).resolves.toBe(t('result.deepDive.because', { theme: listening, score: 0 }));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says every theme is strong rather than recommending nothing silently', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(siteUrl('/assess/core-check/'));
    await answerByKeyboard(page, 'en', Object.fromEntries(core.dimensions.map((dimension) => [dimension.id, 4])));
    const section = page.locator('.result-deep-dive');
    await expect(section.locator('p').first().textContent()).resolves.toBe(translatorFor('en')('result.deepDive.allStrong'));
    expect(await section.locator('a').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('core-check results in My results', () => {
  it('lists them with their stage, compares two per theme, and exports them as JSON and CSV', async () => {
    const { page, errors } = await openPage(browser);
    const listening = Object.fromEntries(items.filter((item) => item.dimension === 'listening-insight').map((item) => [item.id, 1]));
    const results = [coreResult('core-result-a', 'leader', 3, listening), coreResult('core-result-b', 'leader', 4)];
    await page.goto(siteUrl('/privacy/'));
    await page.evaluate((text) => localStorage.setItem('tl-results', text), JSON.stringify({ store: 1, results }));
    await page.goto(siteUrl('/results/'));
    await expect(page.locator('.results-group h2').first().textContent()).resolves.toContain('Core check');
    await expect(page.locator('.results-item').count()).resolves.toBe(2);
    // Every theme at 75: the overall is 75, "Joined up".
    await expect(page.locator('.results-item-score').allTextContents()).resolves.toContain('75 out of 100 · Joined up');
    // The newest against the one before, theme by theme: listening rises from 0 to 75.
    const rows = page.locator('.compare-output table').first().locator('tbody tr');
    const change = (title: string) => rows.filter({ has: page.locator('th', { hasText: title }) }).locator('td').last().textContent();
    await expect(change('Listening to customers and insight')).resolves.toBe('+75');
    await expect(change('Purpose and promise')).resolves.toBe('+25');
    await expect(change('Measurement')).resolves.toBe('+25');

    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export all as JSON' }).click()]);
    expect(JSON.parse(readFileSync((await json.path())!, 'utf8'))).toMatchObject({ touchline: 'results', results: [{ assessment: 'core-check' }, { assessment: 'core-check' }] });
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV: Core check (2)' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/^touchline-core-check-\d{4}-\d\d-\d\d\.csv$/);
    const [header] = readFileSync((await csv.path())!, 'utf8').replace(/^\uFEFF/, '').split('\r\n');
    for (const column of ['score:overall', 'score:listening-insight', 'pp1', 'me3']) expect(header).toContain(column);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('a core-check result shared and gathered', () => {
  it('opens from its share link with the same profile and deep dives', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(siteUrl('/assess/core-check/'));
    await answerByKeyboard(page, 'en');
    await page.locator('.result-tools').waitFor();
    const link = await page.locator('.result-tools .share-link-field').inputValue();
    expect(link).toContain('/r/#');
    const other = await openPage(browser);
    await other.page.goto(link);
    const shared = other.page.locator('.shared-result');
    await expect(shared.locator('h2').first().textContent()).resolves.toBe('Shared result: Core check');
    await expect(shared.locator('.result-score').textContent()).resolves.toBe('67 out of 100 · Joined up');
    // The deep dives come with a module loaded once the result shows.
    await shared.locator('.result-deep-dive').waitFor();
    await expect(shared.locator('.result-deep-dive-list a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).resolves.toEqual(['/assess/building-blocks/', '/assess/pace/']);
    expect(await axeViolations(other.page)).toEqual([]);
    expect(other.errors).toEqual([]);
    expect(errors).toEqual([]);
    await other.page.context().close();
    await page.context().close();
  });

  it('a few core-check results in the team view: every theme, and the leader–front-line gap', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(siteUrl('/team/'));
    await page.locator('tl-team-view[data-results]').waitFor({ state: 'attached' });
    // Leaders agree strongly (100) with everything; the front line disagrees (25), except on measurement (75).
    const measurement = Object.fromEntries(items.filter((item) => item.dimension === 'measurement').map((item) => [item.id, 4]));
    const team = [...[0, 1, 2].map((i) => coreResult(`core-leader-${i}`, 'leader', 5)), ...[0, 1, 2].map((i) => coreResult(`core-front-${i}`, 'front-line', 2, measurement))];
    await page.locator('#team-files').setInputFiles([{ name: 'core.json', mimeType: 'application/json', buffer: Buffer.from(resultsToJson(team)) }]);
    await page.waitForFunction(() => document.querySelector('.result-drop-summary')?.textContent?.startsWith('Added'));
    await page.locator('.team-dimension-gaps').waitFor();
    const rows = await page.locator('.team-dimension-gaps').evaluate((table) => [...table.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? '')));
    expect(rows.map((row) => row[0]).sort()).toEqual(core.dimensions.map((dimension) => dimension.title).sort());
    const byTitle = new Map(rows.map((row) => [row[0], row]));
    expect(byTitle.get('Purpose and promise')!.slice(1, 4)).toEqual(['100', '25', '+75']);
    expect(byTitle.get('Measurement')!.slice(1, 4)).toEqual(['100', '75', '+25']);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
