import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metaPolicy, parsePolicy } from '../../src/lib/security/policy.ts';
import { launchBrowser, openPage, siteUrl, takeCspViolations } from './browser.ts';
import { htmlFiles } from './built-site.ts';

const dist = join(import.meta.dirname, '../../dist');

describe('the Content-Security-Policy of the built site', () => {
  it('is on every page, with hashed scripts, no inline script, no plug-ins and a fixed base', async () => {
    const files = await htmlFiles(dist);
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) {
      const policy = metaPolicy(readFileSync(file, 'utf8'));
      expect(policy, relative(dist, file)).toBeDefined();
      const directives = parsePolicy(policy!);
      const scripts = directives.get('script-src') ?? [];
      expect(scripts, relative(dist, file)).not.toContain("'unsafe-inline'");
      expect(scripts).not.toContain("'unsafe-eval'");
      expect(scripts.some((source) => source.startsWith("'sha256-"))).toBe(true);
      expect(directives.get('object-src')).toEqual(["'none'"]);
      expect(directives.get('base-uri')).toEqual(["'self'"]);
      expect(directives.get('default-src')).toEqual(["'self'"]);
    }
  });

  it('prints link paths without a made-up address when no site URL is set', () => {
    // The test build sets no TOUCHLINE_SITE_URL: print.css then shows the path alone.
    const html = readFileSync(join(dist, 'playbook/start/start-here/index.html'), 'utf8');
    expect(html).toContain('var(--site-origin');
    expect(html).not.toMatch(/--site-origin:/);
  });

  it('is repeated in _headers with frame-ancestors and the headers a static host should send', () => {
    const headers = readFileSync(join(dist, '_headers'), 'utf8');
    expect(headers).toMatch(/^\/\*\n {2}Content-Security-Policy: default-src 'self';.*script-src 'self' 'wasm-unsafe-eval' 'sha256-.*frame-ancestors 'none'\n/);
    for (const line of ['X-Content-Type-Options: nosniff', 'Referrer-Policy: no-referrer', 'Permissions-Policy: accelerometer=()', 'X-Frame-Options: DENY']) expect(headers).toContain(line);
    expect(headers).toContain("/_brand/*\n  Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'; sandbox");
    expect(existsSync(join(dist, '_headers'))).toBe(true);
  });
});

describe('the policy in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  it('blocks a script the build did not hash, and the tests hear of it', async () => {
    const { page } = await openPage(browser);
    await page.goto(siteUrl('/'));
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => takeCspViolations().join('\n')).toMatch(/script-src-elem blocked inline/);
    await page.context().close();
  });

  it('runs the theme script before first paint and keeps the chosen theme', async () => {
    const { page, errors } = await openPage(browser, { theme: 'dark' });
    await page.goto(siteUrl('/playbook/'));
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
