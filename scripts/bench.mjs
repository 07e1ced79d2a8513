// npm run bench [-- --sizes 50,500] [--ref <commit>] [--strict] [--only team]
//
// Builds copies of the site with N generated guide pages added, cold, and measures build
// time, memory and what a page makes the browser load; prints a markdown table and writes
// bench/results.md. The measurements are the sections in scripts/bench/sections.mjs.

import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { logTail, repeatedColdBuild } from './bench/build.mjs';
import { machineFacts, markdownTable, resultsMarkdown, verdict } from './bench/report.mjs';
import { sections } from './bench/sections.mjs';
import { FIXED_PAGE, PAGES_PER_PART, prepareSite } from './bench/site.mjs';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const workDir = join(repoRoot, 'bench/.work');

const { values: options } = parseArgs({
  options: {
    sizes: { type: 'string', default: '50,500' },
    // Bench a commit (git archive) instead of the working tree, e.g. while src/ is mid-edit.
    ref: { type: 'string' },
    // Exit 1 when a target fails, for CI.
    strict: { type: 'boolean', default: false },
    // Cold builds per size: the machine's speed drifts by a fifth from minute to minute, so
    // one build says little; the table reports the median and every run.
    runs: { type: 'string', default: '3' },
    // Only the sections whose name starts with this (e.g. "team"), on the smallest size, one
    // build unless --runs says otherwise; prints the table and leaves bench/results.md alone.
    only: { type: 'string' },
  },
});
const chosenSections = options.only ? sections.filter((section) => section.name.toLowerCase().startsWith(options.only.toLowerCase())) : sections;
if (chosenSections.length === 0) {
  console.error(`--only: no section starts with "${options.only}"; there are ${sections.map((section) => section.name).join(', ')}`);
  process.exit(2);
}
const partial = options.only !== undefined;
if (partial && !process.argv.includes('--sizes')) options.sizes = options.sizes.split(',')[0];
if (partial && !process.argv.includes('--runs')) options.runs = '1';
const sizes = options.sizes.split(',').map(Number).sort((a, b) => a - b);
if (sizes.some((n) => !Number.isInteger(n) || n <= 0 || n % PAGES_PER_PART !== 0)) {
  console.error(`--sizes: give whole multiples of ${PAGES_PER_PART}, e.g. 50,500`);
  process.exit(2);
}

const buildRuns = Number(options.runs);
if (!Number.isInteger(buildRuns) || buildRuns < 1) {
  console.error('--runs: give a whole number of cold builds per size, e.g. 3');
  process.exit(2);
}

const runs = new Map();
for (const n of sizes) {
  const failed = [...runs.values()].find((run) => !run.build.ok);
  if (failed) {
    // The same source fails the same way at a larger N; save the minute.
    console.error(`bench: N=${n}: skipped, the N=${failed.n} build failed`);
    runs.set(n, { n, partCount: n / PAGES_PER_PART, realPageCount: failed.realPageCount, build: { ok: false, skipped: true } });
    continue;
  }
  console.error(`bench: N=${n}: writing bench/.work/site-${n}/ from ${options.ref ? `commit ${options.ref}` : 'the working tree'} …`);
  const site = await prepareSite(repoRoot, workDir, n, options.ref);
  // At the largest N, the English-only build first (the three languages' cost is measured
  // against it), so the site left in dist/ is the default one every other section measures.
  const englishOnly =
    n === sizes.at(-1)
      ? await repeatedColdBuild(site.siteDir, buildRuns, (run, ms) => console.error(`bench: N=${n}: English-only cold build ${run}/${buildRuns} ${ms === undefined ? '…' : `took ${(ms / 1000).toFixed(2)} s`}`), { TOUCHLINE_LOCALES: 'en' })
      : undefined;
  const build = await repeatedColdBuild(site.siteDir, buildRuns, (run, ms) => console.error(`bench: N=${n}: cold build ${run}/${buildRuns} ${ms === undefined ? '…' : `took ${(ms / 1000).toFixed(2)} s`}`));
  if (build.ok) {
    console.error(`bench: N=${n}: median of ${buildRuns}: ${(build.wallMs / 1000).toFixed(2)} s`);
  } else {
    console.error(`bench: N=${n}: build failed (exit ${build.code}); log: ${build.logPath}\n${await logTail(build.logPath)}`);
  }
  runs.set(n, { n, ...site, partCount: n / PAGES_PER_PART, build, englishOnly });
}

const source = options.ref ? `commit ${execFileSync('git', ['rev-parse', '--short', options.ref], { cwd: repoRoot }).toString().trim()}` : 'the working tree';
const ctx = { sizes, runs, smallest: sizes[0], largest: sizes.at(-1), fixedPage: FIXED_PAGE, cache: new Map() };
const results = [];
for (const section of chosenSections) results.push(await section(ctx));

const table = markdownTable(results, sizes);
console.log(`\n${table}\n`);
if (partial) {
  console.error('bench: --only: bench/results.md left as it was (it holds whole runs only)');
} else {
  await mkdir(join(repoRoot, 'bench'), { recursive: true });
  await writeFile(
    join(repoRoot, 'bench/results.md'),
    resultsMarkdown({ facts: machineFacts(repoRoot), results, sizes, runs, fixedPage: FIXED_PAGE, source, command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}` }),
  );
  console.error('bench: wrote bench/results.md');
}

const missed = results.flatMap((section) => section.rows).filter((row) => ['FAIL', 'n/a'].includes(verdict(row, sizes)));
for (const row of missed) console.error(`bench: ${verdict(row, sizes)}: ${row.metric} (target ${row.target.label})`);
const buildFailed = [...runs.values()].some((run) => !run.build.ok);
if (buildFailed || (options.strict && missed.length > 0)) process.exitCode = 1;
