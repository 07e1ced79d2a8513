import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inEnglish } from './in-english.ts';
import { NOTE_LIMITS } from '../results/share-code.ts';
import { parseSegmentList, readTeamLinkParams, teamLink, type TeamLinkRequest } from './team-link.ts';

const request: TeamLinkRequest = { origin: 'https://acme.example', base: '/', assessmentId: 'pace', team: 'acme-q3', segments: [], limits: NOTE_LIMITS };

describe('parseSegmentList', () => {
  it.each([
    ['', []],
    ['North', ['North']],
    [' North , South,,North ,  ', ['North', 'South']],
    ['Customer service, Sales & marketing', ['Customer service', 'Sales & marketing']],
  ])('%j', (text, segments) => expect(parseSegmentList(text)).toEqual(segments));
});

describe('teamLink', () => {
  it.each<[Partial<TeamLinkRequest>, string]>([
    [{}, 'https://acme.example/assess/pace/?team=acme-q3'],
    [{ segments: ['North', 'South'] }, 'https://acme.example/assess/pace/?team=acme-q3&segments=North,South'],
    [{ base: '/acme/', origin: 'https://acme.example/' }, 'https://acme.example/acme/assess/pace/?team=acme-q3'],
    [{ base: '/acme' }, 'https://acme.example/acme/assess/pace/?team=acme-q3'],
    [{ team: '  Acme Q3 & co ', segments: ['Sales & marketing', ' ', 'Sales & marketing'] }, 'https://acme.example/assess/pace/?team=Acme%20Q3%20%26%20co&segments=Sales%20%26%20marketing'],
  ])('%o', (change, href) => expect(teamLink({ ...request, ...change })).toEqual({ ok: true, href }));

  it.each<[Partial<TeamLinkRequest>, string]>([
    [{ team: '  ' }, 'Give the team a label'],
    [{ team: 'x'.repeat(41) }, 'team label is too long'],
    [{ team: 'é'.repeat(21) }, 'team label is too long'],
    [{ segments: ['a,b'] }, 'has a comma'],
    [{ segments: ['s'.repeat(41)] }, 'is too long'],
    [{ assessmentId: '' }, 'Choose an assessment'],
  ])('refuses %o', (change, problem) => {
    const link = teamLink({ ...request, ...change });
    expect(link.ok).toBe(false);
    if (!link.ok) expect(link.problems.map(inEnglish).join(' ')).toContain(problem);
  });

  it('reads back as it was made', () => {
    const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }).filter((value) => value.trim() !== '' && !value.includes(','));
    fc.assert(
      fc.property(text, fc.uniqueArray(text, { maxLength: 4 }), (team, segments) => {
        const link = teamLink({ ...request, team, segments });
        fc.pre(link.ok);
        if (!link.ok) return;
        const url = new URL(link.href);
        expect(url.pathname).toBe('/assess/pace/');
        expect(readTeamLinkParams(url.search)).toEqual({ team: team.trim(), segments: parseSegmentList(segments.join(',')) });
      }),
    );
  });
});

describe('readTeamLinkParams', () => {
  it('needs a label', () => {
    expect(readTeamLinkParams('?segments=a,b')).toBeUndefined();
    expect(readTeamLinkParams('?team=%20')).toBeUndefined();
    expect(readTeamLinkParams('?team=acme+q3&segments=North%2CSouth')).toEqual({ team: 'acme q3', segments: ['North', 'South'] });
  });
});
