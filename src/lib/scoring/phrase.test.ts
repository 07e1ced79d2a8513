import { describe, expect, it } from 'vitest';
import { phrase, wordOf } from './phrase.ts';
import { translatorFor } from './test-translators.ts';

describe('wordOf', () => {
  const en = translatorFor('en');
  const de = translatorFor('de');
  const pl = translatorFor('pl');

  it('gives the assessment’s own words as they are', () => {
    expect(wordOf(en, 'Established')).toBe('Established');
  });

  it('joins lists the language’s way', () => {
    const covers = (missing: string[]) => phrase('result.answerMore', { count: missing.length, missing });
    expect(wordOf(en, covers(['A', 'B', 'C']))).toMatch(/^To include A, B and C, answer/);
    expect(wordOf(de, covers(['A', 'B']))).toMatch(/^Um A und B einzubeziehen/);
    expect(wordOf(pl, covers(['A', 'B']))).toMatch(/^Aby uwzględnić obszary A i B,/);
  });

  it('writes small counts in words and picks the plural form, Polish 1, 2, 5', () => {
    const rest = (count: number) => wordOf(pl, phrase('result.gated.restOnIt', { count, countWord: { numberWord: count } }));
    expect([1, 2, 5].map(rest)).toEqual(['; opiera się na nim jeden kolejny element', '; opierają się na nim dwa kolejne elementy', '; opiera się na nim pięć kolejnych elementów']);
    expect(wordOf(en, phrase('result.gated.restOnIt', { count: 2, countWord: { numberWord: 2 } }))).toBe('; two later blocks rest on it');
    // Beyond the words the dictionary gives, the figure.
    expect(wordOf(en, phrase('result.gated.allInPlace', { countWord: { numberWord: 14 } }))).toBe('All 14 building blocks are in place');
  });

  it('fills a phrase inside a phrase, and numbers the locale’s way', () => {
    const blocks = phrase('result.gated.notInPlace', { inOrder: phrase('result.gated.inOrder', { count: 2 }), block: 3, title: 'T', level: 'partly', rest: '' });
    expect(wordOf(de, blocks)).toBe('Die Bausteine 1–2 sind vorhanden; Baustein 3, T, ist partly');
    expect(wordOf(de, phrase('result.benchmark.mean', { value: 5.8 }))).toBe('Mittelwert 5,8 von 10');
  });

  it('throws on a key the dictionary lacks, naming it', () => {
    expect(() => wordOf(en, phrase('result.noSuchKey'))).toThrow(/result\.noSuchKey/);
  });
});
