import { describe, expect, it } from 'vitest';
import { relinkHtml } from './relink.ts';

const routing = { base: '/cx/', locales: ['en', 'de', 'pl'] as const };

describe('relinkHtml', () => {
  it('moves page links into the reader’s language and leaves the rest', () => {
    const html = '<p>See <a href="/cx/playbook/pace/#people">PACE</a>, <a href="/cx/templates/map.csv">the map</a>, <a href="https://example.org/">a site</a> and <a href="#top">the top</a>.</p>';
    expect(relinkHtml(html, 'en', 'pl', routing)).toBe(
      '<p>See <a href="/cx/pl/playbook/pace/#people">PACE</a>, <a href="/cx/templates/map.csv">the map</a>, <a href="https://example.org/">a site</a> and <a href="#top">the top</a>.</p>',
    );
  });

  it('keeps text and markup intact, entities included', () => {
    const html = '<h2 id="a">Fish &amp; chips</h2><table><tr><td><a href="/cx/results/">R&amp;D</a></td></tr></table>';
    expect(relinkHtml(html, 'en', 'de', routing)).toBe('<h2 id="a">Fish &amp; chips</h2><table><tr><td><a href="/cx/de/results/">R&amp;D</a></td></tr></table>');
  });

  it('changes nothing when the languages are the same', () => {
    expect(relinkHtml('<a href="/cx/results/">x</a>', 'de', 'de', routing)).toBe('<a href="/cx/results/">x</a>');
  });
});
