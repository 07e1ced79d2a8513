// My results, comparing, a shared result and an import report in German and Polish: used by
// keyboard, read in the page's language (dates through Intl), no English interface word, axe-clean.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { summariseIntake } from '../../src/lib/intake/report.ts';
import { encodeShareCode } from '../../src/lib/results/share-code.ts';
import { assessmentVersion } from '../../src/lib/results/version.ts';
import { assessmentSchema } from '../../src/lib/schema/assessment.ts';
import type { SavedResult } from '../../src/lib/schema/saved-result.ts';
import { translatorFor } from '../../src/lib/scoring/test-translators.ts';
import { axeViolations, launchBrowser, openPage, siteUrl } from './browser.ts';
import { englishOnPage } from './english-scan.ts';

const pace = assessmentSchema.parse(parse(readFileSync(join(import.meta.dirname, '../../src/content/assessments/pace.yaml'), 'utf8')));
const paceItems = pace.dimensions.flatMap((dimension) => dimension.items.map((item) => item.id));

function paceResult(seed: number): SavedResult {
  return {
    format: 1,
    id: `language-result-${seed}`,
    assessment: 'pace',
    version: assessmentVersion(pace),
    takenAt: new Date(Date.UTC(2026, 0, 1 + seed * 40, 9)).toISOString(),
    role: 'manager',
    answers: Object.fromEntries(paceItems.map((id, i) => [id, 1 + ((i + seed * 3) % 5)])),
  };
}

const scratch = mkdtempSync(join(tmpdir(), 'tl-results-languages-'));

async function seed(page: Page, results: SavedResult[]): Promise<void> {
  await page.goto(siteUrl('/privacy/'));
  await page.evaluate((text) => localStorage.setItem('tl-results', text), JSON.stringify({ store: 1, results }));
}

