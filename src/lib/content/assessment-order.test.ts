import { describe, expect, it } from 'vitest';
import { byAssessmentOrder } from './assessment-order.ts';

const entry = (title: string, minutes: number, offerFirst?: boolean) => ({ data: { title, minutes, offerFirst } });

describe('byAssessmentOrder', () => {
  it('lists the shortest first and equal lengths by title', () => {
    const listed = [entry('PACE check', 8), entry('Best-practice audit', 12), entry('Building blocks', 8), entry('Key questions', 5)].sort(byAssessmentOrder);
    expect(listed.map((assessment) => assessment.data.title)).toEqual(['Key questions', 'Building blocks', 'PACE check', 'Best-practice audit']);
  });

  it('puts the assessment offered first before shorter ones', () => {
    const listed = [entry('PACE check', 8), entry('Spectrum', 7, false), entry('Core check', 10, true), entry('Best-practice audit', 10)].sort(byAssessmentOrder);
    expect(listed.map((assessment) => assessment.data.title)).toEqual(['Core check', 'Spectrum', 'PACE check', 'Best-practice audit']);
  });
});
