import { describe, expect, it } from 'vitest';
import { byAssessmentOrder } from './assessment-order.ts';

const entry = (title: string, minutes: number) => ({ data: { title, minutes } });

describe('byAssessmentOrder', () => {
  it('lists the shortest first and equal lengths by title', () => {
    const listed = [entry('PACE check', 8), entry('Best-practice audit', 12), entry('Building blocks', 8), entry('Key questions', 5)].sort(byAssessmentOrder);
    expect(listed.map((assessment) => assessment.data.title)).toEqual(['Key questions', 'Building blocks', 'PACE check', 'Best-practice audit']);
  });
});
