import { createHash } from 'node:crypto';

/** How many consecutive words make a run that counts as copied. */
export const RUN_LENGTH = 12;

/**
 * Normalises text so that copying cannot hide behind typography: NFKC, lower case,
 * every character that is not a letter or digit becomes a space, spaces collapse.
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’'‘]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Every run of `length` consecutive words in the text, in order, overlapping. */
export function wordRuns(text: string, length = RUN_LENGTH): string[] {
  const words = normaliseText(text).split(' ').filter(Boolean);
  const runs: string[] = [];
  for (let start = 0; start + length <= words.length; start++) {
    runs.push(words.slice(start, start + length).join(' '));
  }
  return runs;
}

/** A short, stable fingerprint of a run, so the source text itself need not be stored. */
export function hashRun(run: string): string {
  return createHash('sha256').update(run).digest('hex').slice(0, 16);
}

/** The runs of `text` whose fingerprints appear in `seedHashes`. */
export function copiedRuns(text: string, seedHashes: ReadonlySet<string>, length = RUN_LENGTH): string[] {
  return wordRuns(text, length).filter((run) => seedHashes.has(hashRun(run)));
}
