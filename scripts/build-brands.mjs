// Builds every brand folder into dist-brands/<name>/, each with its own site URL and base
// path, then prints a summary table. A brand that fails is reported and the rest still build.
//   npm run build:brands                          # the folders in brands/
//   npm run build:brands -- --dir ../clients      # the folders in a folder anywhere
//   npm run build:brands -- --dir ../clients --out ../sites
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const root = join(import.meta.dirname, '..');
// npm runs scripts in the project folder; paths the person typed are relative to where they typed them.
const typedIn = process.env.INIT_CWD ?? process.cwd();
const { values } = parseArgs({ options: { dir: { type: 'string' }, out: { type: 'string' } }, strict: false });
const brandsDir = typeof values.dir === 'string' ? resolve(typedIn, values.dir) : join(root, process.env.TOUCHLINE_BRANDS_DIR ?? 'brands');
const outRoot = typeof values.out === 'string' ? resolve(typedIn, values.out) : join(root, 'dist-brands');

async function folderStats(dir) {
  let pages = 0;
  let bytes = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
    if (entry.name.endsWith('.html') && !entry.parentPath.includes('pagefind')) pages++;
  }
  return { pages, bytes };
}

function build(name, out) {
  return new Promise((resolve) => {
    // By path, so a folder of client brands can live anywhere.
    const child = spawn(process.execPath, [join(root, 'scripts/site.mjs'), 'build', '--brand', join(brandsDir, name), '--out', out], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => resolve({ ok: code === 0, output }));
  });
}

const names = (await readdir(brandsDir, { withFileTypes: true }))
  .filter((entry) => entry.isDirectory() && existsSync(join(brandsDir, entry.name, 'brand.yaml')))
  .map((entry) => entry.name)
  .sort();
if (names.length === 0) {
  console.error(`No brands found in ${brandsDir}: each brand is a folder there with a brand.yaml (npm run brand:new -- <name>).`);
  process.exit(1);
}

const rows = [];
for (const [i, name] of names.entries()) {
  const out = join(outRoot, name);
  process.stdout.write(`[${i + 1}/${names.length}] ${name}: building… `);
  const started = performance.now();
  const { ok, output } = await build(name, out);
  const seconds = (performance.now() - started) / 1000;
  if (ok) {
    const { pages, bytes } = await folderStats(out);
    rows.push({ name, status: 'built', pages, size: `${(bytes / 1024 / 1024).toFixed(1)} MiB`, time: `${seconds.toFixed(1)} s` });
    console.log(`done in ${seconds.toFixed(1)} s → ${out}/`);
  } else {
    rows.push({ name, status: 'FAILED', pages: '–', size: '–', time: `${seconds.toFixed(1)} s` });
    console.log('failed:');
    console.log(output.split('\n').filter((line) => /problem|brands\/|Error|error/.test(line)).map((line) => `    ${line.trim()}`).join('\n'));
  }
}

console.log('\n| brand | status | pages | size | time |\n| --- | --- | ---: | ---: | ---: |');
for (const row of rows) console.log(`| ${row.name} | ${row.status} | ${row.pages} | ${row.size} | ${row.time} |`);
process.exit(rows.every((row) => row.status === 'built') ? 0 : 1);
