import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, siteUrl } from './browser.ts';

// A reader's key term and the page it must bring up among the first results.
const KEY_TERMS: [string, string][] = [
  ['start here reading path', 'playbook/start/start-here/'],
  ['glossary', 'playbook/start/glossary/'],
  ['define right to left', 'playbook/framework/overview/'],
  ['delivering happiness', 'playbook/framework/purpose/'],
  ['drop-ship', 'playbook/framework/strategy/'],
  ['hire for DNA', 'playbook/framework/people/'],
  ['Convergys Millennials', 'playbook/framework/process-technology/'],
  ['Chief Experience Officer governance', 'playbook/framework/governance/'],
  ['18 key questions worksheet', 'playbook/framework/key-questions/'],
  ['Triad marketing HR operations', 'playbook/best-practices/cross-functional-ownership/'],
  ['Harrah', 'playbook/best-practices/profitable-customers/'],
  ['Total Rewards Diamond', 'playbook/best-practices/what-customers-value/'],
  ['First Direct Barclays', 'playbook/best-practices/what-you-stand-for/'],
  ['Orange road-shows', 'playbook/best-practices/branded-training/'],
  ['Gartner CRM', 'playbook/best-practices/cem-before-crm/'],
  ['lagging indicators scorecard', 'playbook/best-practices/measuring-experience/'],
  ['Power of One UPT', 'playbook/best-practices/aligning-kpis/'],
  ['Net Promoter Score promoters detractors', 'playbook/best-practices/nps/'],
  ['Polish survey figures', 'playbook/best-practices/survey-2008/'],
  ['debates readers', 'playbook/best-practices/debates/'],
  ['leapfrogging', 'playbook/building-blocks/overview/'],
  ['rocket propellant parachute', 'playbook/building-blocks/rocket-model/'],
  ['internal branding', 'playbook/building-blocks/internal-branding/'],
  ['experience-based differentiation', 'playbook/introducing-cem/why-cem/'],
  ['engaged or simply served spectrum', 'playbook/introducing-cem/spectrum/'],
  ['Shaw emotion clusters advocacy', 'playbook/introducing-cem/emotion-clusters/'],
  ['Schmitt moments of truth', 'playbook/introducing-cem/defining-cem/'],
  ['tracking survey event-based', 'playbook/introducing-cem/surveys/'],
  ['PACE processes attitudes communication evaluation', 'playbook/pace/overview/'],
  ['meaning value accommodation', 'playbook/meaning-value/model/'],
  ['customer experience map', 'playbook/meaning-value/experience-map/'],
  ['OpenText Aberdeen', 'playbook/meaning-value/team/'],
  ['PACE check', 'assess/pace/'],
  ['building blocks assessment', 'assess/building-blocks/'],
];

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  ({ page } = await openPage(browser));
  await page.goto(siteUrl('/'));
});
afterAll(async () => browser?.close());

// Written as a string so the test runner does not rewrite its import() for Node.
const SEARCH_IN_PAGE = `async ({ term, base }) => {
  const pagefind = await import(base + 'pagefind/pagefind.js');
  await pagefind.init();
  const search = await pagefind.search(term);
  const top = await Promise.all(search.results.slice(0, 5).map((result) => result.data()));
  return top.map((data) => data.url);
}`;

async function topResults(term: string): Promise<string[]> {
  return page.evaluate(`(${SEARCH_IN_PAGE})(${JSON.stringify({ term, base: new URL(siteUrl('/')).pathname })})`);
}

describe('search finds every part of the playbook by its key terms', () => {
  it.each(KEY_TERMS)('"%s" brings up %s', async (term, path) => {
    expect(await topResults(term)).toContain(new URL(siteUrl(path)).pathname);
  });
});

