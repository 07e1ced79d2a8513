import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentDefinitions, testEarlierVersions } from '../results/fixtures.ts';
import { assessmentVersion } from '../results/version.ts';
import type { SavedResult } from '../schema/saved-result.ts';
import { aggregateTeam } from './aggregate.ts';
import { earlierVersionsNote, teamVersionProblem } from './earlier-versions.ts';
import { readShareLinks } from '../intake/readings.ts';
import { teamProblem } from './inputs.ts';
import { inEnglish } from './in-english.ts';

const pace = contentDefinitions['pace']!;
const made = JSON.parse(readFileSync(new URL('../../../tests/fixtures/earlier-versions/pace.json', import.meta.url), 'utf8')) as { savedResult: SavedResult; shareCode: string };
const old = made.savedResult;
// Three earlier-version results and three current ones, everyone answering pr1 (unchanged); pr4 was split.
const earlierResults = [4, 5, 5].map((pr1, i): SavedResult => ({ ...old, id: `old-${i}-000000`, role: 'leader', team: undefined, segment: undefined, answers: { pr1, pr4: 5 } }));
const currentResults = [2, 2, 3].map((pr1, i): SavedResult => ({ ...old, id: `new-${i}-000000`, version: assessmentVersion(pace), role: 'leader', team: undefined, segment: undefined, answers: { pr1, pr4a: 1 } }));

describe('earlier versions in the team view', () => {
  it('accepts a result of an earlier version the site keeps, and still refuses one it does not know, saying why', () => {
    expect(teamProblem(old, contentDefinitions, testEarlierVersions)).toBeUndefined();
    expect(teamProblem(old, contentDefinitions)).toMatch(/another version of "PACE check" whose questions differ from this site's and which this site does not know/);
    expect(teamVersionProblem({ ...old, version: 'unknown' }, pace, testEarlierVersions)).toMatch(/^It was taken on an unrecorded version/);
  });

  it('reads an old share link into the pool', () => {
    const reading = readShareLinks(`https://example.com/r/#${made.shareCode}`, contentDefinitions, testEarlierVersions);
    expect(reading.rejected).toEqual([]);
    expect(reading.results[0]?.result.version).toBe(old.version);
  });

  it('pools the unchanged items of earlier-version results and counts the split ones as unanswered', () => {
    const aggregate = aggregateTeam([...earlierResults, ...currentResults], pace, { assessmentId: 'pace', earlier: testEarlierVersions['pace']! });
    expect(aggregate.ignored.otherVersion).toBe(0);
    expect(aggregate.fromEarlierVersions).toBe(3);
    const figures = (id: string) => aggregate.items.find((item) => item.id === id)!.groups.team;
    expect(figures('pr1')).toMatchObject({ suppressed: false, n: 6, meanAnswer: (4 + 5 + 5 + 2 + 2 + 3) / 6 });
    // Only the current results answered pr4a: pr4's answers do not carry over to either half.
    expect(figures('pr4a')).toMatchObject({ suppressed: false, n: 3, meanAnswer: 1 });
  });

  it('ignores earlier-version results when it is not told the history (as before)', () => {
    const aggregate = aggregateTeam([...earlierResults, ...currentResults], pace, { assessmentId: 'pace' });
    expect(aggregate.ignored.otherVersion).toBe(3);
    expect(aggregate.fromEarlierVersions).toBe(0);
  });

  it('words the report note for one and for several', () => {
    expect(inEnglish(earlierVersionsNote(1))).toMatch(/^One result in view was taken with an earlier version of the questions\. .* count as unanswered for it,/);
    expect(inEnglish(earlierVersionsNote(3))).toMatch(/^3 results in view were taken .* for them,/);
  });
});
