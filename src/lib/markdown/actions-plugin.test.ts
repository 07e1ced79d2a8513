import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import type { ActionList } from '../schema/action.ts';
import { actionsPlugin, guideIdOf } from './actions-plugin.ts';
import { internalLinksPlugin } from './internal-links-plugin.ts';

const lists: ActionList[] = [
  {
    guide: 'pace/overview',
    numbered: true,
    actions: [
      { id: 'take', text: "Take the [PACE assessment](/assess/pace/) with a colleague's help.", areas: [], effort: 'hours', priority: 2 },
      { id: 'ask', text: '**Ask your sponsor** to confirm the budget.', areas: ['pace/communication'], effort: 'hours', priority: 1 },
    ],
  },
  { guide: 'pace/processes', actions: [{ id: 'map', text: 'Map one journey on a single page.', areas: ['pace/processes'], effort: 'days', priority: 1 }] },
];
const translations = { de: { 'pace/overview': { take: 'Füllen Sie die [PACE-Selbsteinschätzung](/assess/pace/) aus.', ask: '**Bitten Sie Ihren Sponsor** um das Budget.' } } };
const file = (path: string) => new URL(`file:///work/src/content/${path}`);
const render = async (markdown: string, fileURL: URL) =>
  (
    await markdownToHtml(markdown, {
      fileURL,
      features: { smartPunctuation: true },
      mdastPlugins: [actionsPlugin({ lists, translations }), internalLinksPlugin({ base: '/cx/', modules: { parts: null, assessments: null }, locales: ['en', 'de', 'pl'] })],
    })
  ).html.trim();

describe('actionsPlugin', () => {
  it('renders the list where the guide has the [[actions]] line, links completed by the link plugin', async () => {
    expect(await render('## Try this\n\n[[actions]]\n', file('playbook/pace/overview.md'))).toBe(
      '<h2>Try this</h2>\n<ol>\n<li>Take the <a href="/cx/assess/pace/">PACE assessment</a> with a colleague’s help.</li>\n<li><strong>Ask your sponsor</strong> to confirm the budget.</li>\n</ol>',
    );
  });

  it('renders a translated guide\'s list in its language', async () => {
    expect(await render('[[actions]]', file('translations/de/playbook/pace/overview.md'))).toBe(
      '<ol>\n<li>Füllen Sie die <a href="/cx/de/assess/pace/">PACE-Selbsteinschätzung</a> aus.</li>\n<li><strong>Bitten Sie Ihren Sponsor</strong> um das Budget.</li>\n</ol>',
    );
  });

  it('falls back to the English list, marked lang="en", where the language has no translation', async () => {
    expect(await render('[[actions]]', file('translations/pl/playbook/pace/processes.md'))).toBe('<ul lang="en">\n<li>Map one journey on a single page.</li>\n</ul>');
  });

  it('leaves other paragraphs, and a page without a list, alone', async () => {
    expect(await render('See [[actions]] here.\n\n[[actions]]', file('playbook/pace/attitudes.md'))).toBe('<p>See [[actions]] here.</p>\n<p>[[actions]]</p>');
  });

  it('finds the guide id of English and translated guides', () => {
    expect(guideIdOf(file('playbook/best-practices/nps.mdx'))).toBe('best-practices/nps');
    expect(guideIdOf(file('translations/pl/playbook/start/start-here.md'))).toBe('start/start-here');
    expect(guideIdOf(file('pages/privacy.md'))).toBeUndefined();
  });
});
