import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../scoring/index.ts';
import { contentDefinitions } from './fixtures.ts';
import { formatChange, roundScore, scoreLine, scoreText } from './score-text.ts';
import { translatorFor } from '../scoring/test-translators.ts';

const en = translatorFor('en');

describe('scoreText and scoreLine', () => {
  const pace = contentDefinitions.pace!;
  const spectrum = contentDefinitions.spectrum!;

  it('gives the score out of 100 and its band', () => {
    const answers = Object.fromEntries(pace.dimensions.flatMap((d) => d.items.map((item) => [item.id, 4])));
    const result = scoreAssessment(pace, answers, null);
    expect(scoreText(pace, result, en)).toBe('75 out of 100');
    expect(scoreLine(pace, result, en)).toBe(`75 out of 100 · ${result.band!.label}`);
  });

  it('says when nothing could be scored, in every model', () => {
    expect(scoreLine(pace, scoreAssessment(pace, {}, null), en)).toBe('Not enough answers to score');
    expect(scoreLine(spectrum, scoreAssessment(spectrum, {}, null), en)).toBe('Not enough answers to score');
  });

  it('names the nearest position on a spectrum once, not twice', () => {
    const answers = Object.fromEntries(spectrum.dimensions.flatMap((d) => d.items.map((item) => [item.id, item.options!.findIndex((o) => o.position === 'efficiently-served')])));
    const result = scoreAssessment(spectrum, answers, null);
    expect(scoreLine(spectrum, result, en)).toBe('Efficiently served');
  });

  it('reads in German and Polish', () => {
    const answers = Object.fromEntries(pace.dimensions.flatMap((d) => d.items.map((item) => [item.id, 4])));
    const result = scoreAssessment(pace, answers, null);
    expect(scoreText(pace, result, translatorFor('de'))).toBe('75 von 100');
    expect(scoreText(pace, result, translatorFor('pl'))).toBe('75 na 100');
    expect(scoreLine(pace, scoreAssessment(pace, {}, null), translatorFor('pl'))).toBe('Za mało odpowiedzi, by wystawić wynik');
  });

  it.each([[null, '–'], [61.5, '62'], [0, '0']] as const)('rounds %s as %s', (score, text) => expect(roundScore(score)).toBe(text));
});

describe('formatChange', () => {
  it.each([[null, '–'], [12.6, '+13'], [-4.6, '−5'], [0.4, '0'], [-0.4, '0']] as const)('%s → %s', (change, text) => expect(formatChange(change)).toBe(text));
});
