// Notes beside answers (issue #16): typed by keyboard, kept through a reload, shown on the
// result and in its print, in the JSON export, in a share link only when asked, never in the
// team view; a note is text everywhere, and a link's damaged notes leave its answers readable.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { resultsToJson } from '../../src/lib/results/json.ts';
import { decodeShareCode, encodeShareCode } from '../../src/lib/results/share-code.ts';
import { writeBytes, writeFixed, writeVarint } from '../../src/lib/results/share-code-alphabet.ts';
import { assessmentVersion, fnv1a32 } from '../../src/lib/results/version.ts';
import { assessmentSchema } from '../../src/lib/schema/assessment.ts';
import type { SavedResult } from '../../src/lib/schema/saved-result.ts';
import { chooseByKeyboard } from './assess-keyboard.ts';
import { axeViolations, launchBrowser, openPage, siteUrl } from './browser.ts';

const pace = assessmentSchema.parse(parse(readFileSync(new URL('../../src/content/assessments/pace.yaml', import.meta.url), 'utf8')));
const paceItems = pace.dimensions.flatMap((dimension) => dimension.items.map((item) => item.id));
const firstItem = paceItems[0]!;
// Markup a careless view would run: it must show as these very characters.
const NOTE = 'Only billing sees the handovers <img src=x onerror="document.title=\'pwned\'"> <script>document.title="pwned"</script>';

