import { describe, expect, it } from 'vitest';
import { brokenLinks } from './internal-links.ts';

const files = new Set(['index.html', 'playbook/pace/index.html', '_astro/site.css', '_brand/logo.svg']);
const exists = (path: string) => files.has(path);

describe('brokenLinks', () => {
  it('accepts links that reach files under the base', () => {
    const html = '<a href="/cx/">x</a><a href="/cx/playbook/pace/#top">y</a><link href="/cx/_astro/site.css"><img src="/cx/_brand/logo.svg">';
    expect(brokenLinks('index.html', html, '/cx/', exists)).toEqual([]);
  });

  it('ignores external, mail and in-page links', () => {
    const html = '<a href="https://example.com/">x</a><a href="mailto:a@b.example">m</a><a href="#main">s</a><a href="tel:+441">t</a>';
    expect(brokenLinks('index.html', html, '/cx/', exists)).toEqual([]);
  });

  it.each([
    ['<a href="/playbook/pace/">missing base</a>', '/playbook/pace/'],
    ['<a href="/cx/playbook/framework/">left-out part</a>', '/cx/playbook/framework/'],
    ['<img src="/cx/_brand/missing.png">', '/cx/_brand/missing.png'],
  ])('reports %s', (html, href) => {
    expect(brokenLinks('index.html', html, '/cx/', exists)).toEqual([{ page: 'index.html', href }]);
  });
});
