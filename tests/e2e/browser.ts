import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterEach, expect, inject } from 'vitest';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/lib/chromium/chromium', '/usr/bin/chromium-browser'];

/** Debian's Chromium; browser tests fail (never skip) when it is missing. */
export function chromiumPath(): string {
  const found = CANDIDATES.find((path): path is string => Boolean(path) && existsSync(path!));
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. Install Debian\'s package: "sudo apt-get install -y chromium" (or set CHROMIUM_PATH).',
    );
  }
  return found;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** The site under test, e.g. http://127.0.0.1:4400/ (always ends in the base path and a slash). */
export function siteUrl(path = ''): string {
  return new URL(path.replace(/^\//, ''), inject('siteUrl')).href;
}

export interface WatchedPage {
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
  /** Every URL the page requested. */
  requests: string[];
}

/** Content-Security-Policy violations seen by any page this file opened, since the current test began. */
const cspViolations: string[] = [];

// Every flow that opens a page through this helper fails on any policy violation: a blocked
// script or style is a feature broken for real readers, and a report here is the only trace.
afterEach(() => {
  const seen = cspViolations.splice(0);
  expect(seen, 'Content-Security-Policy violations').toEqual([]);
});

export async function openPage(browser: Browser, options: { theme?: 'light' | 'dark'; width?: number } = {}): Promise<WatchedPage> {
  const context = await browser.newContext({
    colorScheme: options.theme ?? 'light',
    viewport: { width: options.width ?? 1280, height: 900 },
  });
  await context.exposeBinding('__touchlineCspViolation', ({ page }, violation: string) => {
    cspViolations.push(`${page.url()}: ${violation}`);
  });
  // Runs before any of the page's own scripts, and outside its policy.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __touchlineCspViolation: (v: string) => void }).__touchlineCspViolation;
      report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`);
    });
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('request', (request) => requests.push(request.url()));
  return { page, errors, requests };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.x A and AA violations on the page as it is now, one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated, not added as a <script>: the page's policy rightly blocks an inline script it has no hash for.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
  });
  return violations;
}

/** Hands over (and clears) the policy violations seen so far, for a test that causes one on purpose. */
export function takeCspViolations(): string[] {
  return cspViolations.splice(0);
}
