import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { encodeShareCode } from '../../src/lib/results/share-code.ts';
import { scoreLine } from '../../src/lib/results/score-text.ts';
import { translatorFor } from '../../src/lib/scoring/test-translators.ts';
import { compareResults } from '../../src/lib/results/trend.ts';
import { assessmentVersion } from '../../src/lib/results/version.ts';
import { assessmentSchema, type Assessment } from '../../src/lib/schema/assessment.ts';
import type { SavedResult } from '../../src/lib/schema/saved-result.ts';
import { scoreAssessment } from '../../src/lib/scoring/index.ts';
import { axeViolations, launchBrowser, openPage, siteUrl } from './browser.ts';

const en = translatorFor('en');

const dir = join(import.meta.dirname, '../../src/content/assessments');
const definitions: Record<string, Assessment> = Object.fromEntries(
  readdirSync(dir)
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => [file.replace(/\.yaml$/, ''), assessmentSchema.parse(parse(readFileSync(join(dir, file), 'utf8')))]),
);
const pace = definitions.pace!;
const paceItems = pace.dimensions.flatMap((dimension) => dimension.items.map((item) => item.id));

/** A PACE result whose answers step through the scale, different for each `seed`. */
function paceResult(seed: number, overrides: Partial<SavedResult> = {}): SavedResult {
  return {
    format: 1,
    id: `seeded-result-${seed}`,
    assessment: 'pace',
    version: assessmentVersion(pace),
    takenAt: new Date(Date.UTC(2026, 0, 1 + seed * 30, 9)).toISOString(),
    role: 'manager',
    answers: Object.fromEntries(paceItems.map((id, i) => [id, 1 + ((i + seed * 2) % 5)])),
    ...overrides,
  };
}

const scratch = mkdtempSync(join(tmpdir(), 'tl-results-e2e-'));

/** A file to import, written to a scratch folder. */
function fileToImport(name: string, content: unknown): string {
  const path = join(scratch, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const savedResults = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('tl-results') ?? 'null') as { store: number; results: unknown[] } | null);

async function seed(page: Page, envelope: unknown): Promise<void> {
  await page.goto(siteUrl('/privacy/'));
  await page.evaluate((text) => localStorage.setItem('tl-results', text), typeof envelope === 'string' ? envelope : JSON.stringify(envelope));
}

/** Answers every visible question of each step (option `pick(n)` of the n-th group) and shows the result. */
async function finish(page: Page, id: string, query = '', pick = (n: number) => n): Promise<void> {
  await page.goto(siteUrl(`/assess/${id}/${query}`));
  for (let guard = 0; guard < 30; guard++) {
    const groups = page.locator('.assess-step:not([hidden]) fieldset:not([hidden])');
    for (let i = 0; i < (await groups.count()); i++) {
      const options = groups.nth(i).locator('input[type="radio"]');
      await options.nth(pick(i) % ((await options.count()) - 1)).check();
    }
    const next = page.locator('[data-action="next"]');
    const label = await next.textContent();
    await next.click();
    if (label?.includes('See my result')) break;
  }
  // Saving happens once the module that keeps results has loaded.
  await page.waitForFunction(() => /^(?!Saving)./.test(document.querySelector('.result-save-status')?.textContent ?? ''));
}

/** The file a click downloads, as text. */
async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string; path: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = (await file.path())!;
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8'), path };
}

