// Lighthouse (mobile preset) on the home page, a guide and an assessment page of the
// smallest bench build, served locally. Lighthouse drives Debian's Chromium.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const PAGES = [
  ['home page', '/'],
  ['guide page', '/playbook/pace/processes/'],
  ['assessment page', '/assess/pace/'],
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const CHROMIUM = ['/usr/bin/chromium', '/usr/lib/chromium/chromium'].find((path) => existsSync(path));

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function scores(url, outFile) {
  const cli = join(import.meta.dirname, '../../node_modules/lighthouse/cli/index.js');
  await run(process.execPath, [
    cli, url, '--quiet', '--form-factor=mobile', `--only-categories=${CATEGORIES.join(',')}`, '--output=json', `--output-path=${outFile}`,
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
  ], { env: { ...process.env, CHROME_PATH: CHROMIUM }, timeout: 180_000 });
  const report = JSON.parse(await readFile(outFile, 'utf8'));
  await rm(outFile);
  return Object.fromEntries(CATEGORIES.map((category) => [category, Math.round(report.categories[category].score * 100)]));
}

export async function lighthouse(ctx) {
  const build = ctx.runs.get(ctx.smallest);
  const notes = [];
  const values = Object.fromEntries(PAGES.map(([name]) => [name, {}]));
  if (!CHROMIUM) {
    for (const [name] of PAGES) values[name][ctx.smallest] = 'no Chromium (apt-get install chromium)';
  } else if (!build?.build.ok) {
    for (const [name] of PAGES) values[name][ctx.smallest] = 'build failed';
  } else {
    const { preview } = await import('astro');
    const port = await freePort();
    const server = await preview({ root: build.siteDir, logLevel: 'error', server: { host: '127.0.0.1', port } });
    try {
      for (const [name, path] of PAGES) {
        try {
          const result = await scores(`http://127.0.0.1:${port}${path}`, join(build.siteDir, 'lighthouse.json'));
          values[name][ctx.smallest] = Math.min(...Object.values(result));
          notes.push(`Lighthouse mobile, ${name} (${path}) at N=${ctx.smallest}: ${CATEGORIES.map((c) => `${c} ${result[c]}`).join(', ')}.`);
        } catch (error) {
          values[name][ctx.smallest] = `error: ${String(error.message).split('\n')[0]}`;
        }
      }
    } finally {
      await server.stop();
    }
  }
  return {
    title: 'Lighthouse',
    notes,
    rows: PAGES.map(([name]) => ({
      metric: `Lighthouse mobile, ${name}: lowest of the four scores`,
      values: values[name],
      format: (score) => String(score),
      target: { label: '100 in all four', test: (score) => score === 100, at: [ctx.smallest] },
    })),
  };
}
