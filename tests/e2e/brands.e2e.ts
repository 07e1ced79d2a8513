import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview } from 'astro';
import { parse } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser, openPage } from './browser.ts';
import { brokenLinksIn } from './built-site.ts';

const root = join(import.meta.dirname, '../..');

/** Builds a brand (a name in brands/, or a folder's path) with the project's own command; returns its exit code and output. */
function buildBrand(name: string, out: string, env: NodeJS.ProcessEnv = {}) {
  // Vitest puts Vite's own variables (BASE_URL, MODE, …) into process.env; a build must not inherit them.
  const { BASE_URL, MODE, DEV, PROD, SSR, ...inherited } = process.env;
  void [BASE_URL, MODE, DEV, PROD, SSR];
  const result = spawnSync(process.execPath, [join(root, 'scripts/site.mjs'), 'build', '--brand', name, '--out', out], {
    cwd: root,
    env: { ...inherited, ...env },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

async function serveBrand(name: string, out: string, port: number) {
  process.env.TOUCHLINE_BRAND = name;
  process.env.TOUCHLINE_OUT_DIR = out;
  try {
    return await preview({ root, logLevel: 'warn', server: { host: '127.0.0.1', port } });
  } finally {
    delete process.env.TOUCHLINE_BRAND;
    delete process.env.TOUCHLINE_OUT_DIR;
  }
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** A folder outside the project, as a consultant's own repository of client brands would be. */
const clients = mkdtempSync(join(tmpdir(), 'touchline-clients-'));
afterAll(() => rmSync(clients, { recursive: true, force: true }));

describe('the example brand, kept outside the project and built by its path', () => {
  const out = join(root, 'dist-brands/example');
  const port = 4471;
  const url = (path = '') => `http://127.0.0.1:${port}/cx/${path.replace(/^\//, '')}`;
  const brandDir = join(clients, 'example');
  let server: Awaited<ReturnType<typeof preview>>;

  beforeAll(async () => {
    cpSync(join(root, 'brands/example'), brandDir, { recursive: true });
    // Tailoring: a page of the brand's own stands in for a built-in one, at its address.
    mkdirSync(join(brandDir, 'playbook/introducing-cem'), { recursive: true });
    writeFileSync(
      join(brandDir, 'playbook/introducing-cem/why-cem.md'),
      '---\ntitle: Why Northwind cares about customer experience\ndescription: Northwind\'s own reasons for the work, replacing the built-in page for its clients.\nsources: [smith]\norder: 1\nreplaces: introducing-cem/why-cem\n---\n\nNorthwind wrote this page for its own clients.\n',
      { flag: 'w' },
    );
    const build = buildBrand(brandDir, out);
    expect(build.status, build.output).toBe(0);
    server = await serveBrand(brandDir, out, port);
  }, 180_000);
  afterAll(async () => server?.stop());

  it('shows the brand\'s own page in place of the built-in one it replaces, at the same address', () => {
    const page = readFileSync(join(out, 'playbook/introducing-cem/why-cem/index.html'), 'utf8');
    expect(page).toContain('Northwind wrote this page for its own clients.');
    expect(page).toContain('Why Northwind cares about customer experience');
  });

  it('counts the parts and assessments this brand keeps, in the built-in Start here', () => {
    // Three parts (start, introducing-cem, pace); assessments pace, spectrum and its own workshop-readiness.
    const text = parse(readFileSync(join(out, 'playbook/start/start-here/index.html'), 'utf8')).querySelector('main')!.text;
    expect(text).toContain('The playbook has three parts.');
    expect(text).toContain('Three assessments let you score');
    expect(text).toContain('All three assessments, to see');
    expect(text).not.toMatch(/seven parts|five assessments|\{\{/i);
  });

  it('links every page, script, style and image correctly under its base path', async () => {
    expect(await brokenLinksIn(out, '/cx/')).toEqual([]);
  });

  it('includes only the selected modules, plus its own page and assessment', () => {
    for (const kept of ['playbook/pace/processes', 'playbook/start/glossary', 'playbook/pace/running-a-pace-workshop', 'assess/pace', 'assess/workshop-readiness']) {
      expect(existsSync(join(out, kept, 'index.html')), kept).toBe(true);
    }
    for (const left of ['playbook/framework', 'playbook/best-practices', 'assess/best-practice-audit', 'assess/key-questions']) {
      expect(existsSync(join(out, left)), left).toBe(false);
    }
  });

  it('unlinks left-out parts and assessments in a Markdown guide, keeping their words, and bases the rest', () => {
    // start/start-here.md lists every part and assessment; this brand keeps three parts and two assessments.
    const body = parse(readFileSync(join(out, 'playbook/start/start-here/index.html'), 'utf8')).querySelector('main')!;
    const hrefs = body.querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('/cx/playbook/pace/overview/');
    expect(hrefs).toContain('/cx/assess/spectrum/');
    expect(hrefs.filter((href) => /\/(framework|best-practices|building-blocks|meaning-value|key-questions|best-practice-audit)\//.test(href ?? ''))).toEqual([]);
    const item = body.querySelectorAll('li').find((li) => li.text.includes('The CEM framework'));
    expect(item?.querySelector('strong')?.text).toBe('The CEM framework');
    expect(body.text).toContain('Key questions: the 18 questions from the CEM framework.');
  });

  it('shows the brand in the header, its colours in both themes, and its contact', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(url('/'));
    expect(await page.locator('html').getAttribute('lang')).toBe('en-GB');
    expect(await page.locator('.site-name').textContent()).toContain('Northwind Customer Experience');
    expect(await page.locator('.site-name img.logo-light').getAttribute('src')).toBe('/cx/_brand/logo.svg');
    const linkColour = () => page.locator('.contact-card a').first().evaluate((a) => getComputedStyle(a).color);
    expect(await linkColour()).toBe('rgb(91, 42, 134)');
    expect(await page.getByText('Talk to Jane at Northwind about your results').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Dark theme' }).click();
    expect(await linkColour()).toBe('rgb(207, 169, 240)');
    expect(await page.locator('.site-name img.logo-dark').isVisible()).toBe(true);
    expect(await page.locator('.site-name img.logo-light').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('finds its own guide in search and nothing from a left-out part', async () => {
    const { page } = await openPage(browser);
    await page.goto(url('/playbook/'));
    await page.keyboard.press('/');
    await page.getByRole('searchbox').fill('Northwind workshop');
    await page.locator('.search-results a', { hasText: 'Running a PACE workshop with Northwind' }).waitFor();
    // "Hopkins" (the Barclays advert) appears only in the best-practices part, which this brand leaves out.
    await page.getByRole('searchbox').fill('Hopkins');
    await page.getByText('No pages match “Hopkins”.').waitFor();
    await page.context().close();
  });

  it('runs its own assessment and shows the contact with the result', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(url('/assess/workshop-readiness/'));
    await page.getByLabel('Manager').check();
    for (let step = 0; step < 4; step++) {
      const options = page.locator('.assess-step:not([hidden]) fieldset');
      for (const fieldset of await options.all()) await fieldset.locator('input').nth(3).check();
      await page.locator('[data-action="next"]').click();
    }
    await page.locator('.assess-result h2').waitFor();
    expect(await page.locator('.result-score').textContent()).toContain('75 out of 100');
    expect(await page.locator('.result-contact').isVisible()).toBe(true);
    const nextStep = await page.locator('.result-next a').first().getAttribute('href');
    expect(nextStep).toMatch(/^\/cx\/playbook\/pace\//);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('falls back to an included page when a next step points into a left-out part', async () => {
    // The spectrum's next steps include introducing-cem pages, which this brand keeps; PACE's
    // include introducing-cem too. Every next-step link on every result must reach a page.
    expect(await brokenLinksIn(out, '/cx/')).toEqual([]);
  });

  it.each(['light', 'dark'] as const)('has no axe violations on its pages (%s theme)', async (theme) => {
    const { page } = await openPage(browser, { theme });
    for (const path of ['/', '/playbook/pace/running-a-pace-workshop/', '/assess/workshop-readiness/', '/playbook/start/glossary/']) {
      await page.goto(url(path));
      expect(await axeViolations(page), path).toEqual([]);
    }
    await page.context().close();
  });
});

describe('a minimal brand', () => {
  const out = join(root, 'dist-brands/minimal');
  it('builds with every module at the root, with its name, and every link works', async () => {
    const build = buildBrand('minimal', out);
    expect(build.status, build.output).toBe(0);
    expect(existsSync(join(out, 'playbook/best-practices/nps/index.html'))).toBe(true);
    expect(existsSync(join(out, '_brand/logo.svg'))).toBe(true);
    expect(await brokenLinksIn(out, '/')).toEqual([]);
  }, 120_000);
});

describe('a hostile brand, kept outside the project', () => {
  it('fails the build with every attack named by file and line, and no unrelated hint', () => {
    const brandDir = join(clients, 'hostile');
    cpSync(join(root, 'tests/fixtures/brands/hostile'), brandDir, { recursive: true });
    // A link that would publish a file of the build machine.
    symlinkSync('/etc/passwd', join(brandDir, 'playbook/start/passwd.md'));
    const out = join(root, 'dist-brands/hostile-test');
    rmSync(out, { recursive: true, force: true });
    const build = buildBrand(brandDir, out);
    expect(build.status).not.toBe(0);
    const B = `${brandDir}/brand.yaml`;
    const P = `${brandDir}/playbook/start/welcome.md`;
    for (const line of [
      `${brandDir}/playbook/start/passwd.md: is a link to a file outside ${brandDir}; copy the file into the brand folder instead`,
      `${B}:7: identity.logo.light: "logo.svg" contains <script>, which runs script`,
      `${B}:7: identity.logo.light: "logo.svg" contains <foreignObject>`,
      `${B}:7: identity.logo.light: "logo.svg" has an event handler (onload on <svg>)`,
      `${B}:8: identity.favicon: "icon.png" is named .png but its content is neither a PNG nor an SVG`,
      `${P}:8: body: <img onerror> is an event handler, which runs script`,
      `${P}:10: body: <script> runs script`,
      `${P}:12: body: link "javascript:alert(1)": "javascript:" addresses can run script`,
      `${P}:12: body: link "data:text/html,hi": "data:" addresses`,
      `${P}:14: body: <iframe> shows another site inside the page`,
      `${P}:16: body: image loads "https://evil.example/pixel.png" from outside the site`,
    ]) {
      expect(build.output).toContain(line);
    }
    expect(build.output).toContain('11 problems in brand "hostile"; nothing was built:');
    expect(build.output).not.toContain('Browser APIs');
    expect(build.output).not.toContain('Stack trace');
    expect(existsSync(out)).toBe(false);
  });
});

describe('a broken brand', () => {
  it('stops the build before any output, one line per problem with file, line and field', () => {
    const out = join(root, 'dist-brands/broken-test');
    rmSync(out, { recursive: true, force: true });
    const build = buildBrand('bad', out, { TOUCHLINE_BRANDS_DIR: 'tests/fixtures/brands' });
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('9 problems in brand "bad"; nothing was built:');
    expect(build.output).toContain('tests/fixtures/brands/bad/brand.yaml:9: colors.accent: "#ggg" is not a colour; use a CSS colour such as "#0b5cad"');
    expect(build.output).toContain('tests/fixtures/brands/bad/brand.yaml:17: modules.parts.1: unknown part "pricing"');
    expect(build.output).toContain('tests/fixtures/brands/bad/brand.yaml:21: deployment.basePath: "/acme" must start and end with "/"; write "/acme/"');
    expect(existsSync(out)).toBe(false);
  });

  it('names a brand that does not exist and how to create it', () => {
    const build = buildBrand('no-such-brand', join(root, 'dist-brands/none'));
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('brands/no-such-brand/brand.yaml does not exist. Create the brand with "npm run brand:new -- no-such-brand"');
  });
});
