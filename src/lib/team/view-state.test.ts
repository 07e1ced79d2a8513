import { describe, expect, it } from 'vitest';
import { emptyViewState, readViewState, writeViewState } from './view-state.ts';

describe('team view state', () => {
  it('reads back what it wrote', () => {
    const state = { active: 'pace', excluded: { teams: ['solo', null], roles: ['manager'], segments: [] } };
    expect(readViewState(writeViewState(state))).toEqual(state);
  });

  it.each([null, '', '{', '[]', '42', '{"active":3,"excluded":{"teams":"x","roles":[1,"leader"]}}'])('reads %j as the empty state, keeping what is valid', (text) => {
    const read = readViewState(text);
    expect(read.active).toBeUndefined();
    expect(read.excluded.teams).toEqual([]);
    expect(read.excluded.roles.every((value) => value === 'leader')).toBe(true);
  });

  it('starts empty', () => {
    expect(emptyViewState()).toEqual({ excluded: { teams: [], roles: [], segments: [] } });
  });
});
