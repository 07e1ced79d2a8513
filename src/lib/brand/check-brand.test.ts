import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../validate/problem.ts';
import { brandFilesOnDisk } from './brand-files.ts';
import { checkBrand, MAX_BRAND_IMAGE_BYTES, type BrandFiles, type KnownModules } from './check-brand.ts';

const projectRoot = join(import.meta.dirname, '../../..');
const fixtures = 'tests/fixtures/brands';

/** The files under a root directory, as checkBrand sees them. */
function filesUnder(root: string, brandDir: string): BrandFiles {
  return brandFilesOnDisk(root, existsSync(join(root, brandDir)) ? brandDir : '.');
}

// Written out, so the expected lines below do not move when the content gains a part.
const known: KnownModules = {
  partIds: ['start', 'framework', 'best-practices', 'building-blocks', 'introducing-cem', 'pace', 'meaning-value'],
  assessmentIds: ['best-practice-audit', 'building-blocks', 'key-questions', 'pace', 'spectrum'],
};

function check(brandDir: string, yamlText?: string, root = projectRoot) {
  const text = yamlText ?? readFileSync(join(root, brandDir, 'brand.yaml'), 'utf8');
  return checkBrand({ brandDir, yamlText: text, files: filesUnder(root, brandDir), known });
}

const lines = (brandDir: string, yamlText?: string, root?: string) => check(brandDir, yamlText, root).problems.map(formatProblem);

const GOOD = `${fixtures}/good`;
const goodYaml = readFileSync(join(projectRoot, GOOD, 'brand.yaml'), 'utf8');

/** The good brand with one line changed, so every other line keeps its number. */
function goodWith(from: string, to: string): string {
  expect(goodYaml, `the good fixture has ${JSON.stringify(from)}`).toContain(from);
  return goodYaml.replace(from, to);
}

describe('checkBrand on the good fixture', () => {
  it('finds no problems and returns the brand, with defaults and normalised values', () => {
    const { brand, problems } = check(GOOD);
    expect(problems).toEqual([]);
    expect(brand?.identity.favicon).toBe('logo.svg');
    expect(brand?.deployment.lang).toBe('en-GB');
    expect(brand?.colors).toEqual({ primary: '#1d4e89', accent: '#a33b0c', primaryDark: '#8ab8ea', accentDark: '#f2a477' });
  });

  it('passes against the ids the real content has', () => {
    const parts = parse(readFileSync(join(projectRoot, 'src/content/parts.yaml'), 'utf8')) as { id: string }[];
    const assessmentIds = readdirSync(join(projectRoot, 'src/content/assessments')).map((name) => name.replace(/\.yaml$/, ''));
    const result = checkBrand({ brandDir: GOOD, yamlText: goodYaml, files: filesUnder(projectRoot, GOOD), known: { partIds: parts.map((part) => part.id), assessmentIds } });
    expect(result.problems.map(formatProblem)).toEqual([]);
  });
});

describe('checkBrand on the bad fixture', () => {
  const B = `${fixtures}/bad/brand.yaml`;
  it('reports every problem, one line each, in line order', () => {
    expect(lines(`${fixtures}/bad`)).toEqual([
      // A missing required field: named on the first line of its group.
      `${B}:3: identity.tagline: is required (expected string); add it`,
      `${B}:6: identity.logo.light: "missing-logo.svg" does not exist; add ${fixtures}/bad/missing-logo.svg or fix the path`,
      `${B}:8: colors.primary: "#7fb2e5" has contrast 2.2:1 on #ffffff (light theme link text, button text and focus outline); WCAG AA needs 4.5:1. Use a darker shade or set colors.primaryDark for dark theme`,
      `${B}:8: colors.primary: "#7fb2e5" has contrast 2.0:1 on #f3f5f8 (light theme link text and focus outline); WCAG AA needs 4.5:1. Use a darker shade or set colors.primaryDark for dark theme`,
      `${B}:9: colors.accent: "#ggg" is not a colour; use a CSS colour such as "#0b5cad"`,
      // 3.4:1 is enough for the focus outline (3:1), not for text (4.5:1); 2.9:1 is enough for neither.
      `${B}:10: colors.primaryDark: "#2f6fb0" has contrast 3.4:1 on #14171c (dark theme link text and button text); WCAG AA needs 4.5:1. Use a lighter shade`,
      `${B}:10: colors.primaryDark: "#2f6fb0" has contrast 2.9:1 on #1f242c (dark theme link text and focus outline); WCAG AA needs 4.5:1. Use a lighter shade`,
      `${B}:17: modules.parts.1: unknown part "pricing"; use one of: start, framework, best-practices, building-blocks, introducing-cem, pace, meaning-value`,
      `${B}:21: deployment.basePath: "/acme" must start and end with "/"; write "/acme/"`,
    ]);
  });

  it('returns no brand', () => {
    expect(check(`${fixtures}/bad`).brand).toBeUndefined();
  });
});

