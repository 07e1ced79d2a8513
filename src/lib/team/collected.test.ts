import { describe, expect, it } from 'vitest';
import { dimensionsFixture } from '../scoring/fixtures.ts';
import { collectedList } from './collected.ts';
import { teamResult } from './fixtures.ts';
import { inEnglish } from './in-english.ts';

const listed = (...args: Parameters<typeof collectedList>) => collectedList(...args).map((entry) => ({ ...entry, role: inEnglish(entry.role), segment: inEnglish(entry.segment), team: inEnglish(entry.team) }));

describe('collectedList', () => {
  const main = ['L1', 'L2', 'L3'].map((id, index) => teamResult(dimensionsFixture, id, 'leader', { a1: 5 }, { team: 'main', takenAt: `2026-03-0${index + 1}T10:3${index}:00Z` }));
  const solo = teamResult(dimensionsFixture, 'S1', 'leader', { a1: 1 }, { team: 'solo', segment: 'East', takenAt: '2026-03-05T08:00:00Z' });

  it('names a result in a small group only by the merged group it is counted in, by day', () => {
    const list = listed([...main, solo], 3, new Set(['L2']));
    expect(list).toHaveLength(4);
    const entry = list.find((candidate) => candidate.id === 'S1')!;
    expect(entry).toEqual({ id: 'S1', assessment: 'fixture', day: '2026-03-05', role: 'Leader (senior management)', segment: 'East + No segment', team: 'main + solo', corrected: false });
    expect(list.find((candidate) => candidate.id === 'L2')?.corrected).toBe(true);
    // No entry shows a value no filter offers on its own.
    expect(list.some((candidate) => candidate.team === 'solo' || candidate.segment === 'East')).toBe(false);
  });

  it('shows no groups at all below the minimum', () => {
    expect(listed(main.slice(0, 2), 3, new Set())[0]).toMatchObject({ role: 'Not shown (too few results)', segment: 'Not shown', team: 'Not shown' });
  });
});
