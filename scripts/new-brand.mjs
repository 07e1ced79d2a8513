// Scaffolds a new brand folder from the example:
//   npm run brand:new -- <name>                    # brands/<name>/ in this project
//   npm run brand:new -- <name> --dir ../clients   # ../clients/<name>/, a folder of your own
import { existsSync } from 'node:fs';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { dir: { type: 'string' } }, strict: false });
const name = positionals[0];
const root = join(import.meta.dirname, '..');
// npm runs scripts in the project folder; a path the person typed is relative to where they typed it.
const typedIn = process.env.INIT_CWD ?? process.cwd();
if (!name || !/^[a-z0-9][a-z0-9-]*$/.test(name)) {
  console.error('Give the new brand a name in lower-case letters, digits and hyphens: npm run brand:new -- acme');
  process.exit(2);
}
const target = typeof values.dir === 'string' ? resolve(typedIn, values.dir, name) : join(root, 'brands', name);
const shown = relative(typedIn, target) || '.';
const brandArg = typeof values.dir === 'string' ? target : name;
if (existsSync(target)) {
  console.error(`${shown} already exists; pick another name or edit that folder.`);
  process.exit(1);
}
await cp(join(root, 'brands/example'), target, { recursive: true });
const file = join(target, 'brand.yaml');
const text = (await readFile(file, 'utf8')).replace('basePath: /cx/', `basePath: /${name}/`);
await writeFile(file, `# Brand "${name}", copied from brands/example: change every value below to the client's.\n${text}`);
console.log(`Created ${shown}/. Next:
  1. Edit ${shown}/brand.yaml (name, logo, colours, contact, modules, deployment).
  2. Replace ${shown}/logo.svg and logo-dark.svg with the client's logo (SVG or PNG, at most 200 KiB).
  3. Preview while you edit:  npm run dev -- --brand ${brandArg}
  4. Build it:                npm run build -- --brand ${brandArg}`);
