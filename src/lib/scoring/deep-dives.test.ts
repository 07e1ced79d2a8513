import { describe, expect, it } from 'vitest';
import type { Answers } from '../schema/saved-result.ts';
import { defineAssessment, dimension } from './fixtures.ts';
import { recommendDeepDives } from './deep-dives.ts';
import { scoreDimensions } from './models/dimensions.ts';

// agree-5: an answer of 1 scores 0, 3 scores 50, 4 scores 75, 5 scores 100. Bands 40/70/100: a theme is weak at 70 or below.
const core = defineAssessment({
  scale: 'agree-5',
  model: 'dimensions',
  dimensions: [
    { ...dimension('purpose', [{ id: 'p1', text: 'Statement p1' }]), deepDives: ['key-questions', 'audit'] },
    { ...dimension('listening', [{ id: 'l1', text: 'Statement l1' }]), deepDives: ['blocks', 'key-questions'] },
    { ...dimension('journeys', [{ id: 'j1', text: 'Statement j1' }]), deepDives: ['pace'] },
    { ...dimension('people', [{ id: 'e1', text: 'Statement e1' }]), deepDives: ['pace', 'blocks'] },
  ],
});
const everywhere = new Set(['key-questions', 'audit', 'blocks', 'pace']);
const advise = (answers: Answers, available = everywhere, definition = core) => recommendDeepDives(definition, scoreDimensions(definition, answers), available);

describe('recommendDeepDives', () => {
  it('recommends one deep dive for each of the two weakest themes, weakest first', () => {
    expect(advise({ p1: 3, l1: 1, j1: 2, e1: 5 })).toEqual({
      state: 'recommended',
      unscored: [],
      deepDives: [
        { assessment: 'blocks', dimension: 'listening', score: 0 },
        { assessment: 'pace', dimension: 'journeys', score: 25 },
      ],
    });
  });

  it('breaks a tie between equally weak themes by the order of the definition', () => {
    const advice = advise({ p1: 2, l1: 2, j1: 2, e1: 5 });
    expect(advice.state === 'recommended' && advice.deepDives.map((dive) => dive.dimension)).toEqual(['purpose', 'listening']);
  });

  it('gives a weaker theme its next deep dive when its first was already chosen, and never recommends one twice', () => {
    // journeys (0) takes pace; people (25) would take pace too, so it gets blocks.
    expect(advise({ p1: 5, l1: 5, j1: 1, e1: 2 })).toMatchObject({ state: 'recommended', deepDives: [{ assessment: 'pace', dimension: 'journeys' }, { assessment: 'blocks', dimension: 'people' }] });
  });

  it('fills the second place from the only weak theme', () => {
    expect(advise({ p1: 1, l1: 5, j1: 5, e1: 5 })).toMatchObject({ state: 'recommended', deepDives: [{ assessment: 'key-questions' }, { assessment: 'audit' }] });
  });

  it('leaves out themes without enough answers, and names them', () => {
    const advice = advise({ p1: null, l1: 5, j1: 1, e1: 5 });
    expect(advice).toEqual({ state: 'recommended', unscored: ['purpose'], deepDives: [{ assessment: 'pace', dimension: 'journeys', score: 0 }] });
  });

  it('says every theme is strong rather than recommending nothing silently', () => {
    expect(advise({ p1: 4, l1: 5, j1: 4, e1: 5 })).toEqual({ state: 'all-strong', unscored: [] });
    expect(advise({ p1: 4, l1: null, j1: 4, e1: 5 })).toEqual({ state: 'all-strong', unscored: ['listening'] });
  });

  it('recommends only assessments this site includes, and says when none of the fitting ones is', () => {
    expect(advise({ p1: 5, l1: 5, j1: 1, e1: 5 }, new Set(['pace']))).toMatchObject({ deepDives: [{ assessment: 'pace' }] });
    expect(advise({ p1: 5, l1: 5, j1: 1, e1: 5 }, new Set(['audit']))).toEqual({ state: 'none-available', unscored: [] });
  });

  it('recommends nothing before anything is scored, or when the assessment names no deep dives', () => {
    expect(advise({})).toEqual({ state: 'not-scored' });
    const plain = defineAssessment({ scale: 'agree-5', model: 'dimensions', dimensions: [dimension('only', [{ id: 'o1', text: 'Statement o1' }])] });
    expect(advise({ o1: 1 }, everywhere, plain)).toEqual({ state: 'not-scored' });
  });
});
