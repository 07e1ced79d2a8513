// Measurements of the results library and the results page: share codes in Node, a large
// CSV import in Chromium against a built site. Both use the bench's copy of the project
// (bench/.work/site-<N>/), so `--ref` measures that commit's code.

import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { seededRandom } from '../../src/lib/random/seeded-random.ts';
import { watchLongTasks } from './long-tasks.mjs';

/** The project's own modules, from a bench copy; Node runs the TypeScript as it is. */
async function siteModules(siteDir) {
  const load = (path) => import(pathToFileURL(join(siteDir, path)).href);
  const [schema, shareCode, csv, definitions, version] = await Promise.all([
    load('src/lib/schema/assessment.ts'),
    load('src/lib/results/share-code.ts'),
    load('src/lib/results/csv.ts'),
    load('src/lib/results/definitions.ts'),
    load('src/lib/results/version.ts'),
  ]);
  const pace = schema.assessmentSchema.parse(parseYaml(await readFile(join(siteDir, 'src/content/assessments/pace.yaml'), 'utf8')));
  return { pace, ...shareCode, ...csv, ...definitions, ...version };
}

/** `count` PACE results with varied answers (some n/a, some unanswered), roles and times. */
function paceResults(modules, count, seed = 1) {
  const next = seededRandom(seed);
  const ranges = modules.answerRanges(modules.pace);
  const version = modules.assessmentVersion(modules.pace);
  const roles = [null, 'leader', 'manager', 'front-line'];
  return Array.from({ length: count }, (_, i) => {
    const answers = {};
    for (const range of ranges) {
      const roll = next();
      if (roll < 0.05) continue;
      answers[range.itemId] = roll < 0.12 ? null : range.min + Math.floor(next() * (range.max - range.min + 1));
    }
    return {
      format: 1,
      id: `bench-${String(i).padStart(6, '0')}`,
      assessment: 'pace',
      version,
      takenAt: new Date(Date.UTC(2020, 0, 1) + Math.floor(next() * 5 * 365 * 86400) * 1000).toISOString(),
      role: roles[Math.floor(next() * roles.length)],
      answers,
    };
  });
}

/** Encode + decode per PACE result, over `count` results after a warm-up; also the longest code. */
export async function measureShareCodes(siteDir, count = 10_000) {
  const modules = await siteModules(siteDir);
  const definitions = { pace: modules.pace };
  const results = paceResults(modules, count);
  const roundTrip = (result) => {
    const code = modules.encodeShareCode(result, modules.pace);
    const decoded = modules.decodeShareCode(code, definitions);
    if (!decoded.ok) throw new Error(`a valid result did not decode: ${decoded.error.message}`);
    return code.length;
  };
  // Warm up the JIT on other results, so the timed pass measures steady-state speed.
  for (const result of paceResults(modules, 2000, 2)) roundTrip(result);
  let longest = 0;
  const started = process.hrtime.bigint();
  for (const result of results) longest = Math.max(longest, roundTrip(result));
  const elapsedNs = Number(process.hrtime.bigint() - started);
  return { microsecondsPerResult: elapsedNs / 1000 / count, longest };
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.wasm': 'application/wasm' };

/** Serves a built site on 127.0.0.1 (a free port), as a static host would. */
async function serve(distDir) {
  const server = createServer(async (request, response) => {
    try {
      let file = normalize(join(distDir, decodeURIComponent(new URL(request.url, 'http://bench.invalid').pathname)));
      if (!file.startsWith(distDir)) throw new Error('outside the site');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

// The same Chromium the browser tests use (tests/e2e/browser.ts), found the same way.
const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/lib/chromium/chromium', '/usr/bin/chromium-browser'].find((path) => path && existsSync(path));

/**
 * Imports a `rows`-row CSV on the built /results/ page, `runs` times in fresh browser
 * contexts, and returns the import times the page itself measured (the `tl-import`
 * performance measure: from the file chosen to the report shown and the list redrawn).
 */
export async function measureCsvImport(siteDir, distDir, rows = 5000, runs = 3) {
  if (!CHROMIUM) throw new Error('no Chromium (install Debian\'s "chromium" or set CHROMIUM_PATH)');
  const modules = await siteModules(siteDir);
  const csv = Buffer.from(modules.resultsToCsv(paceResults(modules, rows, 3), modules.pace));
  const { chromium } = await import('playwright-core');
  const site = await serve(distDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const times = [];
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${site.url}/results/`);
      await page.waitForFunction(() => document.querySelector('tl-result-drop')?.matches(':defined'));
      await page.locator('tl-result-drop input[type="file"]').setInputFiles({ name: 'bench.csv', mimeType: 'text/csv', buffer: csv });
      await page.locator('tl-result-drop[data-reports="1"]').waitFor({ state: 'attached', timeout: 60_000 });
      const summary = (await page.locator('.result-drop-summary').textContent()) ?? '';
      if (!summary.startsWith(`Added ${rows.toLocaleString('en-US')} results`)) throw new Error(`unexpected import report: ${summary}`);
      times.push(await page.evaluate(() => performance.getEntriesByName('tl-import')[0].duration));
      await context.close();
    }
    return { times, bytes: csv.length };
  } finally {
    await browser.close();
    await site.close();
  }
}

/**
 * A `rows`-row CSV chosen on the built /results/ page (from disk, as a person picks it), in
 * Chromium: the longest main-thread task from the choice to the report shown (the intake
 * worker reads and merges; the page only writes and draws), the wall time, and the report's
 * first sentence (a list this large does not fit in localStorage, and the report says so).
 */
export async function measureMyResultsLongTask(siteDir, distDir, rows = 100_000) {
  if (!CHROMIUM) throw new Error('no Chromium (install Debian\'s "chromium" or set CHROMIUM_PATH)');
  const modules = await siteModules(siteDir);
  const { mkdtemp, writeFile, rm } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const dir = await mkdtemp(join(tmpdir(), 'touchline-bench-'));
  const file = join(dir, 'results.csv');
  await writeFile(file, modules.resultsToCsv(paceResults(modules, rows, 4), modules.pace));
  const { chromium } = await import('playwright-core');
  const site = await serve(distDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const page = await browser.newPage();
    await page.goto(`${site.url}/results/`);
    await page.waitForFunction(() => document.querySelector('tl-result-drop')?.matches(':defined'));
    const longTasks = await watchLongTasks(page);
    const started = performance.now();
    await page.locator('tl-result-drop input[type="file"]').setInputFiles(file);
    await page.locator('tl-result-drop[data-reports="1"]').waitFor({ state: 'attached', timeout: 600_000 });
    const wall = performance.now() - started;
    // Long tasks are reported after they end; give the last one time to arrive.
    await page.waitForTimeout(300);
    const longest = await longTasks.longest();
    const summary = (await page.locator('.result-drop-summary').textContent()) ?? '';
    const problem = (await page.locator('.result-drop-sources li li').first().textContent({ timeout: 1000 }).catch(() => '')) ?? '';
    return { longest, wall, summary, problem, bytes: (await stat(file)).size };
  } finally {
    await browser.close();
    await site.close();
    await rm(dir, { recursive: true, force: true });
  }
}