describe('checkBrand on the big-logo fixture', () => {
  // The logo is written at run time into a temp copy of the folder, not kept in the repository.
  const root = mkdtempSync(join(tmpdir(), 'touchline-brand-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const dir = 'brands/big-logo';
  mkdirSync(join(root, dir), { recursive: true });
  writeFileSync(join(root, dir, 'brand.yaml'), readFileSync(join(projectRoot, fixtures, 'big-logo/brand.yaml')));
  const writeLogo = (bytes: number) => {
    const open = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><!--';
    const close = '--></svg>\n';
    writeFileSync(join(root, dir, 'logo.svg'), open + 'x'.repeat(bytes - open.length - close.length) + close);
  };

  it.each([
    [MAX_BRAND_IMAGE_BYTES + 1, [`brands/big-logo/brand.yaml:8: identity.logo.light: "logo.svg" is 201 KiB; keep it under 200 KiB (every page loads it): optimise the SVG or export a smaller PNG`]],
    [300 * 1024, [`brands/big-logo/brand.yaml:8: identity.logo.light: "logo.svg" is 300 KiB; keep it under 200 KiB (every page loads it): optimise the SVG or export a smaller PNG`]],
    [MAX_BRAND_IMAGE_BYTES, []],
  ])('a %i-byte logo gives %j', (bytes, expected) => {
    writeLogo(bytes);
    expect(statSync(join(root, dir, 'logo.svg')).size).toBe(bytes);
    expect(lines(dir, undefined, root)).toEqual(expected);
  });
});

describe('checkBrand: one changed line of the good brand', () => {
  const G = `${GOOD}/brand.yaml`;
  const darker = 'Use a darker shade or set colors.primaryDark for dark theme';
  it.each([
    // Colours that are not colours, written as people write them.
    ['a colour that is not one', 'accent: "#a33b0c"', 'accent: "#ggg"', [`${G}:10: colors.accent: "#ggg" is not a colour; use a CSS colour such as "#0b5cad"`]],
    ['an unquoted hex colour, which YAML reads as a comment', 'primary: "#1d4e89"', 'primary: #1d4e89', [`${G}:9: colors.primary: is empty: in YAML "#" starts a comment, so put the colour in quotes, e.g. primary: "#0b5cad"`]],
    ['a see-through colour', 'primary: "#1d4e89"', 'primary: "#1d4e8980"', [`${G}:9: colors.primary: "#1d4e8980" is see-through, so its contrast depends on what lies beneath; use an opaque colour such as "#1d4e89"`]],
    ['a CSS colour in another notation', 'primary: "#1d4e89"', 'primary: "rgb(29 78 137)"', []],
    // Light theme: primary is link text (4.5:1) and focus outline (3:1) on both backgrounds, and carries white button text (4.5:1).
    ['a primary that fails only on the muted background', 'primary: "#1d4e89"', 'primary: "#c0561b"', [`${G}:9: colors.primary: "#c0561b" has contrast 4.1:1 on #f3f5f8 (light theme link text); WCAG AA needs 4.5:1. ${darker}`]],
    [
      'a named primary, shown with its hex',
      'primary: "#1d4e89"',
      'primary: red',
      [
        `${G}:9: colors.primary: "red" (#ff0000) has contrast 3.9:1 on #ffffff (light theme link text and button text); WCAG AA needs 4.5:1. ${darker}`,
        `${G}:9: colors.primary: "red" (#ff0000) has contrast 3.6:1 on #f3f5f8 (light theme link text); WCAG AA needs 4.5:1. ${darker}`,
      ],
    ],
    // Accent is error text (4.5:1) and a 4px border/marker (3:1) on both backgrounds.
    [
      'an accent too light for error text, dark enough for a border',
      'accent: "#a33b0c"',
      'accent: "#4a7fb8"',
      [
        `${G}:10: colors.accent: "#4a7fb8" has contrast 4.1:1 on #ffffff (light theme error text); WCAG AA needs 4.5:1. Use a darker shade or set colors.accentDark for dark theme`,
        `${G}:10: colors.accent: "#4a7fb8" has contrast 3.8:1 on #f3f5f8 (light theme error text); WCAG AA needs 4.5:1. Use a darker shade or set colors.accentDark for dark theme`,
      ],
    ],
    [
      'an accent too light for either use',
      'accent: "#a33b0c"',
      'accent: "#e07b39"',
      [
        `${G}:10: colors.accent: "#e07b39" has contrast 2.9:1 on #ffffff (light theme error text and border/marker); WCAG AA needs 4.5:1. Use a darker shade or set colors.accentDark for dark theme`,
        `${G}:10: colors.accent: "#e07b39" has contrast 2.7:1 on #f3f5f8 (light theme error text and border/marker); WCAG AA needs 4.5:1. Use a darker shade or set colors.accentDark for dark theme`,
      ],
    ],
    // Dark theme: the same uses on #14171c / #1f242c, with #14171c button text.
    [
      'a dark primary that is too dark',
      'primaryDark: "#8ab8ea"',
      'primaryDark: "#0b5cad"',
      [
        `${G}:11: colors.primaryDark: "#0b5cad" has contrast 2.6:1 on #14171c (dark theme link text, button text and focus outline); WCAG AA needs 4.5:1. Use a lighter shade`,
        `${G}:11: colors.primaryDark: "#0b5cad" has contrast 2.3:1 on #1f242c (dark theme link text and focus outline); WCAG AA needs 4.5:1. Use a lighter shade`,
      ],
    ],
    [
      'a dark accent that is too dark',
      'accentDark: "#f2a477"',
      'accentDark: "#b4420a"',
      [
        `${G}:12: colors.accentDark: "#b4420a" has contrast 3.1:1 on #14171c (dark theme error text); WCAG AA needs 4.5:1. Use a lighter shade`,
        `${G}:12: colors.accentDark: "#b4420a" has contrast 2.7:1 on #1f242c (dark theme error text and border/marker); WCAG AA needs 4.5:1. Use a lighter shade`,
      ],
    ],
    // Without dark values the dark theme keeps Touchline's, which pass: nothing to check.
    ['no dark primary', '  primaryDark: "#8ab8ea"\n', '', []],
    // Files.
    ['a logo outside the brand folder', 'light: logo.svg', 'light: ../good/logo.svg', [`${G}:7: identity.logo.light: "../good/logo.svg" must name a file inside the brand folder, e.g. "logo.svg"`]],
    ['a logo that is not SVG or PNG', 'light: logo.svg', 'light: logo.gif', [`${G}:7: identity.logo.light: "logo.gif" is not an SVG or PNG; use a .svg or .png file`]],
    ['a "./" path', 'light: logo.svg', 'light: ./logo.svg', []],
    ['a missing dark logo', 'light: logo.svg', 'light: logo.svg\n    dark: logo-dark.svg', [`${G}:8: identity.logo.dark: "logo-dark.svg" does not exist; add ${GOOD}/logo-dark.svg or fix the path`]],
    ['a missing favicon', '  logo:\n', '  favicon: icon.png\n  logo:\n', [`${G}:6: identity.favicon: "icon.png" does not exist; add ${GOOD}/icon.png or fix the path`]],
    // Modules.
    ['an unknown assessment', 'assessments: [pace, key-questions]', 'assessments: [pace, nps]', [`${G}:21: modules.assessments.1: unknown assessment "nps"; use one of: best-practice-audit, building-blocks, key-questions, pace, spectrum`]],
    ['a part listed twice', 'parts: [start, framework, pace]', 'parts: [start, pace, pace]', [`${G}:20: modules.parts: "pace" is listed twice; list each part once`]],
    ['no parts', 'parts: [start, framework, pace]', 'parts: []', [`${G}:20: modules.parts: needs at least 1 entry`]],
    // Team.
    ['a group size of two', 'minGroupSize: 4', 'minGroupSize: 2', [`${G}:23: team.minGroupSize: must be at least 3`]],
    // Contact.
    ['a phone number YAML reads as a number', 'phone: "+44 20 7946 0000"', 'phone: 02079460000', [`${G}:17: contact.phone: expected text, found 2079460000; put it in quotes so YAML keeps it as written`]],
    ['a phone number with letters', 'phone: "+44 20 7946 0000"', 'phone: "call me"', [`${G}:17: contact.phone: "call me" is not a phone number; write digits with spaces, optionally starting with +, e.g. "+44 20 7946 0000"`]],
    ['an email address without a domain', 'email: jane@acme.example', 'email: jane', [`${G}:15: contact.email: "jane" is not an email address; use one such as "jane@acme.example"`]],
    ['a contact url without a scheme', 'url: https://acme.example/contact', 'url: acme.example/contact', [`${G}:16: contact.url: "acme.example/contact" is not a web address; write it in full, e.g. "https://acme.example/contact"`]],
    // Deployment.
    ['a basePath without its leading slash', 'basePath: /acme/', 'basePath: acme/', [`${G}:27: deployment.basePath: "acme/" must start and end with "/"; write "/acme/"`]],
    ['a basePath with a space', 'basePath: /acme/', 'basePath: /acme cx/', [`${G}:27: deployment.basePath: "/acme cx/" may use only letters, digits and - _ . ~ between its slashes, e.g. "/acme/"`]],
    ['a siteUrl with a path', 'siteUrl: https://cx.acme.example', 'siteUrl: https://cx.acme.example/acme/', [`${G}:26: deployment.siteUrl: "https://cx.acme.example/acme/" has a path; keep siteUrl to "https://cx.acme.example" and put the path in deployment.basePath`]],
    ['a language name instead of a tag', 'lang: en-gb', 'lang: english', [`${G}:28: deployment.lang: "english" is not a BCP 47 language tag; use one such as "en", "en-GB" or "de"`]],
    ['a misspelt field', 'team:', 'teem:', [`${G}:2: unknown field "teem"; remove or rename it (check the spelling)`]],
  ])('%s', (_name, from, to, expected) => {
    expect(lines(GOOD, goodWith(from, to))).toEqual(expected);
  });

  it('reports YAML syntax errors with their line', () => {
    const [line, ...rest] = lines(GOOD, goodWith('siteName: Acme Customer Experience', 'siteName: "Acme'));
    expect(rest).toEqual([]);
    expect(line).toMatch(/^tests\/fixtures\/brands\/good\/brand\.yaml:\d+: YAML syntax error: .*Check indentation, colons and quotes on this line\.$/);
  });

  it('reports an alias bomb as one line with its file and line, capped by the yaml library', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdef'.split('').map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdef'[i]}`).join(', ')}]`), 'identity: *f'].join('\n');
    expect(lines(GOOD, bomb)).toEqual([`${G}:2: YAML aliases (*name) expand to more than 100 copies, which could exhaust memory; write the values out instead of repeating aliases`]);
  });

  it('names a javascript: contact address for what it is', () => {
    expect(lines(GOOD, goodWith('url: https://acme.example/contact', 'url: "javascript:alert(document.cookie)"'))).toEqual([
      `${G}:16: contact.url: "javascript:alert(document.cookie)" is not a web address; write it in full, e.g. "https://acme.example/contact"`,
    ]);
  });

  it('reports an empty file as such', () => {
    expect(lines(GOOD, '# nothing yet\n')).toEqual([`${G}:1: the file is empty; it needs identity, colors, contact and deployment`]);
  });

  it('names files under the brand folder however the folder is written', () => {
    const result = checkBrand({ brandDir: 'brands/acme/', yamlText: goodWith('accent: "#a33b0c"', 'accent: "#ggg"'), files: filesUnder(projectRoot, GOOD), known });
    expect(result.problems.map(formatProblem)).toEqual([
      'brands/acme/brand.yaml:7: identity.logo.light: "logo.svg" does not exist; add brands/acme/logo.svg or fix the path',
      'brands/acme/brand.yaml:10: colors.accent: "#ggg" is not a colour; use a CSS colour such as "#0b5cad"',
    ]);
  });
});

