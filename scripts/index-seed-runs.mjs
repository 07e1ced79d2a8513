// Turns the source articles in ../shared/seeds into fingerprints of every 12-word run,
// so the copy test can run on any clone without the articles themselves in the repo.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { hashRun, wordRuns } from '../src/lib/copycheck/word-runs.ts';

const seedsDir = process.argv[2] ?? join(import.meta.dirname, '../../shared/seeds');
const outFile = join(import.meta.dirname, '../tests/copycheck/seed-runs.txt');

const files = (await readdir(seedsDir)).filter((name) => name.endsWith('.txt')).sort();
if (files.length === 0) throw new Error(`No .txt articles found in ${seedsDir}`);
const hashes = new Set();
for (const name of files) {
  for (const run of wordRuns(await readFile(join(seedsDir, name), 'utf8'))) hashes.add(hashRun(run));
}
await writeFile(outFile, [...hashes].sort().join('\n') + '\n');
console.log(`${hashes.size} run fingerprints from ${files.length} articles → ${outFile}`);
