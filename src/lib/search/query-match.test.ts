import { describe, expect, it } from 'vitest';
import { comparable, foundEveryTerm, queryTerms, wordsAt } from './query-match.ts';

describe('foundEveryTerm', () => {
  it.each([
    ['asdfgh', ['as', 'assess', 'As'], false],
    ['zzzxq', ['Z.'], false],
    ['custmer', ['C:'], false],
    ['customers', ['customer', 'customer-centricity'], true],
    ['installa', ['installing'], true],
    ['custmoer', ['customer'], true],
    ['NPS', ['NPS.'], true],
    ['nps', ['(NPS)'], true],
    ['cx', ['CX,'], true],
    ['Détracteur', ['detractors'], true],
    ['journey map', ['journey', 'maps'], true],
    ['journey asdfgh', ['journey', 'as'], false],
  ])('%s matched on %o: %s', (query, words, expected) => {
    expect(foundEveryTerm(query, words)).toBe(expected);
  });

  it('finds nothing in a page with no matched words', () => {
    expect(foundEveryTerm('journey', [])).toBe(false);
  });
});

describe('queryTerms and comparable', () => {
  it('splits on white space and drops punctuation, case and accents', () => {
    expect(queryTerms('  Net  Promoter, Café ')).toEqual(['net', 'promoter', 'cafe']);
    expect(comparable('“Over-index”')).toBe('overindex');
  });
});

describe('wordsAt', () => {
  it('reads the words at Pagefind locations, which count white-space separated words', () => {
    expect(wordsAt('Promoters,  passives and\ndetractors.', [0, 3, 9])).toEqual(['Promoters,', 'detractors.', '']);
  });
});
