import { describe, expect, it } from 'vitest';
import { copiedRuns, hashRun, normaliseText, wordRuns } from './word-runs.ts';

describe('normaliseText', () => {
  it.each([
    ['Curly “quotes” and — dashes', 'curly quotes and dashes'],
    ['Don’t  STOP', 'dont stop'],
    ['ﬁne ligature', 'fine ligature'],
    ['cross-functional, 63%', 'cross functional 63'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });
});

describe('wordRuns', () => {
  it('returns every overlapping run of the given length', () => {
    expect(wordRuns('a b c d', 3)).toEqual(['a b c', 'b c d']);
  });
  it('returns nothing for text shorter than a run', () => {
    expect(wordRuns('a b', 3)).toEqual([]);
  });
});

describe('copiedRuns', () => {
  const seed = 'The quick brown fox jumps over the lazy dog while the cat sleeps soundly by the fire.';
  const seedHashes = new Set(wordRuns(seed).map(hashRun));
  it('finds a run copied with different punctuation and case', () => {
    const page = 'Intro. THE QUICK, BROWN FOX jumps over the lazy dog while the cat sleeps — and more.';
    expect(copiedRuns(page, seedHashes)).toEqual([
      'the quick brown fox jumps over the lazy dog while the cat',
      'quick brown fox jumps over the lazy dog while the cat sleeps',
    ]);
  });
  it('passes text written in other words', () => {
    expect(copiedRuns('A fast auburn fox leapt across a sleepy hound while a cat dozed near the hearth.', seedHashes)).toEqual([]);
  });
});
