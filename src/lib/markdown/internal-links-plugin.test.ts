import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { internalLinksPlugin, type InternalLinkOptions } from './internal-links-plugin.ts';

const render = async (markdown: string, options: Omit<InternalLinkOptions, 'locales'>, fileURL?: URL) =>
  (await markdownToHtml(markdown, { mdastPlugins: [internalLinksPlugin({ locales, ...options })], fileURL })).html.trim();
const everything = { parts: null, assessments: null };
const locales = ['en', 'de', 'pl'] as const;

describe('internalLinksPlugin', () => {
  it('leaves links alone at the root with every module included', async () => {
    expect(await render('See [PACE](/playbook/pace/overview/) and [the audit](/assess/best-practice-audit/).', { base: '/', modules: everything })).toBe(
      '<p>See <a href="/playbook/pace/overview/">PACE</a> and <a href="/assess/best-practice-audit/">the audit</a>.</p>',
    );
  });

  it('adds a sub-path base to site-absolute links only', async () => {
    expect(await render('[a](/playbook/pace/overview/#people), [b](/results/), [c](https://example.com/x/), [d](#top)', { base: '/cx/', modules: everything })).toBe(
      '<p><a href="/cx/playbook/pace/overview/#people">a</a>, <a href="/cx/results/">b</a>, <a href="https://example.com/x/">c</a>, <a href="#top">d</a></p>',
    );
  });

  it('turns links to left-out parts and assessments into their text, keeping its markup', async () => {
    const modules = { parts: ['pace'], assessments: ['pace'] };
    expect(await render('[kept](/playbook/pace/overview/), [the *framework*](/playbook/framework/people/), [part](/playbook/framework/), [audit](/assess/best-practice-audit/)', { base: '/cx/', modules })).toBe(
      '<p><a href="/cx/playbook/pace/overview/">kept</a>, the <em>framework</em>, part, audit</p>',
    );
  });

  it('carries its options as data, so a changed brand changes the hashed config', () => {
    const plugin = internalLinksPlugin({ base: '/cx/', modules: { parts: ['pace'], assessments: null }, locales: ['de', 'en'] });
    expect(JSON.parse(JSON.stringify(plugin))).toEqual({ name: 'touchline:internal-links', options: { base: '/cx/', modules: { parts: ['pace'], assessments: null }, locales: ['de', 'en'] } });
  });

  it('keeps a translated guide’s links in its language, and files as they are', async () => {
    const german = new URL('file:///work/src/content/translations/de/playbook/start/start-here.md');
    expect(await render('[a](/playbook/pace/overview/#people), [b](/templates/journey-map.csv), [c](/results/)', { base: '/cx/', modules: everything }, german)).toBe(
      '<p><a href="/cx/de/playbook/pace/overview/#people">a</a>, <a href="/cx/templates/journey-map.csv">b</a>, <a href="/cx/de/results/">c</a></p>',
    );
  });
});
