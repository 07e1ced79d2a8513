import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

export const gzipBytes = (content) => gzipSync(content, { level: 9 }).length;

/** Total bytes of every file under dir (0 when it does not exist). */
export async function dirBytes(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  let total = 0;
  for (const entry of entries) if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  return total;
}

/** The dist file a root-relative URL names, or undefined for another origin. */
function fileOf(distDir, url) {
  const resolved = new URL(url, 'http://bench.invalid/');
  if (resolved.origin !== 'http://bench.invalid') return undefined;
  return join(distDir, decodeURIComponent(resolved.pathname));
}

// Static imports and re-exports load with the module; `import("…")` waits until it is called.
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[^"'`();]*?\bfrom\s*)?["'`]([^"'`]+)["'`]/g;

/** A module and every module it imports statically, as URLs (dynamic imports excluded). */
async function moduleClosure(distDir, entryUrls) {
  const seen = new Set();
  const found = [];
  const queue = [...entryUrls];
  while (queue.length > 0) {
    const url = new URL(queue.shift(), 'http://bench.invalid/').href;
    if (seen.has(url)) continue;
    seen.add(url);
    const file = fileOf(distDir, url);
    const code = file ? await readFile(file, 'utf8').catch(() => undefined) : undefined;
    // A URL that is no file in dist (another origin, or a false match of the pattern) loads nothing here.
    if (code === undefined) continue;
    found.push(url);
    for (const match of code.matchAll(STATIC_IMPORT)) {
      if (/^[./]/.test(match[1])) queue.push(new URL(match[1], url).href);
    }
  }
  return found;
}

/** Sizes of the modules at `urls` and of everything they import statically. */
export async function moduleAssets(distDir, urls) {
  const assets = [];
  for (const url of await moduleClosure(distDir, urls)) assets.push(await fileAsset(distDir, url));
  return total(assets);
}

async function fileAsset(distDir, url) {
  const file = fileOf(distDir, url);
  const content = await readFile(file);
  return { name: relative(distDir, file), raw: content.length, gzip: gzipBytes(content) };
}

function inlineAsset(name, text) {
  const content = Buffer.from(text);
  return { name, raw: content.length, gzip: gzipBytes(content) };
}

const total = (assets) => ({
  raw: assets.reduce((sum, asset) => sum + asset.raw, 0),
  gzip: assets.reduce((sum, asset) => sum + asset.gzip, 0),
  assets,
});

const EXECUTABLE = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/**
 * What a built page makes the browser load before anyone interacts: its HTML, the JS of
 * its scripts (external, modulepreloaded, their static imports, and inline) and its CSS
 * (linked stylesheets and inline styles). Each file is gzipped on its own, as it is served.
 */
export async function pageAssets(distDir, pagePath) {
  const htmlFile = join(distDir, pagePath, 'index.html');
  const html = await readFile(htmlFile);
  const pageUrl = `http://bench.invalid/${pagePath}/`.replace(/\/+$/, '/');
  const root = parse(html.toString('utf8'));

  const scriptUrls = [];
  const inlineJs = [];
  root.querySelectorAll('script').forEach((script, index) => {
    const type = (script.getAttribute('type') ?? '').toLowerCase();
    if (!EXECUTABLE.has(type)) return;
    const src = script.getAttribute('src');
    if (src) scriptUrls.push(new URL(src, pageUrl).href);
    else if (script.rawText.trim()) inlineJs.push(inlineAsset(`inline <script> #${index + 1}`, script.rawText));
  });
  for (const link of root.querySelectorAll('link[rel~=modulepreload]')) scriptUrls.push(new URL(link.getAttribute('href'), pageUrl).href);
  const js = [...(await moduleAssets(distDir, scriptUrls)).assets, ...inlineJs];

  const css = [];
  for (const link of root.querySelectorAll('link[rel~=stylesheet]')) css.push(await fileAsset(distDir, new URL(link.getAttribute('href'), pageUrl).href));
  root.querySelectorAll('style').forEach((style, index) => {
    if (style.rawText.trim()) css.push(inlineAsset(`inline <style> #${index + 1}`, style.rawText));
  });

  return { html: { raw: html.length, gzip: gzipBytes(html) }, js: total(js), css: total(css) };
}

/** Files directly in dir whose name matches and whose text matches `marker`. */
export async function filesContaining(dir, namePattern, marker) {
  const names = await readdir(dir).catch(() => []);
  const found = [];
  for (const name of names.filter((candidate) => namePattern.test(candidate)).sort()) {
    const content = await readFile(join(dir, name));
    if (marker.test(content.toString('utf8'))) found.push({ name, raw: content.length, gzip: gzipBytes(content) });
  }
  return found;
}