async function importFile(page: Page, path: string): Promise<string> {
  const before = Number((await page.locator('tl-result-drop').getAttribute('data-reports')) ?? 0);
  await page.locator('#results-file').setInputFiles(path);
  await page.locator(`tl-result-drop[data-reports="${before + 1}"]`).waitFor({ state: 'attached' });
  return (await page.locator('.result-drop-summary').textContent()) ?? '';
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('keeping a result', () => {
  it('saves it once, lists it, labels it, shares it, exports it, imports it back and deletes it', async () => {
    const { page, errors } = await openPage(browser);
    await finish(page, 'pace');
    await expect(page.locator('.result-save-status').textContent()).resolves.toContain('Saved on this device');
    const [saved] = (await savedResults(page))!.results as SavedResult[];
    expect(saved).toMatchObject({ format: 1, assessment: 'pace', version: assessmentVersion(pace), role: 'leader' });
    expect(saved!.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(Object.keys(saved!.answers)).toHaveLength(paceItems.length);

    // Shown again after a reload, it is the same result and is not saved twice.
    await page.reload();
    await page.locator('.result-save-status[data-kept="yes"]').waitFor();
    expect((await savedResults(page))!.results).toEqual([saved]);

    // My results lists it with its score, recomputed.
    await page.getByRole('link', { name: 'My results' }).first().click();
    await page.waitForURL(/\/results\/$/);
    const item = page.locator('.results-item');
    await expect(item.count()).resolves.toBe(1);
    await expect(page.locator('.results-group h2').textContent()).resolves.toContain('PACE check');
    await expect(item.locator('.results-item-score').textContent()).resolves.toBe(scoreLine(pace, scoreAssessment(pace, saved!.answers, saved!.role), en));

    // Label it.
    await item.getByRole('button', { name: /^Label/ }).click();
    await page.getByLabel('Label for this result').fill('Q1 workshop');
    await page.getByRole('button', { name: 'Save label' }).click();
    await expect(page.locator('.results-item h3').textContent()).resolves.toBe('Q1 workshop');
    expect(((await savedResults(page))!.results[0] as SavedResult).label).toBe('Q1 workshop');

    // Open it: the full result, read-only, with its share link.
    await page.locator('.results-item').getByRole('button', { name: /^Open/ }).click();
    await expect(page.locator('.results-open h2').first().textContent()).resolves.toBe('PACE check: Q1 workshop');
    const link = await page.locator('.results-open .share-link-field').inputValue();
    expect(link).toBe(siteUrl(`/r/#${encodeShareCode({ ...saved!, label: 'Q1 workshop' }, pace)}`));
    // Without notes, a PACE result's code is at most 48 characters.
    expect(encodeShareCode(saved!, pace).length).toBeLessThanOrEqual(48);
    await page.getByRole('button', { name: 'Show QR code' }).click();
    await page.locator('.share-qr canvas[data-drawn]').waitFor();
    await expect(page.locator('.share-qr-link').textContent()).resolves.toBe(link);
    // The opened result has its own address: the browser's Back returns to the list, Forward
    // and a reload open the result again, and the page's own Back goes back the same way.
    expect(new URL(page.url()).hash).toBe(`#result-${saved!.id}`);
    await page.goBack();
    await page.locator('.results-open').waitFor({ state: 'hidden' });
    expect(await page.locator('.results-overview').isVisible()).toBe(true);
    expect(new URL(page.url()).hash).toBe('');
    await page.goForward();
    await expect(page.locator('.results-open h2').first().textContent()).resolves.toBe('PACE check: Q1 workshop');
    await page.reload();
    await expect(page.locator('.results-open h2').first().textContent()).resolves.toBe('PACE check: Q1 workshop');
    await page.getByRole('button', { name: '← Back to all results' }).click();
    await page.locator('.results-open').waitFor({ state: 'hidden' });
    expect(new URL(page.url()).hash).toBe('');

    // The link opens on another device (a fresh browser context) and saves there; twice is still once.
    const other = await openPage(browser);
    await other.page.goto(link);
    await expect(other.page.locator('.shared-result h2').textContent()).resolves.toBe('Shared result: PACE check');
    await expect(other.page.locator('.shared-result .result-label').textContent()).resolves.toBe('Q1 workshop');
    await other.page.getByRole('button', { name: 'Save to my results' }).click();
    await expect(other.page.locator('.shared-save-status').textContent()).resolves.toContain('Saved on this device');
    await other.page.getByRole('button', { name: 'Save to my results' }).click();
    await expect(other.page.locator('.shared-save-status').textContent()).resolves.toContain('You already have this result');
    expect((await savedResults(other.page))!.results).toHaveLength(1);
    expect(other.errors).toEqual([]);
    await other.page.context().close();

    // Opened on the device that made it, it is recognised as the same result.
    await page.goto(link);
    await page.getByRole('button', { name: 'Save to my results' }).click();
    await expect(page.locator('.shared-save-status').textContent()).resolves.toContain('You already have this result');

    // Export all as JSON, and the assessment as CSV.
    await page.goto(siteUrl('/results/'));
    const json = await download(page, () => page.getByRole('button', { name: 'Export all as JSON' }).click());
    expect(json.name).toMatch(/^touchline-results-\d{4}-\d\d-\d\d\.json$/);
    expect(JSON.parse(json.text)).toMatchObject({ touchline: 'results', format: 1, results: [{ ...saved, label: 'Q1 workshop' }] });
    const csv = await download(page, () => page.getByRole('button', { name: 'CSV: PACE check (1)' }).click());
    expect(csv.name).toMatch(/^touchline-pace-\d{4}-\d\d-\d\d\.csv$/);
    const [header, row, extra] = csv.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toContain('score:overall');
    expect(row).toContain('Q1 workshop');
    expect(extra).toBeUndefined();

    // Importing either back adds nothing: the result is already saved.
    await expect(importFile(page, json.path)).resolves.toBe('Added 0 results; skipped 1 already saved or repeated.');
    await expect(importFile(page, csv.path)).resolves.toBe('Added 0 results; skipped 1 already saved or repeated.');
    await expect(page.locator('.result-drop-report .intake-lines').textContent()).resolves.toContain('already saved (same id)');
    expect((await savedResults(page))!.results).toHaveLength(1);

    // Delete it.
    page.once('dialog', (dialog) => void dialog.accept());
    await page.locator('.results-item').getByRole('button', { name: /^Delete/ }).click();
    await page.locator('.results-empty').waitFor();
    expect((await savedResults(page))!.results).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('still shows the result, and says it will not be kept, when storage throws', async () => {
    const { page, errors } = await openPage(browser);
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await finish(page, 'pace');
    await expect(page.locator('.result-score').isVisible()).resolves.toBe(true);
    await expect(page.locator('.result-save-status').textContent()).resolves.toContain('This result will not be kept on this device.');
    // The tools to keep it some other way are there.
    await expect(page.locator('.result-tools .share-link-field').inputValue()).resolves.toContain('/r/#');

    await page.goto(siteUrl('/results/'));
    await expect(page.locator('.results-notices').textContent()).resolves.toContain('results cannot be kept here');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('still lists what was saved when storage takes no more (a full quota)', async () => {
    const { page, errors } = await openPage(browser);
    await seed(page, { store: 1, results: [paceResult(1)] });
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.goto(siteUrl('/results/'));
    await expect(page.locator('.results-notices').textContent()).resolves.toContain('its storage may be full');
    await expect(page.locator('.results-item').count()).resolves.toBe(1);
    await page.locator('.results-item').getByRole('button', { name: /^Label/ }).click();
    await page.getByLabel('Label for this result').fill('Kept?');
    await page.getByRole('button', { name: 'Save label' }).click();
    await expect(page.locator('.results-status').textContent()).resolves.toContain('storage for the site is full');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('loading only what is used', () => {
  it('loads the store, share and QR code only once a result is shown or a code asked for', async () => {
    const { page, requests, errors } = await openPage(browser);
    await page.goto(siteUrl('/assess/pace/'));
    await page.locator('input[name="role"]').first().check();
    const lazy = /\/(keep-result|store|share-code|result-tools|qr-code|browser)\.[\w-]+\.js$/;
    expect(requests.filter((url) => lazy.test(url))).toEqual([]);
    await finish(page, 'pace');
    expect(requests.some((url) => /\/keep-result\.[\w-]+\.js$/.test(url))).toBe(true);
    expect(requests.some((url) => /\/qr-code\.[\w-]+\.js$/.test(url))).toBe(false);
    await page.getByRole('button', { name: 'Show QR code' }).click();
    await page.locator('.share-qr canvas[data-drawn]').waitFor();
    expect(requests.some((url) => /\/qr-code\.[\w-]+\.js$/.test(url))).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('importing', () => {
  it('takes a dropped file, shows progress on a large one, and reports it row by row', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(siteUrl('/results/'));
    const rows = Array.from({ length: 3000 }, (_, i) => paceResult(i, { id: `dropped-result-${i}`, takenAt: new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString() }));
    const json = readFileSync(fileToImport('big.json', { touchline: 'results', format: 1, exportedAt: new Date().toISOString(), results: rows }), 'utf8');
    // Note every share of the work the progress bar shows while the import runs.
    await page.evaluate(() => {
      const progress = document.querySelector('.result-drop-progress')!;
      (window as unknown as { seen: number[] }).seen = [];
      new MutationObserver(() => {
        const bar = progress.querySelector('progress')!;
        if (!(progress as HTMLElement).hidden) (window as unknown as { seen: number[] }).seen.push((bar.value / bar.max) * 100);
      }).observe(progress, { attributes: true, subtree: true, childList: true, characterData: true });
    });
    await page.evaluate((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      const zone = document.querySelector('tl-result-drop .result-drop-zone')!;
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, json);
    await page.locator('tl-result-drop[data-reports="1"]').waitFor({ state: 'attached' });
    await expect(page.locator('.result-drop-summary').textContent()).resolves.toBe('Added 3,000 results.');
    const seen = await page.evaluate(() => (window as unknown as { seen: number[] }).seen);
    expect(seen.some((value) => value > 0 && value < 90)).toBe(true);
    await expect(page.locator('.result-drop-progress').isHidden()).resolves.toBe(true);
    await expect(page.locator('.results-group h2').textContent()).resolves.toContain('3,000 results');
    // The row-by-row table of a long report is built when opened (on the toggle event,
    // which fires a task after the click).
    await page.locator('.intake-details summary').click();
    await page.locator('.intake-lines').waitFor();
    await expect(page.locator('.intake-lines tbody tr').count()).resolves.toBe(3000);
    await expect(page.locator('.result-drop-summary[role="status"]').textContent()).resolves.toContain('Added 3,000 results');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('damaged data', () => {
  it('shows a corrupted record and a newer-format record as messages and keeps every other result usable', async () => {
    const { page, errors } = await openPage(browser);
    const good = paceResult(1);
    const garbage = { format: 1, id: 'x', answers: 'lost' };
    const newer = { ...paceResult(2), format: 9 };
    await seed(page, { store: 1, results: [garbage, good, newer] });
    await page.goto(siteUrl('/results/'));
    const notices = page.locator('.results-notices .results-problem');
    await expect(notices.count()).resolves.toBe(2);
    await expect(notices.nth(0).textContent()).resolves.toMatch(/^Saved result 1 cannot be shown: not a valid saved result: .*every other result below works as usual\.$/);
    await expect(notices.nth(1).textContent()).resolves.toContain('saved by a newer version of Touchline');
    await expect(page.locator('.results-item').count()).resolves.toBe(1);

    // The good one still opens and takes a label; the others are left exactly as they were.
    await page.locator('.results-item').getByRole('button', { name: /^Label/ }).click();
    await page.getByLabel('Label for this result').fill('Kept');
    await page.getByRole('button', { name: 'Save label' }).click();
    await expect(page.locator('.results-item h3').textContent()).resolves.toBe('Kept');
    expect((await savedResults(page))!.results).toEqual([garbage, { ...good, label: 'Kept' }, newer]);
    await page.locator('.results-item').getByRole('button', { name: /^Open/ }).click();
    await page.locator('.results-open .result-score').waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says plainly when the saved results cannot be read at all, and an import keeps a copy of them first', async () => {
    const { page, errors } = await openPage(browser);
    await seed(page, '{"store":1,"results":[');
    await page.goto(siteUrl('/results/'));
    await expect(page.locator('.results-notices').textContent()).resolves.toContain('damaged and cannot be read');
    const file = fileToImport('one.json', { touchline: 'results', format: 1, exportedAt: new Date().toISOString(), results: [paceResult(3)] });
    await expect(importFile(page, file)).resolves.toBe('Added 1 result.');
    await expect(page.locator('.results-item').count()).resolves.toBe(1);
    await expect(page.locator('.results-notices').textContent()).resolves.toContain('A copy of earlier saved data that could not be read is kept');
    const backups = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('tl-results-backup-')).map((key) => localStorage.getItem(key)));
    expect(backups).toEqual(['{"store":1,"results":[']);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  const code = encodeShareCode(paceResult(1), pace);
  it.each([
    ['tampered', `${code.slice(0, 20)}${code[20] === 'A' ? 'B' : 'A'}${code.slice(21)}`, 'its check characters do not match'],
    ['truncated', code.slice(0, -9), 'incomplete'],
    ['empty', '', 'the part after "#" is empty'],
    ['not a code', 'hello%20world', 'not a Touchline share code'],
    ['for an assessment this site lacks', encodeShareCode({ ...paceResult(1), assessment: 'no-such-assessment' }, pace), 'an assessment this site does not have ("no-such-assessment")'],
  ])('a %s share link shows what was wrong and leaves saved results alone', async (_, hash, message) => {
    const { page, errors } = await openPage(browser);
    await seed(page, { store: 1, results: [paceResult(5)] });
    await page.goto(siteUrl(`/r/#${hash}`));
    const alert = page.locator('.shared-message');
    await expect(alert.textContent()).resolves.toContain(message);
    await expect(alert.textContent()).resolves.toContain('Nothing else is affected');
    await expect(page.locator('.shared-result').isHidden()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Save to my results' }).isHidden()).resolves.toBe(true);
    expect((await savedResults(page))!.results).toEqual([paceResult(5)]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens a link made against an older version of the assessment, with a note', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(siteUrl(`/r/#${encodeShareCode(paceResult(1, { version: '0badc0de' }), pace)}`));
    await expect(page.locator('.shared-message').textContent()).resolves.toContain('The assessment has changed since this result was taken.');
    await expect(page.locator('.shared-result .result-score').textContent()).resolves.toContain(scoreLine(pace, scoreAssessment(pace, paceResult(1).answers, 'manager'), en).split(' · ')[0]!);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('comparing over time', () => {
  it('draws a trend per dimension with its table, and compares any two results per dimension and per item', async () => {
    const { page, errors } = await openPage(browser);
    const results = [paceResult(0), paceResult(1), paceResult(2, { label: 'After the workshop' })];
    await seed(page, { store: 1, results });
    await page.goto(siteUrl('/results/'));
    await expect(page.locator('.results-item h3').first().textContent()).resolves.toBe('After the workshop');
    await expect(page.locator('.trend-chart canvas').count()).resolves.toBe(1 + pace.dimensions.length);
    await expect(page.locator('.results-trend tbody tr').count()).resolves.toBe(3);

    // By default the two newest; then the oldest against the newest.
    const check = async (a: SavedResult, b: SavedResult) => {
      const expected = compareResults(a, b, pace);
      const rows = page.locator('.compare-output table').first().locator('tbody tr');
      for (const [i, dimension] of expected.dimensions.entries()) {
        await expect(rows.nth(i).locator('td').last().textContent()).resolves.toBe(formatted(dimension.change));
      }
      const items = page.locator('.compare-items tbody tr');
      await expect(items.count()).resolves.toBe(paceItems.length);
      await expect(items.first().locator('td').last().textContent()).resolves.toBe(formatted(expected.items[0]!.change));
    };
    await check(results[1]!, results[2]!);
    await page.getByLabel('Earlier result').selectOption(results[0]!.id);
    await check(results[0]!, results[2]!);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

function formatted(change: number | null): string {
  if (change === null) return '–';
  const rounded = Math.round(change);
  return rounded > 0 ? `+${rounded}` : rounded < 0 ? `−${-rounded}` : '0';
}

describe('team links', () => {
  it('asks the role and segment, tags the result, and offers to send it to the consultant', async () => {
    const { page, errors } = await openPage(browser);
    // A brand sets the consultant's address on the element; the neutral site has none, so the test does.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        const element = document.querySelector('tl-assessment');
        if (!element) return;
        element.setAttribute('data-contact-email', 'advisor@consult.example');
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    const query = '?team=Acme%20Q3&segments=North,South';
    await page.goto(siteUrl(`/assess/pace/${query}`));
    await expect(page.locator('.assess-team-note').textContent()).resolves.toContain('“Acme Q3”');
    await expect(page.getByRole('group', { name: 'Which part of the organisation do you work in?' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('main').textContent()).resolves.not.toMatch(/your name/i);
    await finish(page, 'pace', query, (n) => (n === 1 ? 1 : 0));
    const [saved] = (await savedResults(page))!.results as SavedResult[];
    expect(saved).toMatchObject({ team: 'Acme Q3', segment: 'South', role: 'leader' });
    // A random respondent key, kept in this browser, travels with the result so a correction replaces it in the team view.
    expect(saved!.respondentKey).toMatch(/^[A-Za-z0-9_-]{22}$/);
    await expect(page.locator('.result-meta').textContent()).resolves.toContain('Team: Acme Q3, South');

    const consultant = page.locator('.result-consultant');
    await expect(consultant.getByRole('heading').textContent()).resolves.toBe('Send your result to your consultant');
    const file = await download(page, () => consultant.getByRole('button', { name: 'Download the result file' }).click());
    expect(JSON.parse(file.text).results).toEqual([saved]);
    const href = (await consultant.locator('a[href^="mailto:"]').getAttribute('href'))!;
    const link = await page.locator('.result-tools .share-link-field').inputValue();
    expect(href.startsWith('mailto:advisor@consult.example?')).toBe(true);
    expect(new URL(href).searchParams.get('body')).toContain(link);
    expect(link).toBe(siteUrl(`/r/#${encodeShareCode(saved!, pace)}`));

    // Changing an answer corrects the result rather than adding another.
    await page.getByRole('button', { name: 'Change my answers' }).click();
    await page.locator('[data-action="next"]').click();
    await page.locator(`input[name="${paceItems[0]}"]`).nth(4).check();
    for (let i = 0; i < pace.dimensions.length; i++) await page.locator('[data-action="next"]').click();
    await page.getByRole('button', { name: 'See my result' }).click();
    await page.locator('.result-save-status[data-kept="yes"]').waitFor();
    const after = (await savedResults(page))!.results as SavedResult[];
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ id: saved!.id, respondentKey: saved!.respondentKey, answers: { ...saved!.answers, [paceItems[0]!]: 5 } });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('has no email option when the site has no consultant address', async () => {
    const { page, errors } = await openPage(browser);
    await finish(page, 'pace', '?team=Acme');
    await expect(page.locator('.result-consultant').isVisible()).resolves.toBe(true);
    await expect(page.locator('.result-consultant a').count()).resolves.toBe(0);
    await expect(page.getByRole('group', { name: 'Which part of the organisation do you work in?' }).count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('printing', () => {
  it.each(Object.keys(definitions))('prints a %s result as one or two pages without the page chrome or the buttons', async (id) => {
    const { page } = await openPage(browser);
    await finish(page, id);
    if (definitions[id]!.model !== 'spectrum') await page.locator('.result-chart canvas').waitFor();
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() =>
      ['.site-header nav', '.header-tools', '.site-footer', '.breadcrumbs', '.assess-facts', '.result-actions', '.result-tools', '.result-save-status'].filter((selector) => {
        const element = document.querySelector(selector);
        return element && getComputedStyle(element).display !== 'none';
      }),
    );
    expect(shown).toEqual([]);
    const missing = await page.evaluate(() => ['#result-title', '.result-meta', '.result-score', '.result-next', '.result-credit'].filter((selector) => !document.querySelector(selector)?.getClientRects().length));
    expect(missing).toEqual([]);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    await page.context().close();
  });
});

describe('privacy', () => {
  it('clears drafts and results from its buttons', async () => {
    const { page, errors } = await openPage(browser);
    await seed(page, { store: 1, results: [paceResult(1)] });
    await page.goto(siteUrl('/assess/pace/'));
    await page.locator('input[name="role"]').first().check();
    await page.goto(siteUrl('/privacy/'));
    await expect(page.locator('[data-count="results"]').textContent()).resolves.toBe('(1 saved)');
    await expect(page.locator('[data-count="drafts"]').textContent()).resolves.toBe('(1 unfinished assessment)');
    page.on('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Delete unfinished answers' }).click();
    await expect(page.locator('[data-count="drafts"]').textContent()).resolves.toBe('(0 unfinished assessments)');
    await page.getByRole('button', { name: 'Delete all saved results' }).click();
    await expect(page.locator('[data-count="results"]').textContent()).resolves.toBe('(0 saved)');
    expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('tl-')))).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('nothing leaves the device', () => {
  it('requests nothing from another origin and sends no answer while taking, saving, sharing, exporting and importing', async () => {
    const { page, errors } = await openPage(browser);
    const requests: { url: string; method: string; body: string | null }[] = [];
    page.on('request', (request) => requests.push({ url: request.url(), method: request.method(), body: request.postData() }));
    await finish(page, 'pace');
    const saved = ((await savedResults(page))!.results as SavedResult[])[0]!;
    const link = await page.locator('.result-tools .share-link-field').inputValue();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByRole('button', { name: 'Show QR code' }).click();
    await page.locator('.share-qr canvas[data-drawn]').waitFor();
    const single = await download(page, () => page.getByRole('button', { name: 'Download as JSON' }).click());
    await download(page, () => page.getByRole('button', { name: 'Download as CSV' }).click());
    await page.goto(link);
    await page.getByRole('button', { name: 'Save to my results' }).click();
    await page.goto(siteUrl('/results/'));
    await download(page, () => page.getByRole('button', { name: 'Export all as JSON' }).click());
    await importFile(page, single.path);

    const origin = new URL(siteUrl()).origin;
    const code = link.split('#')[1]!;
    expect(requests.length).toBeGreaterThan(5);
    expect(requests.filter((request) => new URL(request.url).origin !== origin)).toEqual([]);
    expect(requests.filter((request) => request.method !== 'GET' || request.body !== null)).toEqual([]);
    const leaks = requests.filter(({ url }) => url.includes(code) || url.includes(saved.id) || paceItems.some((item) => new RegExp(`[?&#]${item}=|"${item}"`).test(decodeURIComponent(url))) || /[?#].*answers/.test(url));
    expect(leaks).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe.each(['light', 'dark'] as const)('accessibility in the %s theme', (theme) => {
  it('My results (a list, a comparison, an import report and an open result) has no axe violations', async () => {
    const { page, errors } = await openPage(browser, { theme });
    await seed(page, { store: 1, results: [paceResult(0), paceResult(1, { label: 'Q1 workshop', team: 'Acme' }), { format: 1, id: 'broken' }] });
    await page.goto(siteUrl('/results/'));
    await page.locator('.compare-items summary').click();
    const file = fileToImport('mixed.json', [paceResult(0), { nonsense: true }]);
    await importFile(page, file);
    await page.locator('.trend-chart canvas').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('.results-item').first().getByRole('button', { name: /^Open/ }).click();
    await page.getByRole('button', { name: 'Show QR code' }).click();
    await page.locator('.share-qr canvas[data-drawn]').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('My results when empty, the privacy page, and a shared result (valid and broken) have no axe violations', async () => {
    const { page, errors } = await openPage(browser, { theme });
    for (const path of ['/results/', '/privacy/', `/r/#${encodeShareCode(paceResult(1, { team: 'Acme', segment: 'North' }), pace)}`, '/r/#1broken']) {
      await page.goto(siteUrl(path));
      await page.waitForFunction(() => document.querySelector('tl-my-results, tl-shared-result, tl-privacy-controls')?.matches(':defined'));
      expect(await axeViolations(page)).toEqual([]);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the assessment result in team mode, with its share tools open, has no axe violations', async () => {
    const { page, errors } = await openPage(browser, { theme });
    await page.goto(siteUrl('/assess/pace/?team=Acme&segments=North,South'));
    expect(await axeViolations(page)).toEqual([]);
    await finish(page, 'pace', '?team=Acme&segments=North,South');
    await page.getByRole('button', { name: 'Show QR code' }).click();
    await page.locator('.share-qr canvas[data-drawn]').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('focus after deleting', () => {
  it('moves to the result that takes the deleted one’s place, and to the empty state once none is left', async () => {
    const { page, errors } = await openPage(browser);
    await seed(page, { store: 1, results: [paceResult(1), paceResult(2)] });
    await page.goto(siteUrl('/results/'));
    page.on('dialog', (dialog) => void dialog.accept());
    const focusedResult = () => page.evaluate(() => document.activeElement?.closest<HTMLElement>('[data-result-id]')?.dataset.resultId ?? document.activeElement?.tagName);

    // The newest is listed first; deleting it leaves focus on the other result's first button.
    await page.locator('[data-result-id="seeded-result-2"]').getByRole('button', { name: /^Delete/ }).click();
    expect(await focusedResult()).toBe('seeded-result-1');
    await page.locator('[data-result-id="seeded-result-1"]').getByRole('button', { name: /^Delete/ }).click();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('No saved results yet');

    await seed(page, { store: 1, results: [paceResult(1)] });
    await page.goto(siteUrl('/results/'));
    await page.getByRole('button', { name: 'Delete all my results' }).click();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('No saved results yet');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
