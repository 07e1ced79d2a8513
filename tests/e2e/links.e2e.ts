import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenLinksIn, htmlFiles } from './built-site.ts';

describe('the built site', () => {
  const dist = join(import.meta.dirname, '../../dist');
  it('has no internal link, script, stylesheet or image that leads nowhere', async () => {
    expect((await htmlFiles(dist)).length).toBeGreaterThan(60);
    expect(await brokenLinksIn(dist, '/')).toEqual([]);
  });
});
