// Builds or previews the site, neutral or for one brand:
//   node scripts/site.mjs build [--brand acme | --brand ../clients/acme] [--out dir]
//   node scripts/site.mjs dev [--brand acme]
// npm passes its arguments through: `npm run build -- --brand acme`; `BRAND=acme npm run build` works too.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { brand: { type: 'string' }, out: { type: 'string' } },
  strict: false,
});
const [command = 'build', ...rest] = positionals;
if (!['build', 'dev', 'preview'].includes(command)) {
  console.error(`Unknown command "${command}": use build, dev or preview.`);
  process.exit(2);
}

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
// npm runs scripts in the project folder; a path the person typed is relative to where they typed it.
const typedIn = process.env.INIT_CWD ?? process.cwd();
const brand = typeof values.brand === 'string' ? values.brand : process.env.BRAND;
// A name is a folder in brands/; anything with a slash (or starting with . or ~) is a path.
if (brand) env.TOUCHLINE_BRAND = /[\\/]/.test(brand) || brand.startsWith('.') ? resolve(typedIn, brand) : brand;
if (typeof values.out === 'string') env.TOUCHLINE_OUT_DIR = resolve(typedIn, values.out);

// astro/package.json does not export its bin, so find it beside the package.
const astro = join(import.meta.dirname, '../node_modules/astro/bin/astro.mjs');
const extra = command === 'build' ? [] : ['--host', '127.0.0.1', '--port', '4321'];
// A build holds every page in memory and Node would let its heap grow far past what it needs
// on a large machine; a cap keeps peak memory at 500 pages near 780 MiB rather than 900 MiB, for up to half a second more.
// TOUCHLINE_BUILD_HEAP_MB raises it for a much larger site.
const heap = command === 'build' ? [`--max-old-space-size=${Number(process.env.TOUCHLINE_BUILD_HEAP_MB) || 512}`] : [];
const child = spawn(process.execPath, [...heap, astro, command, ...extra, ...rest], { env, stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
