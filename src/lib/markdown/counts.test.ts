import { describe, expect, it } from 'vitest';
import { countPhrase, fillCounts } from './counts.ts';

describe('fillCounts', () => {
  it('writes the counts of the full site in words', () => {
    expect(fillCounts('The playbook has {{parts}}. {{Assessments}} let you score it; try all {{assessments}}.', { parts: 7, assessments: 5 })).toBe(
      'The playbook has seven parts. Five assessments let you score it; try all five assessments.',
    );
  });

  it('follows a brand that keeps fewer, in the singular for one', () => {
    expect(fillCounts('{{Parts}} and {{assessments}}', { parts: 3, assessments: 1 })).toBe('Three parts and one assessment');
  });

  it('leaves other braces alone', () => {
    expect(fillCounts('{{sources}} and {parts}', { parts: 3, assessments: 1 })).toBe('{{sources}} and {parts}');
  });

  it('writes large counts in figures', () => {
    expect(countPhrase(14, 'assessment')).toBe('14 assessments');
  });
});

describe('counting phrases in translated guides', () => {
  it.each([
    [8, 'part', 'de', 'acht Teile'],
    [1, 'part', 'de', 'einen Teil'],
    [5, 'assessment', 'de', 'fünf Selbsteinschätzungen'],
    [1, 'assessment', 'pl', 'jedną samoocenę'],
    [3, 'assessment', 'pl', 'trzy samooceny'],
    [5, 'assessment', 'pl', 'pięć samoocen'],
    [8, 'part', 'pl', 'osiem części'],
    [22, 'assessment', 'pl', '22 samooceny'],
    [25, 'assessment', 'pl', '25 samoocen'],
  ] as const)('%i %s in %s: %s', (count, noun, locale, expected) => {
    expect(countPhrase(count, noun, locale)).toBe(expected);
  });

  it('capitalises a placeholder that opens a German sentence', () => {
    expect(fillCounts('{{Assessments}} helfen Ihnen.', { parts: 8, assessments: 5 }, 'de')).toBe('Fünf Selbsteinschätzungen helfen Ihnen.');
  });
});
