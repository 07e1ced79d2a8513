import { describe, expect, it } from 'vitest';
import { sampleResult } from '../results/fixtures.ts';
import { respondentRoles } from './aggregate.ts';
import { roleName } from './disclosure.ts';
import { inEnglish } from './in-english.ts';
import { describeSelection, filterChoices, selectResults, simplifySelection } from './filter.ts';

const results = [
  sampleResult({ id: 'result-1', role: 'leader', team: 'b-team', segment: 'North' }),
  sampleResult({ id: 'result-2', role: 'front-line', team: 'a-team' }),
  sampleResult({ id: 'result-3', role: null, segment: 'South' }),
  sampleResult({ id: 'result-4', role: 'leader', team: 'a-team', segment: 'South' }),
];
const ids = (list: typeof results) => list.map((result) => result.id);

describe('selectResults', () => {
  it.each([
    [{}, ['result-1', 'result-2', 'result-3', 'result-4']],
    [{ teams: ['a-team'] }, ['result-2', 'result-4']],
    [{ teams: ['a-team', null] }, ['result-2', 'result-3', 'result-4']],
    [{ teams: [] }, []],
    [{ roles: ['not-given' as const] }, ['result-3']],
    [{ roles: ['leader' as const], segments: ['South'] }, ['result-4']],
    [{ segments: [null] }, ['result-2']],
  ])('%o', (selection, expected) => expect(ids(selectResults(results, selection))).toEqual(expected));
});

describe('filterChoices', () => {
  it('lists every value once, none given last', () => {
    expect(filterChoices(results)).toEqual({ teams: ['a-team', 'b-team', null], roles: ['leader', 'front-line', 'not-given'], segments: ['North', 'South', null] });
  });
  it('names every role the aggregate counts', () =>
    expect(respondentRoles.map((role) => inEnglish(roleName(role)))).toEqual(['Leader (senior management)', 'Manager', 'Front line (non-management)', 'Role not given']));
});

describe('simplifySelection', () => {
  const choices = filterChoices(results);
  it('drops lists that name every choice', () => {
    expect(simplifySelection({ teams: ['a-team', 'b-team', null], roles: ['leader'], segments: [null, 'South', 'North', 'West'] }, choices)).toEqual({ roles: ['leader'] });
  });
});

describe('describeSelection', () => {
  it('names what a report covers', () => {
    expect(inEnglish(describeSelection({ teams: ['a-team', null], roles: ['leader', 'not-given'] }))).toBe('Team labels: a-team, no label. Roles: Leader (senior management), Role not given. Segments: all.');
    expect(inEnglish(describeSelection({ segments: [] }))).toContain('Segments: none.');
  });
});
