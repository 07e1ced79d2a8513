import { describe, expect, it } from 'vitest';
import { contentDefinitions, sampleResult } from '../results/fixtures.ts';
import { teamProblem } from './inputs.ts';

const definitions = contentDefinitions;
const leader = sampleResult({ id: 'result-leader-1', role: 'leader', team: 'acme-q3', answers: { pr1: 5, pr2: 4 } });

describe('teamProblem', () => {
  it('accepts a current result of a known assessment', () => expect(teamProblem(leader, definitions)).toBeUndefined());
  it('does not find assessments on Object.prototype', () => expect(teamProblem(sampleResult({ assessment: 'constructor' }), definitions)).toContain('does not have'));
  it('rejects results of assessments the site lacks and of other versions', () => {
    expect(teamProblem(sampleResult({ id: 'result-gone-1', assessment: 'gone' }), definitions)).toContain('does not have');
    expect(teamProblem(sampleResult({ id: 'result-old-1', version: 'abcdef12' }), definitions)).toContain('another version of "PACE check"');
    expect(teamProblem(sampleResult({ id: 'result-unknown', version: 'unknown' }), definitions)).toContain('an unrecorded version');
  });
});