describe('the search dialog', () => {
  let dialogPage: Page;
  beforeAll(async () => {
    ({ page: dialogPage } = await openPage(browser, { width: 375 }));
    await dialogPage.goto(siteUrl('/playbook/'));
  });
  afterAll(async () => dialogPage?.context().close());

  const status = () => dialogPage.locator('.search-status');
  const results = () => dialogPage.locator('.search-results > li');
  const focused = () => dialogPage.evaluate(() => (document.activeElement as HTMLElement).id || document.activeElement!.textContent);

  async function searchFor(term: string): Promise<void> {
    if (!(await dialogPage.locator('dialog.search-dialog').evaluate((d: HTMLDialogElement) => d.open))) await dialogPage.keyboard.press('/');
    await dialogPage.locator('#search-input').fill(term);
    await dialogPage.waitForFunction((t) => document.querySelector('.search-status')!.textContent!.includes(`“${t}”`), term);
  }

  it.each(['asdfgh', 'zzzxq', 'journey asdfgh'])('answers nonsense ("%s") with no results, not pages matched on a prefix', async (term) => {
    await searchFor(term);
    expect(await status().textContent()).toBe(`No pages match “${term}”.`);
    expect(await results().count()).toBe(0);
    expect(await dialogPage.locator('.search-more').isVisible()).toBe(false);
  });

  it.each(['customers journeys', 'installa'])('still finds words by their stem or while still being typed ("%s")', async (term) => {
    await searchFor(term);
    expect(await results().count()).toBeGreaterThan(0);
  });

  it('shows ten results, then ten more on request, with focus on the first new one', async () => {
    await searchFor('customer');
    const total = Number(/^(\d+) pages match/.exec((await status().textContent())!)?.[1]);
    expect(total).toBeGreaterThan(20);
    expect(await results().count()).toBe(10);
    expect(await status().textContent()).toContain('showing 10');
    const eleventh = await dialogPage.getByRole('button', { name: 'Show more results' }).click().then(() => results().nth(10).locator('a'));
    await eleventh.waitFor();
    expect(await results().count()).toBe(20);
    expect(await eleventh.evaluate((a) => a === document.activeElement)).toBe(true);
  });

  it('moves through the results with the arrow keys and back to the search box', async () => {
    await searchFor('customer');
    const titles = await results().locator('a').allTextContents();
    await dialogPage.locator('#search-input').focus();
    await dialogPage.keyboard.press('ArrowDown');
    expect(await focused()).toBe(titles[0]);
    await dialogPage.keyboard.press('ArrowDown');
    expect(await focused()).toBe(titles[1]);
    await dialogPage.keyboard.press('ArrowUp');
    await dialogPage.keyboard.press('ArrowUp');
    expect(await focused()).toBe('search-input');
  });

  it('keeps words from neighbouring cells and definitions apart in the index snippets come from', async () => {
    const text = (await dialogPage.evaluate(
      `(async ({ base }) => {
        const pagefind = await import(base + 'pagefind/pagefind.js');
        await pagefind.init();
        const texts = [];
        for (const term of ['detractor', 'statement']) {
          const search = await pagefind.search(term);
          const pages = await Promise.all(search.results.map((result) => result.data()));
          texts.push(...pages.map((data) => data.content));
        }
        return texts.join(' ');
      })(${JSON.stringify({ base: new URL(siteUrl('/')).pathname })})`,
    )) as string;
    expect(text).toContain('Detractor In Net Promoter Score');
    expect(text).not.toMatch(/DetractorIn|StatementFigure|illustration\)Group/);
  });

  it('closes with one press of Escape, even with a query typed', async () => {
    await searchFor('customer');
    await dialogPage.keyboard.press('Escape');
    expect(await dialogPage.locator('dialog.search-dialog').evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
  });
});

describe('the search dialog in another language', () => {
  let german: Page;
  beforeEach(async () => {
    ({ page: german } = await openPage(browser));
  });
  afterEach(async () => german?.context().close());

  const open = async (term: string) => {
    await german.keyboard.press('/');
    await german.locator('#search-input').fill(term);
  };

  it('words the counts in the page’s language, from strings fetched when search opens', async () => {
    const fetched: string[] = [];
    german.on('request', (request) => request.url().endsWith('search-messages.json') && fetched.push(new URL(request.url()).pathname));
    await german.goto(siteUrl('/de/playbook/'));
    expect(fetched).toEqual([]);
    await open('asdfgh');
    await german.waitForFunction(() => document.querySelector('.search-status')!.textContent!.includes('asdfgh'));
    expect(await german.locator('.search-status').textContent()).toBe('Keine Seite passt zu „asdfgh“.');
    expect(fetched).toEqual([new URL(siteUrl('/de/search-messages.json')).pathname]);
  });

  it('says search is unavailable, in the page’s language, when its strings cannot be fetched', async () => {
    await german.route('**/search-messages.json', (route) => route.abort());
    await german.goto(siteUrl('/de/playbook/'));
    await open('Kunde');
    await german.waitForFunction(() => document.querySelector('.search-status')!.textContent !== '');
    expect(await german.locator('.search-status').textContent()).toMatch(/^Die Suche ist gerade nicht verfügbar/);
  });
});
