import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../scoring/index.ts';
import { contentDefinitions } from './fixtures.ts';
import { formatChange, roundScore, scoreLine, scoreText } from './score-text.ts';

describe('scoreText and scoreLine', () => {
  const pace = contentDefinitions.pace!;
  const spectrum = contentDefinitions.spectrum!;

  it('gives the score out of 100 and its band', () => {
    const result = scoreAssessment(pace, { pr1: 4, pr2: 4 }, null);
    expect(scoreText(result)).toBe(`${Math.round(result.overall!)} out of 100`);
    expect(scoreLine(result)).toBe(`${Math.round(result.overall!)} out of 100 · ${result.band!.label}`);
  });

  it('says when nothing could be scored', () => {
    expect(scoreLine(scoreAssessment(pace, {}, null))).toBe('Not enough answers to score');
    expect(scoreText(scoreAssessment(spectrum, {}, null))).toBe('Not enough answers');
  });

  it('names the nearest position on a spectrum', () => {
    const firstItem = spectrum.dimensions[0]!.items[0]!;
    const result = scoreAssessment(spectrum, { [firstItem.id]: 0 }, null);
    expect(scoreText(result)).toBe(result.model === 'spectrum' ? result.nearest!.title : '');
  });

  it.each([[null, '–'], [61.5, '62'], [0, '0']] as const)('rounds %s as %s', (score, text) => expect(roundScore(score)).toBe(text));
});

describe('formatChange', () => {
  it.each([[null, '–'], [12.6, '+13'], [-4.6, '−5'], [0.4, '0'], [-0.4, '0']] as const)('%s → %s', (change, text) => expect(formatChange(change)).toBe(text));
});
