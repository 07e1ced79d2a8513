// Scaffolds a new brand folder from the example: npm run brand:new -- <name>
import { existsSync } from 'node:fs';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const name = process.argv[2];
const root = join(import.meta.dirname, '..');
if (!name || !/^[a-z0-9][a-z0-9-]*$/.test(name)) {
  console.error('Give the new brand a name in lower-case letters, digits and hyphens: npm run brand:new -- acme');
  process.exit(2);
}
const target = join(root, 'brands', name);
if (existsSync(target)) {
  console.error(`brands/${name} already exists; pick another name or edit that folder.`);
  process.exit(1);
}
await cp(join(root, 'brands/example'), target, { recursive: true });
const file = join(target, 'brand.yaml');
const text = (await readFile(file, 'utf8')).replace('basePath: /cx/', `basePath: /${name}/`);
await writeFile(file, `# Brand "${name}", copied from brands/example: change every value below to the client's.\n${text}`);
console.log(`Created brands/${name}/. Next:
  1. Edit brands/${name}/brand.yaml (name, logo, colours, contact, modules, deployment).
  2. Replace brands/${name}/logo.svg and logo-dark.svg with the client's logo (SVG or PNG, at most 200 KiB).
  3. Preview while you edit:  npm run dev -- --brand ${name}
  4. Build it:                npm run build -- --brand ${name}`);
