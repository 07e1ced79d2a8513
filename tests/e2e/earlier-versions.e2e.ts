/**
 * Results made before the items were split (tests/fixtures/earlier-versions, made by the code
 * on main with the definitions as they were) open in the built site as a person would meet
 * them: a share link and a saved result in My results, each with its note.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SavedResult } from '../../src/lib/schema/saved-result.ts';
import { axeViolations, launchBrowser, openPage, siteUrl } from './browser.ts';

const fixture = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/earlier-versions/pace.json'), 'utf8')) as { savedResult: SavedResult; shareCode: string };
const history = JSON.parse(readFileSync(join(import.meta.dirname, '../../src/lib/results/history/pace.json'), 'utf8')) as { versions: { version: string; definition: { dimensions: { items: { id: string; text: string }[] }[] } }[] };
const oldItems = history.versions.find((entry) => entry.version === fixture.savedResult.version)!.definition.dimensions.flatMap((dimension) => dimension.items);
const NOTE = 'Taken with an earlier version of the questions: Seven statements that each asked two or three things at once were split';
const COMPARED = 'its answers to the 19 questions that did not change carry over, and the 7 questions that changed count as unanswered.';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const savedResults = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('tl-results') ?? 'null') as { store: number; results: SavedResult[] } | null);

describe('a PACE result made before its items were split', () => {
  it('opens from its share link with the questions as they were, scored with them, and a note saying what changed', async () => {
    const { page, errors } = await openPage(browser, { theme: 'dark' });
    await page.goto(siteUrl(`/r/#${fixture.shareCode}`));
    const note = page.locator('.shared-message .results-note');
    await expect(note.textContent()).resolves.toContain(NOTE);
    await expect(note.textContent()).resolves.toContain(COMPARED);
    // Not the warning for a version the site does not know.
    await expect(page.locator('.shared-message').textContent()).resolves.not.toContain('The assessment has changed since this result was taken.');
    // Scored against the 26 questions it was answered on, not today's 33.
    const answered = Object.values(fixture.savedResult.answers).filter((answer) => typeof answer === 'number').length;
    await expect(page.locator('.shared-result .result-coverage').first().textContent()).resolves.toContain(`${answered} of ${oldItems.length} questions answered`);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens from My results read-only with its note, compares with a newer result on the carried-over questions, and stays as it was saved', async () => {
    const { page, errors } = await openPage(browser, { width: 375 });
    const newer: SavedResult = { ...fixture.savedResult, id: 'newer-result-0001', takenAt: '2026-12-08T09:00:00.000Z', label: 'After the split', version: 'current' };
    await page.goto(siteUrl('/privacy/'));
    // The current version, as the built page states it, for the newer result.
    await page.goto(siteUrl('/assess/pace/'));
    const version = await page.evaluate(() => (JSON.parse(document.querySelector('script[data-payload]')!.textContent!) as { version: string }).version);
    newer.version = version;
    newer.answers = { pr1: 4, pr4a: 2, pr4b: 3 };
    const envelope = { store: 1, results: [fixture.savedResult, newer] };
    await page.evaluate((text) => localStorage.setItem('tl-results', text), JSON.stringify(envelope));
    await page.goto(siteUrl('/results/'));
    const item = page.locator(`[data-result-id="${fixture.savedResult.id}"]`);
    await expect(item.textContent()).resolves.toContain('Taken with an earlier version of the questions.');
    await expect(page.locator('.results-compare .results-note').textContent()).resolves.toContain('They are compared on the current questions: answers to questions that did not change carry over, and questions that were split or replaced count as unanswered');
    await item.getByRole('button', { name: /^Open/ }).click();
    const opened = page.locator('.results-open');
    await expect(opened.locator('.results-note').textContent()).resolves.toContain(NOTE);
    await expect(opened.locator('.result-coverage').first().textContent()).resolves.toContain(`of ${oldItems.length} questions answered`);
    expect(await axeViolations(page)).toEqual([]);
    // Opening and comparing changed nothing that was saved.
    expect((await savedResults(page))!.results).toEqual(envelope.results);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