const codeOf = (link: string) => decodeURIComponent(new URL(link).hash.slice(1));
const decoded = (link: string) => {
  const result = decodeShareCode(codeOf(link), { pace });
  if (!result.ok) throw new Error(`the link does not decode: ${result.error.said.key}`);
  return result;
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** Answers every question still open, step by step, and shows the result. */
async function finishByClicking(page: Page): Promise<void> {
  for (let guard = 0; guard < 30; guard++) {
    const groups = page.locator('.assess-step:not([hidden]) fieldset:not([hidden])');
    for (let i = 0; i < (await groups.count()); i++) await groups.nth(i).locator('input[type="radio"]').nth(i % 4).check();
    const next = page.locator('[data-action="next"]');
    const label = await next.textContent();
    await next.click();
    if (label?.includes('See my result')) break;
  }
  await page.locator('.result-save-status[data-kept="yes"]').waitFor();
}

/** The notes section as text, and whether the markup in a note became elements. */
async function shownNotes(page: Page, scope = '') {
  const notes = page.locator(`${scope} .result-notes`);
  return { text: await notes.innerText(), elements: await notes.locator('img, script').count() };
}

describe('notes beside answers', () => {
  it('keeps a note typed by keyboard through a reload, prints it, exports it, and shares it only when asked', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(siteUrl('/assess/pace/#step-2'));
    await page.locator(`#step-${pace.dimensions[0]!.id}`).waitFor();
    // Keyboard only: answer the first question, Tab to its "Add a note", open it, Tab into the field and type.
    await chooseByKeyboard(page, firstItem, 3);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Add a note');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => (document.activeElement as HTMLElement).dataset.note)).resolves.toBe(firstItem);
    await page.keyboard.type(NOTE);
    await expect(page.getByLabel(/What makes you say this\? \(question 1\)/).inputValue()).resolves.toBe(NOTE);

    // Near the limit the count shows, and at it a message says the rest is not kept.
    const second = page.locator(`#note-${paceItems[1]}`);
    await page.locator(`[data-item="${paceItems[1]}"] summary`).click();
    await second.fill('y'.repeat(1005));
    const count = page.locator(`#note-count-${paceItems[1]}`);
    await expect(count.innerText()).resolves.toContain('1,005 of 1,000 characters');
    await expect(count.locator('[role="status"]').innerText()).resolves.toContain('anything beyond them is not kept');
    await second.fill('');

    await page.reload();
    await expect(page.locator(`#note-${firstItem}`).inputValue()).resolves.toBe(NOTE);
    await expect(page.locator(`[data-item="${firstItem}"] details`).getAttribute('open')).resolves.toBe('');
    const draft = await page.evaluate(() => JSON.parse(localStorage.getItem('tl-draft:pace') ?? 'null'));
    expect(draft.draft.notes).toEqual({ [firstItem]: NOTE });

    await finishByClicking(page);
    const saved = (await page.evaluate(() => JSON.parse(localStorage.getItem('tl-results') ?? 'null'))).results[0] as SavedResult;
    expect(saved.notes).toEqual({ [firstItem]: NOTE });
    const shown = await shownNotes(page);
    expect(shown.text).toContain('Your notes');
    expect(shown.text).toContain(NOTE);
    expect(shown.elements).toBe(0);
    await expect(page.title()).resolves.not.toBe('pwned');

    // The printed result lists it too.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.result-notes').isVisible()).resolves.toBe(true);
    expect(await page.locator('.assess-result').innerText()).toContain(NOTE);
    await page.emulateMedia({ media: 'screen' });

    // The JSON export carries it.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'JSON' }).click()]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { results: SavedResult[] };
    expect(exported.results[0]!.notes).toEqual({ [firstItem]: NOTE });

    // The share link leaves it out: the code decodes to the answers alone, and is the code of the result without notes.
    const field = page.locator('.share-link-field');
    const without = await field.inputValue();
    expect(decoded(without).result.notes).toBeUndefined();
    const { notes: _notes, ...unnoted } = saved;
    expect(codeOf(without)).toBe(encodeShareCode(unnoted, pace));
    const include = page.getByLabel('Include my notes');
    await expect(include.isChecked()).resolves.toBe(false);
    await expect(page.locator('.share-include-notes').innerText()).resolves.toContain('anyone with the link can read them');

    // Ticked, the link, its QR code's caption carry it.
    await include.check();
    const withNotes = await field.inputValue();
    expect(decoded(withNotes).result.notes).toEqual({ [firstItem]: NOTE });
    await page.getByRole('button', { name: 'Show QR code' }).click();
    await page.locator('.share-qr canvas[data-drawn]').waitFor();
    await expect(page.locator('.share-qr-link').textContent()).resolves.toBe(withNotes);
    // Unticked again, back to the link without notes.
    await include.uncheck();
    await expect(field.inputValue()).resolves.toBe(without);

    // The shared page shows the notes only when the code carries them, as text.
    await page.goto(without);
    await page.locator('.shared-result:not([hidden])').waitFor();
    await expect(page.locator('.result-notes').count()).resolves.toBe(0);
    await page.goto(withNotes);
    await page.locator('.shared-result:not([hidden]) .result-notes').waitFor();
    const onShared = await shownNotes(page, '.shared-result');
    expect(onShared.text).toContain(NOTE);
    // The sharer's notes, not the reader's: no "Your notes" there.
    expect(onShared.text).toContain('Notes beside the answers');
    expect(onShared.text).not.toContain('Your notes');
    expect(onShared.elements).toBe(0);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.shared-result').innerText()).toContain(NOTE);
    await page.emulateMedia({ media: 'screen' });

    // My results shows them with the saved result.
    await page.goto(siteUrl('/results/'));
    await page.locator('.results-item').getByRole('button', { name: /^Open/ }).click();
    const inMyResults = await shownNotes(page, '.results-open');
    expect(inMyResults.text).toContain(NOTE);
    expect(inMyResults.elements).toBe(0);
    await expect(page.title()).resolves.not.toBe('pwned');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens a link whose notes are too long or damaged with its answers, and says the notes are left out', async () => {
    const { page, errors } = await openPage(browser);
    const result: SavedResult = { format: 1, id: 'noted', assessment: 'pace', version: assessmentVersion(pace), takenAt: '2026-03-01T10:00:00.000Z', role: 'leader', answers: Object.fromEntries(paceItems.map((id) => [id, 4])) };
    const payload = encodeShareCode(result, pace).slice(0, -5);
    const tooLong = new TextEncoder().encode('z'.repeat(1200));
    const forged = `${payload}n${writeVarint(1)}${writeVarint(0)}${writeVarint(tooLong.length)}${writeBytes(tooLong)}`;
    const code = forged + writeFixed(BigInt(Number.parseInt(fnv1a32(forged), 16) & (2 ** 30 - 1)), 5);
    await page.goto(siteUrl(`/r/#${code}`));
    await page.locator('.shared-result:not([hidden])').waitFor();
    await expect(page.locator('.shared-message').innerText()).resolves.toContain('The notes in this link could not be read');
    await expect(page.locator('.result-notes').count()).resolves.toBe(0);
    await expect(page.locator('.result-table').first().isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps every note out of the team view, its report, CSV and print, and counts the results as usual', async () => {
    const { page, errors } = await openPage(browser);
    const secret = 'TEAM-SECRET-NOTE';
    const answers = (value: number) => Object.fromEntries(paceItems.map((id) => [id, value]));
    const results: SavedResult[] = ['leader', 'front-line', 'manager'].map((role, i) => ({
      format: 1,
      id: `noted-team-${i}`,
      assessment: 'pace',
      version: assessmentVersion(pace),
      takenAt: `2026-03-0${i + 1}T10:00:00.000Z`,
      role: role as SavedResult['role'],
      answers: answers(i + 2),
      // Long enough that a link carrying it is longer than any link without notes.
      notes: { [firstItem]: `${secret} ${i} ${'€'.repeat(900)}` },
    }));
    await page.goto(siteUrl('/team/'));
    await page.locator('tl-team-view[data-results]').waitFor({ state: 'attached' });
    await page.locator('#team-files').setInputFiles([{ name: 'noted.json', mimeType: 'application/json', buffer: Buffer.from(resultsToJson(results.slice(0, 2))) }]);
    await page.waitForFunction(() => document.querySelector('.result-drop-summary')?.textContent?.startsWith('Added'));
    await page.getByLabel('Share links, one per line').fill(`${siteUrl('/r/')}#${encodeShareCode(results[2]!, pace, { includeNotes: true })}`);
    await page.getByRole('button', { name: 'Add links' }).click();
    await page.waitForFunction(() => document.querySelector('.team-collection')?.textContent?.includes('3'));
    await expect(page.locator('.team-collection').innerText()).resolves.toMatch(/\b3\b/);
    await expect(page.locator('tl-result-drop').innerText()).resolves.toContain('Notes beside answers are not used in the team view');
    expect(await page.locator('body').innerText()).not.toContain(secret);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export figures as CSV' }).click()]);
    expect(readFileSync((await download.path())!, 'utf8')).not.toContain(secret);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('body').innerText()).not.toContain(secret);
    // Nor is any kept: the collection in the browser holds the results without their notes.
    await page.reload();
    await page.locator('tl-team-view[data-results]').waitFor({ state: 'attached' });
    const kept = await page.evaluate(async () => {
      const names = (await indexedDB.databases()).map((database) => database.name!).filter(Boolean);
      const texts: string[] = [];
      for (const name of names) {
        const db = await new Promise<IDBDatabase>((resolve, reject) => Object.assign(indexedDB.open(name), { onsuccess(this: IDBRequest<IDBDatabase>) { resolve(this.result); }, onerror: reject }));
        for (const store of db.objectStoreNames) {
          const all = await new Promise<unknown[]>((resolve, reject) => Object.assign(db.transaction(store).objectStore(store).getAll(), { onsuccess(this: IDBRequest<unknown[]>) { resolve(this.result); }, onerror: reject }));
          texts.push(JSON.stringify(all));
        }
        db.close();
      }
      return texts.join('\n');
    });
    expect(kept).toContain('noted-team-0');
    expect(kept).not.toContain(secret);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('notes beside answers: accessibility', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`is axe-clean with a note open on the form and on the result with notes (${theme}, 375 px)`, async () => {
      const { page } = await openPage(browser, { theme, width: 375 });
      await page.goto(siteUrl('/assess/pace/#step-2'));
      await page.locator(`[data-item="${firstItem}"] summary`).click();
      await page.locator(`#note-${firstItem}`).fill('y'.repeat(995));
      expect(await axeViolations(page)).toEqual([]);
      await finishByClicking(page);
      await page.locator('.result-notes').waitFor();
      await page.getByLabel('Include my notes').check();
      expect(await axeViolations(page)).toEqual([]);
      // Nothing wider than the phone's screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await page.context().close();
    });
  }
});
