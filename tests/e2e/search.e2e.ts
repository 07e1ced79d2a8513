import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