describe('checkBrand: hostile logo files', () => {
  // Each attack is a logo.svg or logo.png written into a temp copy of the good brand.
  const root = mkdtempSync(join(tmpdir(), 'touchline-hostile-logo-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const dir = 'brands/hostile';
  const L = `${dir}/brand.yaml:7: identity.logo.light`;
  const origin = "; an SVG opened on its own runs on the site's origin, where people's answers are kept";
  const svg = (inner: string, attrs = '') => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"${attrs}>${inner}</svg>`;
  const write = (name: string, content: string | Uint8Array) => {
    rmSync(join(root, dir), { recursive: true, force: true });
    mkdirSync(join(root, dir), { recursive: true });
    writeFileSync(join(root, dir, name), content);
  };
  const checkWith = (name: string) => lines(dir, goodWith('light: logo.svg', `light: ${name}`), root);

  it.each([
    ['a script', svg('<script>alert(document.domain)</script>'), `"logo.svg" contains <script>, which runs script; remove it${origin}`],
    ['a foreignObject', svg('<foreignObject><body xmlns="http://www.w3.org/1999/xhtml"><img src="x"/></body></foreignObject>'), `"logo.svg" contains <foreignObject>, which embeds HTML, which can run script; remove it${origin}`],
    ['an event handler', svg('<rect width="1" height="1"/>', ' onload="alert(1)"'), `"logo.svg" has an event handler (onload on <svg>), which runs script; remove it${origin}`],
    ['an external image', svg('<image href="https://evil.example/track.png"/>'), `"logo.svg" points outside itself (href="https://evil.example/track.png" on <image>); embed the image or keep only #references${origin}`],
    ['an external use', svg('<use xlink:href="https://evil.example/s.svg#a"/>', ' xmlns:xlink="http://www.w3.org/1999/xlink"'), `"logo.svg" points outside itself (xlink:href="https://evil.example/s.svg#a" on <use>); embed the image or keep only #references${origin}`],
    ['a style import', svg('<style>@import url(https://evil.example/x.css);</style>'), `"logo.svg" loads from outside itself in a <style> (@import or url(…)); keep only url(#…)${origin}`],
    ['an entity declaration', `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x "&#60;script&#62;">]>${svg('&x;')}`, `"logo.svg" declares XML entities, which can hide markup or blow up when read; remove the DOCTYPE${origin}`],
  ])('refuses an SVG with %s', (_name, content, message) => {
    write('logo.svg', content);
    expect(checkWith('logo.svg')).toContain(`${L}: ${message}`);
  });

  it('accepts an SVG with internal references, gradients and a title', () => {
    write('logo.svg', svg('<title>Acme</title><defs><linearGradient id="g"><stop offset="0" stop-color="#000"/></linearGradient></defs><rect fill="url(#g)" width="1" height="1"/><use href="#g"/>'));
    expect(checkWith('logo.svg')).toEqual([]);
  });

  it('refuses a text file named .png, and an SVG named .png, by their content', () => {
    write('logo.png', 'just some text, not an image\n');
    expect(checkWith('logo.png')).toEqual([`${L}: "logo.png" is named .png but its content is neither a PNG nor an SVG; export the image again as PNG`]);
    write('logo.png', svg(''));
    expect(checkWith('logo.png')).toEqual([`${L}: "logo.png" is named .png but its content is an SVG; export the image again as PNG or rename it .svg`]);
  });

  it('accepts a real PNG', () => {
    write('logo.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    expect(checkWith('logo.png')).toEqual([]);
  });

  it.each([
    ['a file elsewhere on the machine', () => '/etc/passwd'],
    ['a sibling folder', () => { writeFileSync(join(root, 'secret.svg'), svg('')); return '../../secret.svg'; }],
  ])('refuses a logo that is a symlink to %s', (_name, target) => {
    write('brand.yaml', '');
    symlinkSync(target(), join(root, dir, 'logo.svg'));
    expect(checkWith('logo.svg')).toEqual([`${L}: "logo.svg" is a link to a file outside ${dir}; copy the image into the brand folder instead`]);
  });
});
