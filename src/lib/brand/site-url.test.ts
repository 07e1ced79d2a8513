import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_SITE_URL, printedOrigin } from './site-url.ts';

describe('printedOrigin', () => {
  it('prints nothing before the path when no site URL is configured', () => {
    expect(printedOrigin(undefined)).toBe('');
    expect(printedOrigin(PLACEHOLDER_SITE_URL)).toBe('');
    expect(printedOrigin(new URL(`${PLACEHOLDER_SITE_URL}/`))).toBe('');
  });

  it('prints the configured origin, without the base path', () => {
    expect(printedOrigin('https://cx.acme.example')).toBe('https://cx.acme.example');
    expect(printedOrigin(new URL('https://northwind.example/cx/'))).toBe('https://northwind.example');
  });
});
