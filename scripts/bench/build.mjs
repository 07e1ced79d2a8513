import { spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { readdir, readFile, rename, rm } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';

const GNU_TIME = '/usr/bin/time';

/** Every process below `root` (inclusive), found by scanning /proc for parent links. */
async function processTree(root) {
  const parents = new Map();
  for (const entry of await readdir('/proc').catch(() => [])) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    // The command name may hold spaces and parentheses; fields resume after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.length > 1) parents.set(Number(entry), Number(fields[1]));
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i += 1) {
    for (const [pid, ppid] of parents) if (ppid === tree[i]) tree.push(pid);
  }
  return tree;
}

async function statusKiB(pid, field) {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const match = status.match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
  return match ? Number(match[1]) : 0;
}

/**
 * Samples the child's process tree: the sum of current RSS (what the machine must hold at
 * once) and each process's own high-water mark (a fallback when GNU time is missing).
 */
function sampleMemory(rootPid, intervalMs = 100) {
  let treePeakKiB = 0;
  let largestHwmKiB = 0;
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      let sum = 0;
      for (const pid of await processTree(rootPid)) {
        sum += await statusKiB(pid, 'VmRSS');
        largestHwmKiB = Math.max(largestHwmKiB, await statusKiB(pid, 'VmHWM'));
      }
      treePeakKiB = Math.max(treePeakKiB, sum);
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  })();
  return async () => {
    stopped = true;
    await loop;
    return { treePeakBytes: treePeakKiB * 1024, largestHwmBytes: largestHwmKiB * 1024 };
  };
}

/**
 * A cold `astro build` in siteDir (no .astro, no dist, no content cache) under this
 * process's Node. Returns wall time, peak RSS and where the log went.
 */
export async function coldBuild(site, extraEnv = {}) {
  const siteDir = resolve(site);
  for (const dir of ['.astro', 'dist', 'node_modules/.astro', 'node_modules/.vite', 'build.log', 'build.time']) {
    await rm(join(siteDir, dir), { recursive: true, force: true });
  }
  const logPath = join(siteDir, 'build.log');
  const timePath = join(siteDir, 'build.time');
  const useTime = existsSync(GNU_TIME);
  // The project's own build command (scripts/site.mjs), so the bench measures what users run.
  const astro = [process.execPath, 'scripts/site.mjs', 'build'];
  const [command, ...args] = useTime ? [GNU_TIME, '-v', '-o', timePath, ...astro] : astro;

  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  // Measure the default deployment, whatever the caller's shell exports.
  delete env.TOUCHLINE_BASE_PATH;
  delete env.TOUCHLINE_SITE_URL;
  delete env.TOUCHLINE_LOCALES;
  Object.assign(env, extraEnv);

  // Other work on the machine skews the timing; the report shows how busy it was.
  const loadBefore = loadavg()[0];
  const log = createWriteStream(logPath);
  const started = process.hrtime.bigint();
  const child = spawn(command, args, { cwd: siteDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  const stopSampling = sampleMemory(child.pid);
  const code = await new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const memory = await stopSampling();
  await new Promise((resolve) => log.end(resolve));

  let peakRssBytes = memory.largestHwmBytes;
  let peakRssFrom = 'largest VmHWM sampled from /proc';
  if (useTime) {
    const report = await readFile(timePath, 'utf8').catch(() => '');
    const match = report.match(/Maximum resident set size \(kbytes\): (\d+)/);
    if (match) {
      peakRssBytes = Number(match[1]) * 1024;
      peakRssFrom = 'GNU time -v (largest process)';
    }
  }
  return { ok: code === 0, code, loadBefore, wallMs, peakRssBytes, peakRssFrom, treePeakRssBytes: memory.treePeakBytes, logPath };
}

/**
 * `count` cold builds, one after another. The result is the median-time build (its log
 * and phase lines), with every run's wall time and load average, and the largest peak RSS.
 * A failed build stops the series.
 */
export async function repeatedColdBuild(site, count, progress = () => {}, extraEnv = {}) {
  const builds = [];
  for (let run = 1; run <= count; run += 1) {
    progress(run);
    const build = await coldBuild(site, extraEnv);
    if (!build.ok) return build;
    progress(run, build.wallMs);
    // Keep each run's log: the next cold build starts by deleting build.log.
    const logPath = `${build.logPath.replace(/\.log$/, '')}-${run}.log`;
    await rename(build.logPath, logPath);
    builds.push({ ...build, logPath });
  }
  const sorted = [...builds].sort((a, b) => a.wallMs - b.wallMs);
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  return {
    ...median,
    peakRssBytes: Math.max(...builds.map((build) => build.peakRssBytes)),
    treePeakRssBytes: Math.max(...builds.map((build) => build.treePeakRssBytes)),
    runs: builds.map((build) => ({ wallMs: build.wallMs, loadBefore: build.loadBefore })),
  };
}

/** The lines where Astro, Vite and the integrations report how long a phase took. */
export async function phaseLines(logPath) {
  const text = await readFile(logPath, 'utf8').catch(() => '');
  const plain = text.replace(/\x1b\[[0-9;]*m/g, '');
  return plain.split('\n').filter((line) => /Generated \d|built in|Completed in|indexed \d+ pages/.test(line)).map((line) => line.trim());
}

/** The last lines of a build log, for a failure message. */
export async function logTail(logPath, lines = 30) {
  const text = await readFile(logPath, 'utf8').catch(() => '');
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}
