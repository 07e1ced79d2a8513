import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Serves the built site (dist/) on 127.0.0.1 for the browser tests. */
export default async function setup(project: TestProject) {
  const root = join(import.meta.dirname, '../..');
  if (!existsSync(join(root, 'dist/index.html'))) throw new Error('dist/ is missing: run "npm run build" first (npm test does this for you).');
  const port = await freePort();
  const server = await preview({ root, logLevel: 'warn', server: { host: '127.0.0.1', port } });
  const base = process.env.TOUCHLINE_BASE_PATH ?? '/';
  project.provide('siteUrl', `http://127.0.0.1:${port}${base.endsWith('/') ? base : `${base}/`}`);
  return async () => server.stop();
}
