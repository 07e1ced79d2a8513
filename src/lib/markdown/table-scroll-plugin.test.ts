import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { scrollRegionLabel, tableScrollPlugin } from './table-scroll-plugin.ts';

const render = async (markdown: string) =>
  (await markdownToHtml(markdown, { hastPlugins: [tableScrollPlugin()], features: { rawHtml: true } })).html;

const region = (label: string) => `<div class="table-scroll" role="region" tabindex="0" aria-label="${label}"><table>`;

describe('tableScrollPlugin', () => {
  it('wraps a Markdown table in a focusable region named by the heading above it', async () => {
    const html = await render('## Who holds what\n\nText.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n');
    expect(html).toContain(region('Who holds what'));
    expect(html).toMatch(/<\/table><\/div>/);
  });

  it('names a raw HTML table by its caption, also inside a figure', async () => {
    const html = await render('## Heading\n\n<figure>\n<table>\n<caption>NPS for  a sample\nof 200</caption>\n<tr><td>x</td></tr>\n</table>\n</figure>\n');
    expect(html).toContain(`<figure>\n${region('NPS for a sample of 200')}`);
  });

  it('gives tables with the same name distinct names, and a table with neither caption nor heading a name', async () => {
    const table = '| a |\n|---|\n| 1 |\n';
    const html = await render(`${table}\n## Figures\n\n${table}\n${table}`);
    expect(html).toContain(region('Table'));
    expect(html).toContain(region('Figures'));
    expect(html).toContain(region('Figures (2)'));
  });

  it('wraps a JSX table in MDX, named by its caption', async () => {
    const { code } = await mdxToJs('## Worked example\n\n<table>\n  <caption>Scores</caption>\n  <tbody><tr><td>1</td></tr></tbody>\n</table>\n', { hastPlugins: [tableScrollPlugin()] });
    expect(code).toMatch(/className: "table-scroll",\s+role: "region",\s+tabIndex: "0",\s+"aria-label": "Scores",\s+children: _jsxs\(_components\.table/);
  });

  it('wraps a Markdown table in MDX, named by the heading above it', async () => {
    const { code } = await mdxToJs('### Tiers\n\n| a |\n|---|\n| 1 |\n', { hastPlugins: [tableScrollPlugin()] });
    expect(code).toMatch(/"aria-label": "Tiers",\s+children: _jsxs\(_components\.table/);
  });
});

describe('scrollRegionLabel', () => {
  it.each([
    [{ caption: 'Survey figures', heading: 'Results' }, [], 'Survey figures'],
    [{ heading: 'Results' }, [], 'Results'],
    [{}, [], 'Table'],
    [{ heading: 'Results' }, ['Results'], 'Results (2)'],
    [{ caption: 'Results' }, ['Results', 'Other', 'Results'], 'Results (3)'],
    [{}, ['', ''], 'Table (3)'],
  ])('%o after %o is %s', (source, earlier, expected) => {
    expect(scrollRegionLabel(source, earlier)).toBe(expected);
  });
});
