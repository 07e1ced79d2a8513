import { describe, expect, it } from 'vitest';
import { consultantEmail, shareLink, siteRoot } from './share-link.ts';

describe('siteRoot and shareLink', () => {
  it.each([
    ['https://cx.example', '/', 'https://cx.example/r/#1abc'],
    ['https://cx.example/', '/cx/', 'https://cx.example/cx/r/#1abc'],
    ['http://127.0.0.1:4321', '/cx', 'http://127.0.0.1:4321/cx/r/#1abc'],
    ['https://cx.example', '', 'https://cx.example/r/#1abc'],
  ])('%s + %s', (origin, base, link) => {
    expect(shareLink(siteRoot(origin, base), '1abc')).toBe(link);
  });
});

describe('consultantEmail', () => {
  const message = { title: 'PACE check', link: 'https://cx.example/r/#1abc' };

  it('fills in the subject and the link', () => {
    const href = consultantEmail(' advisor@consult.example ', { ...message, team: 'Acme Q3' })!;
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('advisor@consult.example');
    expect(url.searchParams.get('subject')).toBe('My PACE check result (Acme Q3)');
    expect(url.searchParams.get('body')).toContain('https://cx.example/r/#1abc');
  });

  it.each(['', 'not an address', 'a@b', 'a@b.example?cc=x@y.example', 'a,b@c.example', 'a@b.example&body=x'])('refuses %j', (to) => {
    expect(consultantEmail(to, message)).toBeUndefined();
  });
});
