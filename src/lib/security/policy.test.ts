import { describe, expect, it } from 'vitest';
import { headersFile, MAX_HEADER_LINE, mergePolicies, metaPolicy, parsePolicy } from './policy.ts';

const pageA = "script-src 'self' 'wasm-unsafe-eval' 'sha256-a'; style-src 'self' 'sha256-s1'; object-src 'none'";
const pageB = "script-src 'self' 'wasm-unsafe-eval' 'sha256-b'; style-src 'self' 'sha256-s2'; object-src 'none'";

describe('the security policy', () => {
  it('reads the policy Astro writes into a page', () => {
    expect(metaPolicy(`<head><meta http-equiv="content-security-policy" content="script-src &#39;self&#39; &#39;sha256-x&#39;;"></head>`)).toBe("script-src 'self' 'sha256-x';");
    expect(metaPolicy('<head></head>')).toBeUndefined();
  });

  it('merges pages into one policy that allows any page’s hashes', () => {
    const merged = parsePolicy(mergePolicies([pageA, pageB]));
    expect(merged.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", "'sha256-a'", "'sha256-b'"]);
    expect(merged.get('object-src')).toEqual(["'none'"]);
  });

  it('writes _headers under the base path, with frame-ancestors and a locked-down policy for brand images', () => {
    const file = headersFile('/cx/', [pageA, pageB]);
    expect(file).toContain("/cx/*\n  Content-Security-Policy: script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b'; style-src 'self' 'unsafe-inline'; object-src 'none'; frame-ancestors 'none'\n");
    expect(file).toContain('  Referrer-Policy: no-referrer\n');
    expect(file).toContain("/cx/_brand/*\n  Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'; sandbox\n");
    expect(file).not.toMatch(/unsafe-inline[^\n]*script-src|script-src[^;\n]*unsafe-inline/);
  });

  it('refuses to write a header line a static host would not read', () => {
    const many = Array.from({ length: 60 }, (_, i) => `script-src 'sha256-${'x'.repeat(43)}${i}'`);
    expect(() => headersFile('/', many)).toThrow(`static hosts read lines of up to ${MAX_HEADER_LINE}`);
  });
});
