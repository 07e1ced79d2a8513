// Quick check for writers: reports any 12-word run of a playbook source file that also
// appears in a source article. Quotations (<q>, <blockquote>, "> " lines) are left out.
// The authoritative test runs on the built HTML (tests/copycheck/built-pages.test.ts).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { copiedRuns } from '../src/lib/copycheck/word-runs.ts';

const seedHashes = new Set(
  (await readFile(join(import.meta.dirname, '../tests/copycheck/seed-runs.txt'), 'utf8')).split('\n').filter(Boolean),
);

function withoutQuotations(source) {
  return source
    .replace(/^---[\s\S]*?\n---/, '')
    .replace(/<blockquote[\s\S]*?<\/blockquote>/g, ' ')
    .replace(/<q[\s>][\s\S]*?<\/q>/g, ' ')
    .replace(/^>.*$/gm, ' ');
}

let problems = 0;
for (const file of process.argv.slice(2)) {
  const runs = copiedRuns(withoutQuotations(await readFile(file, 'utf8')), seedHashes);
  for (const run of runs) console.log(`${file}: copied run "${run}"`);
  problems += runs.length;
}
console.log(problems === 0 ? 'No copied runs.' : `${problems} copied runs: rewrite them in your own words or mark a short quotation of a named person with <q> and credit it.`);
process.exit(problems === 0 ? 0 : 1);
