import { readFileSync } from 'node:fs';
import { availableParallelism, totalmem } from 'node:os';

/** The machine the numbers came from, as label/value pairs. */
export function machineFacts(repoRoot) {
  const cpuinfo = (() => {
    try {
      return readFileSync('/proc/cpuinfo', 'utf8');
    } catch {
      return '';
    }
  })();
  const astro = JSON.parse(readFileSync(`${repoRoot}/node_modules/astro/package.json`, 'utf8')).version;
  return [
    ['Date', new Date().toISOString()],
    ['CPU', cpuinfo.match(/^model name\s*:\s*(.+)$/m)?.[1] ?? 'unknown'],
    ['Cores (nproc)', String(availableParallelism())],
    ['Memory', `${(totalmem() / 1024 ** 3).toFixed(1)} GiB`],
    ['Node', process.version],
    ['Astro', astro],
  ];
}

/** "pass", "FAIL" or "n/a" for a row; "" when it has no target. */
export function verdict(row, sizes) {
  if (!row.target) return '';
  const checked = (row.target.at ?? sizes).filter((n) => n in row.values);
  const values = checked.map((n) => row.values[n]);
  if (values.length === 0 || values.some((value) => typeof value !== 'number')) return 'n/a';
  return values.every((value) => row.target.test(value)) ? 'pass' : 'FAIL';
}

const cell = (row, n) => {
  if (!(n in row.values)) return '—';
  const value = row.values[n];
  return typeof value === 'number' ? row.format(value) : value;
};

/** The results as one markdown table: a row per metric, a column per N. */
export function markdownTable(results, sizes) {
  const header = ['Metric', ...sizes.map((n) => `N=${n}`), 'Target', 'Result'];
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`];
  for (const section of results) {
    for (const row of section.rows) {
      lines.push(`| ${[row.metric, ...sizes.map((n) => cell(row, n)), row.target?.label ?? '', verdict(row, sizes)].join(' | ')} |`);
    }
  }
  return lines.join('\n');
}

export function resultsMarkdown({ facts, results, sizes, runs, fixedPage, source, command }) {
  const targets = results.flatMap((section) => section.rows.filter((row) => row.target));
  const notes = results.flatMap((section) => section.notes ?? []);
  const pageCounts = sizes.map((n) => `N=${n}: ${n} generated pages in ${runs.get(n).partCount} parts + ${runs.get(n).realPageCount} real pages`);
  return [
    '# Bench results',
    '',
    `Written by \`${command}\` (scripts/bench.mjs); see bench/README.md. Re-run it rather than editing this file.`,
    '',
    ...facts.map(([label, value]) => `- ${label}: ${value}`),
    '',
    `Sites, built from ${source}: ${pageCounts.join('; ')}. The measured guide page is \`${fixedPage}\`, identical at every N.`,
    '',
    markdownTable(results, sizes),
    '',
    '## Targets',
    '',
    ...targets.map((row) => `- ${verdict(row, sizes)}: ${row.metric} ${row.target.label}`),
    '',
    ...(notes.length ? ['## Details', '', ...notes, ''] : []),
  ].join('\n');
}
