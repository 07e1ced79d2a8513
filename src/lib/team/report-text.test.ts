import { describe, expect, it } from 'vitest';
import { CANNOT_SEE, type Answers } from '../schema/saved-result.ts';
import { benchmarkFixture, defineAssessment, dimension, dimensionsFixture } from '../scoring/fixtures.ts';
import { aggregateTeam } from './aggregate.ts';
import { FIXTURE_ASSESSMENT, teamResult } from './fixtures.ts';
import { inEnglish } from './in-english.ts';
import { phraseList, renderPhrase } from './phrase.ts';
import { cannotSeeDimensions, cannotSeeFindings, formatSigned, groupHeading, mergeNote, hiddenText, publishedText, quoteText, SURVEY_TOLERANCE_POINTS, teamFindings } from './report-text.ts';

// The lib returns phrases (keys and values); these pin the English a person reads.
const findingsOf = (...args: Parameters<typeof teamFindings>) => teamFindings(...args).map(inEnglish);
const cannotSeeOf = (aggregate: Parameters<typeof cannotSeeFindings>[0]) => cannotSeeFindings(aggregate).map(inEnglish);

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
  ])('formatSigned(%d) is %s', (value, text) => expect(formatSigned(value, 'en')).toBe(text));

  it('writes figures in the locale it is given', () => {
    expect(formatSigned(-1234.4, 'de')).toBe('\u22121.234');
    expect(formatSigned(12, 'de', ' %')).toBe('+12 %');
  });

  it('writes hidden figures in words, never as numbers', () => {
    expect(inEnglish(hiddenText({ suppressed: true, reason: 'small-group', n: '<3' }, 3))).toBe('fewer than 3');
    expect(inEnglish(hiddenText({ suppressed: true, reason: 'merged', into: 'leader' }, 5))).toBe('counted in leaders');
    expect(inEnglish(publishedText({ suppressed: false, n: 4, value: 2 }, 3, (figure) => `${figure.value} of ${figure.n}`))).toBe('2 of 4');
  });

  it('joins and quotes', () => {
    expect(inEnglish(phraseList(['a', 'b', 'c']))).toBe('a, b and c');
    expect(inEnglish(phraseList(['a']))).toBe('a');
    expect(inEnglish(quoteText('Short statement.'))).toBe('“Short statement”');
    expect(inEnglish(quoteText('word '.repeat(30), 20))).toBe('“word word word word…”');
    // Each language's own quotation marks and joining words come from its dictionary.
    const german = (key: string, values: Record<string, string | number> = {}) => ({ 'report.quote': '„{text}“', 'team.list.last': '{rest} und {last}', 'team.list.separator': ', ' })[key]!.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));
    expect(renderPhrase(german, 'de', phraseList(['a', quoteText('b.'), 'c']))).toBe('a, „b“ und c');
  });

  it('names merged columns and says what was counted together', () => {
    const groupRoles = { team: [], leader: ['leader', 'manager'], manager: [], 'front-line': ['front-line'] } as const;
    expect(inEnglish(groupHeading({ groupRoles: { ...groupRoles, team: [], leader: ['leader', 'manager'], manager: [], 'front-line': ['front-line'] } }, 'leader'))).toBe('Leaders and managers');
    expect(inEnglish(groupHeading({ groupRoles: { team: [], leader: ['leader'], manager: [], 'front-line': ['front-line'] } }, 'leader'))).toBe('Leaders');
    expect(inEnglish(mergeNote({ minGroupSize: 3, roles: [['leader', 'manager'], ['front-line']], segments: [['North', null]], teams: [['main']], tooFew: false })!)).toBe(
      'Counted together, so that no group of fewer than 3 can be told apart, here or by comparing filtered views: Leaders and managers and segments North + no segment.',
    );
    expect(mergeNote({ minGroupSize: 3, roles: [['leader']], segments: [], teams: [], tooFew: false })).toBeUndefined();
  });
});

