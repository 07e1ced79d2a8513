import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AssessmentPayload } from '../assess/payload.ts';
import type { SavedResult } from '../schema/saved-result.ts';
import { scales } from '../schema/scales.ts';
import { earlierVersionNoteModel, earlierVersionsOf, payloadAsTaken, resultsInCurrentVersion } from './as-taken.ts';
import { translatorFor } from './dictionaries-for-tests.ts';
import { contentDefinitions, testEarlierVersions } from './fixtures.ts';
import { assessmentVersion } from './version.ts';

const pace = contentDefinitions['pace']!;
const payload: AssessmentPayload = {
  id: 'pace',
  version: assessmentVersion(pace),
  definition: pace,
  earlier: [...testEarlierVersions['pace']!],
  scale: scales[pace.scale],
  pages: {},
  source: { author: 'A', title: 'T', year: 2013, publisher: 'P' },
};
const old = (JSON.parse(readFileSync(new URL('../../../tests/fixtures/earlier-versions/pace.json', import.meta.url), 'utf8')) as { savedResult: SavedResult }).savedResult;
const today: SavedResult = { ...old, id: 'today-0001', version: payload.version, answers: { pr1: 4, pr4a: 2 } };

describe('showing a result as it was taken', () => {
  it('shows an earlier version with its own questions', () => {
    const shown = payloadAsTaken(payload, old);
    expect(shown.earlier?.version).toBe(old.version);
    expect(shown.payload.version).toBe(old.version);
    expect(shown.payload.definition.dimensions[0]!.items.map((item) => item.id)).toContain('pr4');
    expect(shown.payload.definition.dimensions[0]!.items.map((item) => item.id)).not.toContain('pr4a');
  });

  it('shows a current or unknown version with the current questions', () => {
    expect(payloadAsTaken(payload, today)).toEqual({ payload });
    expect(payloadAsTaken(payload, { ...old, version: 'unknown' })).toEqual({ payload });
  });

  it('says what changed and how the result is compared, with the counts of the carried and changed questions', () => {
    const note = earlierVersionNoteModel(payloadAsTaken(payload, old).earlier!);
    expect(note.changes).toMatch(/^seven statements that each asked two or three things at once were split/i);
    expect(note).toMatchObject({ kept: 19, changed: 7 });
    const en = translatorFor('en');
    expect(en('results.earlier.carryOver', { kept: note.kept, count: note.changed })).toBe('Where it is compared with newer results or pooled in a team view, its answers to the 19 questions that did not change carry over, and the 7 questions that changed count as unanswered.');
    expect(en('results.earlier.carryOver', { kept: 25, count: 1 })).toContain('the 1 question that changed counts as unanswered.');
    expect(translatorFor('de')('results.earlier.carryOver', { kept: 19, count: 1 })).toContain('19');
    expect(translatorFor('pl')('results.earlier.carryOver', { kept: 22, count: 22 })).toMatch(/22 zmienione pytania liczą się/);
  });

  it('compares on the current questions, the old result carried over and the new one untouched', () => {
    const [carried, kept] = resultsInCurrentVersion(payload, [old, today]);
    expect(kept).toBe(today);
    expect(carried!.version).toBe(payload.version);
    expect(carried!.answers).not.toHaveProperty('pr4');
    expect(carried!.answers['pr1']).toBe(old.answers['pr1']);
  });

  it('collects each payload\u2019s earlier versions by assessment', () => {
    expect(earlierVersionsOf({ pace: payload })).toEqual({ pace: payload.earlier });
  });
});