/** Imports a JSON file with one result and one line that is not a result; gives the report's summary. */
async function importWithOneBadLine(page: Page): Promise<string> {
  const path = join(scratch, 'one-bad-line.json');
  writeFileSync(path, JSON.stringify([paceResult(2), { nonsense: true }]));
  await page.locator('#results-file').setInputFiles(path);
  await page.locator('tl-result-drop[data-reports="1"]').waitFor({ state: 'attached' });
  return (await page.locator('.result-drop-summary').textContent()) ?? '';
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe.each(['de', 'pl'] as const)('My results and a shared result in %s', (locale) => {
  const t = translatorFor(locale);
  const day = (result: SavedResult) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(result.takenAt));

  it('keeps a shared result, lists it with a date in the language, compares two and imports a file with a bad line', async () => {
    const { page, errors } = await openPage(browser, { width: 375 });
    await seed(page, [paceResult(0)]);

    await page.goto(siteUrl(`/${locale}/r/#${encodeShareCode(paceResult(1), pace)}`));
    await expect(page.locator('h1').textContent()).resolves.toBe(t('share.title'));
    const save = page.getByRole('button', { name: t('share.save') });
    await save.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.shared-save-status').textContent()).resolves.toBe(t('share.saved', { link: t('share.myResults') }));
    expect(await englishOnPage(page, locale)).toEqual([]);
    await page.locator('.shared-save-status a').focus();
    await page.keyboard.press('Enter');

    await page.waitForURL(`**/${locale}/results/`);
    await expect(page.locator('h1').textContent()).resolves.toBe(t('results.title'));
    // Newest first, each named by its date in the page's language.
    await expect(page.locator('.results-item h3').allTextContents()).resolves.toEqual([day(paceResult(1)), day(paceResult(0))]);
    expect(day(paceResult(1))).not.toBe(new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(new Date(paceResult(1).takenAt)));

    // Compare two: the later against the earlier, then the same one twice.
    await expect(page.getByRole('heading', { name: t('results.compare.two') }).isVisible()).resolves.toBe(true);
    const earlier = page.getByLabel(t('results.compare.earlier'));
    await earlier.focus();
    // The kept shared result has an id of its own: options are picked by place, newest first.
    await earlier.selectOption({ index: 0 });
    await expect(page.locator('.compare-output').textContent()).resolves.toContain(t('results.compare.same'));
    await earlier.selectOption({ index: 1 });
    await expect(page.locator('.compare-output table caption').first().textContent()).resolves.toBe(t('results.compare.areaCaption'));

    await expect(importWithOneBadLine(page)).resolves.toBe(summariseIntake({ added: 1, corrected: 0, skipped: 0, rejected: 1 }, 'saved', t));
    const details = page.locator('.result-drop-report details summary').first();
    await details.focus();
    await page.keyboard.press('Enter');
    const rejected = page.locator('.result-drop-report .intake-lines tr.intake-rejected');
    await expect(rejected.locator('td').last().textContent()).resolves.toMatch(new RegExp(`^${t('intake.status.rejected')}`));
    await expect(page.locator('.results-item').count()).resolves.toBe(3);

    // A damaged share link pasted into the import box: its line says why, in the language.
    const code = encodeShareCode(paceResult(3), pace);
    await page.locator('#results-links').fill(`https://example.org/${locale}/r/#${code.slice(0, 10)}${code[10] === 'a' ? 'b' : 'a'}${code.slice(11)}`);
    await page.locator('[data-action="add-links"]').focus();
    await page.keyboard.press('Enter');
    await page.locator('tl-result-drop[data-reports="2"]').waitFor({ state: 'attached' });
    await expect(page.locator('.result-drop-sources').textContent()).resolves.toContain(t('share.error.checksum'));
    await expect(page.locator('.result-drop-sources').textContent()).resolves.toContain(t('intake.pastedLinks'));
    expect(await englishOnPage(page, locale)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says in the language why a damaged link cannot be opened', async () => {
    const { page, errors } = await openPage(browser);
    const code = encodeShareCode(paceResult(1), pace);
    await page.goto(siteUrl(`/${locale}/r/#${code.slice(0, 10)}${code[10] === 'a' ? 'b' : 'a'}${code.slice(11)}`));
    await expect(page.locator('.shared-message').textContent()).resolves.toContain(t('share.error.checksum'));
    await expect(page.locator('.shared-message').textContent()).resolves.toContain(t('share.failed'));
    expect(await englishOnPage(page, locale)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('words file problems and a refused change in the language, not in the checker’s English', async () => {
    const { page, errors } = await openPage(browser);
    // Taken on the 10th: a date like 01.01. would read "…is 01" to the English scan, which looks for "is 0".
    await seed(page, [paceResult(1)]);
    await page.goto(siteUrl(`/${locale}/results/`));
    const notJson = join(scratch, `not-json-${locale}.json`);
    writeFileSync(notJson, '{ "touchline": results }');
    const badRow = join(scratch, `bad-row-${locale}.csv`);
    writeFileSync(badRow, ['assessment,id,version,takenAt,role', `pace,result-csv-0001,${assessmentVersion(pace)},2026-03-01T10:30:00Z,intern`].join('\n'));
    await page.locator('#results-file').setInputFiles([notJson, badRow]);
    await page.locator('tl-result-drop[data-reports="1"]').waitFor({ state: 'attached' });
    const report = (await page.locator('tl-result-drop').textContent()) ?? '';
    expect(report).toContain(t('intake.json.invalid', { detail: '' }).split('(')[0]!.trim());
    expect(report).toContain(t('intake.csv.badRole', { value: 'intern', roles: 'leader, manager, front-line' }));
    // A label longer than the field allows, sent past the form as a hostile page script could.
    await page.locator('button[data-action="label"]').first().click();
    await page.locator('.results-label-form input').first().evaluate((input: HTMLInputElement) => {
      input.removeAttribute('maxlength');
      input.value = 'x'.repeat(200);
    });
    await page.locator('.results-label-form button[type="submit"]').first().click();
    await expect(page.locator('.results-status').textContent()).resolves.toBe(t('results.invalidChange'));
    expect(await englishOnPage(page, locale)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('has privacy controls in the language', async () => {
    const { page, errors } = await openPage(browser);
    await seed(page, [paceResult(0)]);
    await page.goto(siteUrl(`/${locale}/privacy/`));
    await expect(page.locator('tl-privacy-controls [data-count="results"]').textContent()).resolves.toBe(`(${t('privacy.controls.count.saved', { count: 1 })})`);
    expect(await englishOnPage(page, locale)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  describe.each(['light', 'dark'] as const)('in the %s theme', (theme) => {
    it('My results (list, comparison, import report, an open result) and a shared result have no axe violations', async () => {
      const { page, errors } = await openPage(browser, { theme });
      await seed(page, [paceResult(0), paceResult(1)]);
      await page.goto(siteUrl(`/${locale}/results/`));
      await importWithOneBadLine(page);
      await page.locator('.trend-chart canvas').first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.locator('.results-item').first().getByRole('button', { name: new RegExp(`^${t('results.item.open')}`) }).click();
      await page.locator('.results-open .assess-result').waitFor();
      expect(await englishOnPage(page, locale)).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(siteUrl(`/${locale}/r/#${encodeShareCode(paceResult(1), pace)}`));
      await page.locator('.shared-result:not([hidden])').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  });
});