describe('teamFindings', () => {
  it('names the widest gap, the hidden managers and the weakest items', () => {
    const findings = findingsOf(aggregateTeam([...leaders, ...frontLine, ...managers], dimensionsFixture, options));
    // The 2 managers are counted with the leaders, and the findings say so.
    expect(findings[0]).toMatch(/^The widest gap is in Title of alpha: leaders and managers score it \d+ and the front line \d+ out of 100/);
    expect(findings[1]).toContain('see most differently: “');
    expect(findings).toContain('Managers are not shown on their own: they are counted in “Leaders and managers”.');
    expect(findings.at(-1)).toMatch(/^The whole team rates these lowest/);
    const filtered = findingsOf(aggregateTeam([...leaders, ...frontLine, ...managers], dimensionsFixture, { ...options, selection: { roles: ['front-line'] } }));
    expect(filtered.at(-1)).toMatch(/^Everyone in view rates these lowest/);
    expect(findings.join(' ')).not.toMatch(/\b2 managers\b/);
  });

  it('places managers when they can be shown', () => {
    const third = person('M3', 'manager', 4);
    const findings = findingsOf(aggregateTeam([...leaders, ...frontLine, ...managers, third], dimensionsFixture, options));
    expect(findings).toContain('Managers, shown on their own, score closer to leaders in 2 and closer to the front line in 1 of the areas where all three can be shown.');
    expect(findings.at(-1)).toMatch(/^The whole team rates these lowest/);
  });

  it('names a manager column that also counts people without a role as such, not as "managers"', () => {
    const noRole = teamResult(dimensionsFixture, 'N1', null, { a1: 4, a2: 4, b1: 4, b2: 4, b3: 4, g1: 4 });
    const findings = findingsOf(aggregateTeam([...leaders, ...frontLine, ...managers, person('M3', 'manager', 4), noRole], dimensionsFixture, options));
    expect(findings).toContain('Managers and role not given score closer to leaders in 2 and closer to the front line in 1 of the areas where all three can be shown.');
  });

  it('says when nothing can be shown, or no gap', () => {
    expect(findingsOf(aggregateTeam(leaders.slice(0, 2), dimensionsFixture, options))).toEqual([
      'Too few people are in view to show any figures: every group needs at least 3. Add more results or widen the filters.',
    ]);
    expect(findingsOf(aggregateTeam([...leaders, ...managers], dimensionsFixture, options))[0]).toContain('front line is too few or counted with another group');
  });

  it('compares with published figures', () => {
    const answer = (role: 'leader' | 'front-line', id: string) => teamResult(benchmarkFixture, id, role, { q1: role === 'leader' ? 5 : 2, q2: 3, v1: 3 });
    const aggregate = aggregateTeam(['L1', 'L2', 'L3'].map((id) => answer('leader', id)).concat(['F1', 'F2', 'F3'].map((id) => answer('front-line', id))), benchmarkFixture, options);
    expect(findingsOf(aggregate, { benchmarkSource: 'the 2008 survey' }).at(-1)).toBe(
      'Against the 2008 survey, the team differs most on “Quoted survey statement q1”: 0% of the team\'s front line agree, against 40% in the survey.',
    );
  });

  it('never says the team differs most when every difference is within the tolerance, and labels the agree line', () => {
    // 4 of 5 leaders agree (80%, as management did) and 2 of 5 front-line staff (40%, as non-management did).
    const results = [
      ...['L1', 'L2', 'L3', 'L4', 'L5'].map((id, i) => teamResult(benchmarkFixture, id, 'leader', { q1: i < 4 ? 5 : 2, q2: 3, v1: 3 })),
      ...['F1', 'F2', 'F3', 'F4', 'F5'].map((id, i) => teamResult(benchmarkFixture, id, 'front-line', { q1: i < 2 ? 4 : 2, q2: 3, v1: 3 })),
    ];
    const finding = findingsOf(aggregateTeam(results, benchmarkFixture, options), { benchmarkSource: 'the 2008 survey', agreeNote: 'Agreeing from 4 is an assumption.' }).at(-1);
    expect(finding).toBe(`Against the 2008 survey, the team's share agreeing is within ${SURVEY_TOLERANCE_POINTS} percentage points of the survey's on every statement it published a share for. Agreeing from 4 is an assumption.`);
    expect(finding).not.toContain('differs most');
    // Filtered to the leaders, the sentence speaks of who is in view, not of the team.
    const leadersOnly = findingsOf(aggregateTeam(results, benchmarkFixture, { ...options, selection: { roles: ['leader'] } }), { benchmarkSource: 'the 2008 survey' });
    expect(leadersOnly.join(' ')).not.toMatch(/the team\b|whole team/);
    expect(leadersOnly.at(-1)).toMatch(/^Against the 2008 survey, (the share agreeing of everyone in view is within|everyone in view differs most on)/);
  });
});

describe('cannotSeeFindings', () => {
  const visibility = defineAssessment({
    scale: 'agree-5',
    model: 'dimensions',
    dimensions: [
      dimension('alpha', [{ id: 'a1', text: 'Statement a1', cannotSee: true }, { id: 'a2', text: 'Statement a2' }]),
      dimension('beta', [{ id: 'b1', text: 'Statement b1', cannotSee: true }]),
    ],
  });
  const answer = (id: string, role: 'leader' | 'manager' | 'front-line', answers: Answers = {}) => teamResult(visibility, id, role, { a1: 4, a2: 4, b1: 4, ...answers });
  const team = [
    ...['L1', 'L2', 'L3', 'L4', 'L5'].map((id) => answer(id, 'leader')),
    answer('F1', 'front-line', { a1: CANNOT_SEE }),
    answer('F2', 'front-line', { a1: CANNOT_SEE, b1: CANNOT_SEE }),
    ...['F3', 'F4', 'F5'].map((id) => answer(id, 'front-line')),
  ];

  it('says per role which areas a notable share could not see, as a visibility gap', () => {
    const aggregate = aggregateTeam(team, visibility, options);
    expect(cannotSeeOf(aggregate)).toEqual([
      '4 in 10 of the front line (2 of 5) said they cannot see Title of alpha from their role; 2 in 10 (1 of 5) said so of Title of beta. That is a visibility gap, not a low score: those answers are left out of the scores.',
    ]);
    expect(findingsOf(aggregate)).toContain(cannotSeeOf(aggregate)[0]);
    expect(cannotSeeTable(aggregate)).toEqual(['alpha', 'beta']);
  });

  it('says nothing below one in five, and nothing for a role filtered out of view', () => {
    const fewer = team.map((result) => (result.id === 'F2' ? { ...result, answers: { ...result.answers, a1: 4, b1: 4 } } : result));
    expect(cannotSeeOf(aggregateTeam([...fewer, answer('F6', 'front-line')], visibility, options))).toEqual([]);
    expect(cannotSeeOf(aggregateTeam(team, visibility, { ...options, selection: { roles: ['leader'] } }))).toEqual([]);
  });

  it('names a merged column as the report heads it', () => {
    const merged = [...team, answer('M1', 'manager', { a1: CANNOT_SEE }), answer('M2', 'manager', { a1: CANNOT_SEE })];
    expect(cannotSeeOf(aggregateTeam(merged, visibility, options))[0]).toMatch(/^3 in 10 of leaders and managers \(2 of 7\) said they cannot see Title of alpha/);
  });
});

function cannotSeeTable(aggregate: Parameters<typeof cannotSeeDimensions>[0]): string[] {
  return cannotSeeDimensions(aggregate).map((entry) => entry.id);
}
