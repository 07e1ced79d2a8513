import { describe, expect, it } from 'vitest';
import { markdownBodyProblems } from './markdown-body.ts';

describe('markdownBodyProblems', () => {
  it('accepts plain Markdown with HTML blocks written as HTML', () => {
    const body = ['Intro with a [link](/playbook/pace/overview/) and **bold**.', '', '<figure>', '<dl><dt>P</dt><dd>Processes</dd></dl>', '</figure>', '', 'After the block, [links](/assess/pace/) work again.'].join('\n');
    expect(markdownBodyProblems('a.md', body)).toEqual([]);
  });

  it('names the line of a component tag', () => {
    expect(markdownBodyProblems('a.md', 'Text\n\n<NpsCalculator />\n')).toEqual([
      { file: 'a.md', line: 3, field: 'body', message: '<NpsCalculator> is a component, which only MDX renders; rename the file to .mdx' },
    ]);
  });

  it('names the line of Markdown inside an HTML block', () => {
    const body = ['<dl>', '  <dt>B2</dt>', '  <dd>See [the rocket](/playbook/building-blocks/rocket-model/).</dd>', '  <dd>A <strong>fine</strong> line.</dd>', '</dl>'].join('\n');
    expect(markdownBodyProblems('g.md', body).map((problem) => problem.line)).toEqual([3]);
    expect(markdownBodyProblems('g.md', '<ul>\n<li>**Alignment**: deliver it.</li>\n</ul>').map((problem) => problem.line)).toEqual([2]);
  });

  it('leaves MDX files to MDX', () => {
    expect(markdownBodyProblems('a.mdx', '<dl><dd>[x](/results/)</dd></dl>\n<Link href="/results/">x</Link>')).toEqual([]);
  });
});
