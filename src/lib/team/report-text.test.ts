import { describe, expect, it } from 'vitest';
import { benchmarkFixture, dimensionsFixture } from '../scoring/fixtures.ts';
import { aggregateTeam } from './aggregate.ts';
import { FIXTURE_ASSESSMENT, teamResult } from './fixtures.ts';
import { coverageNote, formatSigned, hiddenText, joinWords, publishedText, quoteText, SURVEY_TOLERANCE_POINTS, teamFindings } from './report-text.ts';

const options = { assessmentId: FIXTURE_ASSESSMENT };
const person = (id: string, role: 'leader' | 'manager' | 'front-line', answer: number) =>
  teamResult(dimensionsFixture, id, role, { a1: answer, a2: answer, b1: answer, b2: answer, b3: answer, g1: role === 'leader' ? 3 : 4 });
const leaders = ['L1', 'L2', 'L3'].map((id) => person(id, 'leader', 5));
const frontLine = ['F1', 'F2', 'F3'].map((id) => person(id, 'front-line', 2));
const managers = ['M1', 'M2'].map((id) => person(id, 'manager', 4));

describe('formatting', () => {
  it.each([
    [0.4, '0'],
    [-0.4, '0'],
    [2.5, '+3'],
    [-2.5, '\u22123'],
    [36.2, '+36'],
  ])('formatSigned(%d) is %s', (value, text) => expect(formatSigned(value)).toBe(text));

  it('writes hidden figures in words, never as numbers', () => {
    expect(hiddenText({ suppressed: true, reason: 'small-group', n: '<3' }, 3)).toBe('fewer than 3');
    expect(hiddenText({ suppressed: true, reason: 'protects-small-group' }, 5)).toBe('hidden to protect a small group');
    expect(publishedText({ suppressed: false, n: 4, value: 2 }, 3, (figure) => `${figure.value} of ${figure.n}`)).toBe('2 of 4');
  });

  it('joins and quotes', () => {
    expect(joinWords(['a', 'b', 'c'])).toBe('a, b and c');
    expect(joinWords(['a'])).toBe('a');
    expect(quoteText('Short statement.')).toBe('“Short statement”');
    expect(quoteText('word '.repeat(30), 20)).toBe('“word word word word…”');
  });

  it('says whom partial team figures cover', () => {
    expect(coverageNote({ covers: 'everyone', roles: ['leader', 'manager', 'front-line'] })).toBeUndefined();
    expect(coverageNote({ covers: 'shown-groups', roles: ['leader', 'front-line'] })).toContain('leaders and front line only');
  });
});

describe('teamFindings', () => {
  it('names the widest gap, the hidden managers and the weakest items', () => {
    const findings = teamFindings(aggregateTeam([...leaders, ...frontLine, ...managers], dimensionsFixture, options));
    expect(findings[0]).toBe('The widest gap is in Title of alpha: leaders score it 100 and the front line 25 out of 100, 75 points apart (leaders rate it higher).');
    expect(findings[1]).toContain('see most differently: “');
    expect(findings[1]).toContain('(+75 points, 100 points apart in % agreeing)');
    expect(findings).toContain('Managers are not shown: fewer than 3 answered.');
    expect(findings.at(-1)).toMatch(/^Leaders and Front line together rate these lowest/);
    expect(findings.join(' ')).not.toMatch(/\b2 managers\b/);
  });

  it('places managers when they can be shown', () => {
    const third = person('M3', 'manager', 4);
    const findings = teamFindings(aggregateTeam([...leaders, ...frontLine, ...managers, third], dimensionsFixture, options));
    expect(findings).toContain('Managers, shown on their own, score closer to leaders in 2 and closer to the front line in 1 of the areas where all three can be shown.');
    expect(findings.at(-1)).toMatch(/^The whole team rates these lowest/);
  });

  it('says when nothing can be shown, or no gap', () => {
    expect(teamFindings(aggregateTeam(leaders.slice(0, 2), dimensionsFixture, options))).toEqual([
      'Too few people are in view to show any figures: every group needs at least 3. Add more results or widen the filters.',
    ]);
    expect(teamFindings(aggregateTeam([...leaders, ...managers], dimensionsFixture, options))[0]).toContain('front line is too few or hidden');
  });

  it('compares with published figures', () => {
    const answer = (role: 'leader' | 'front-line', id: string) => teamResult(benchmarkFixture, id, role, { q1: role === 'leader' ? 5 : 2, q2: 3, v1: 3 });
    const aggregate = aggregateTeam(['L1', 'L2', 'L3'].map((id) => answer('leader', id)).concat(['F1', 'F2', 'F3'].map((id) => answer('front-line', id))), benchmarkFixture, options);
    expect(teamFindings(aggregate, { benchmarkSource: 'the 2008 survey' }).at(-1)).toBe(
      'Against the 2008 survey, the team differs most on “Quoted survey statement q1”: 0% of the team\'s front line agree, against 40% in the survey.',
    );
  });

  it('never says the team differs most when every difference is within the tolerance, and labels the agree line', () => {
    // 4 of 5 leaders agree (80%, as management did) and 2 of 5 front-line staff (40%, as non-management did).
    const results = [
      ...['L1', 'L2', 'L3', 'L4', 'L5'].map((id, i) => teamResult(benchmarkFixture, id, 'leader', { q1: i < 4 ? 5 : 2, q2: 3, v1: 3 })),
      ...['F1', 'F2', 'F3', 'F4', 'F5'].map((id, i) => teamResult(benchmarkFixture, id, 'front-line', { q1: i < 2 ? 4 : 2, q2: 3, v1: 3 })),
    ];
    const finding = teamFindings(aggregateTeam(results, benchmarkFixture, options), { benchmarkSource: 'the 2008 survey', agreeNote: 'Agreeing from 4 is an assumption.' }).at(-1);
    expect(finding).toBe(`Against the 2008 survey, the team's share agreeing is within ${SURVEY_TOLERANCE_POINTS} percentage points of the survey's on every statement it published a share for. Agreeing from 4 is an assumption.`);
    expect(finding).not.toContain('differs most');
  });
});
