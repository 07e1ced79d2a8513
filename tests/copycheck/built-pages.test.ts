import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { copiedRuns } from '../../src/lib/copycheck/word-runs.ts';
import { htmlFiles } from '../e2e/built-site.ts';

const dist = join(import.meta.dirname, '../../dist');

/** The page's readable text without marked quotations, scripts or styles. */
function textOutsideQuotations(html: string): string {
  const root = parse(html, { blockTextElements: { script: false, style: false, noscript: false } });
  for (const quoted of root.querySelectorAll('q, blockquote')) quoted.remove();
  return root.querySelector('body')?.structuredText ?? '';
}

describe('every sentence of the built site is in its own words', async () => {
  const seedHashes = new Set((await readFile(join(import.meta.dirname, 'seed-runs.txt'), 'utf8')).split('\n').filter(Boolean));
  const files = await htmlFiles(dist);

  it('has built pages to check', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it.each(files.map((file) => [relative(dist, file), file]))('%s shares no 12-word run with a source article outside quotations', async (_name, file) => {
    expect(copiedRuns(textOutsideQuotations(await readFile(file, 'utf8')), seedHashes)).toEqual([]);
  });
});
