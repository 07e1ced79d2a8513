/**
 * Results for the team tests: a builder for table-driven cases and random teams for the
 * property tests. Definitions come from the scoring fixtures (dimensionsFixture: agree-5,
 * score = (answer − 1) × 25, agreeing from 4).
 */
import fc from 'fast-check';
import type { Assessment } from '../schema/assessment.ts';
import { roles, type Answers, type Role, type SavedResult } from '../schema/saved-result.ts';
import { scales } from '../schema/scales.ts';
import { assessmentVersion } from '../results/version.ts';
import { answersArbitrary } from '../scoring/fixtures.ts';

/** The assessment id the team tests aggregate. */
export const FIXTURE_ASSESSMENT = 'fixture';

export interface ResultNotes {
  segment?: string;
  team?: string;
  takenAt?: string;
  assessment?: string;
  version?: string;
}

/** A valid saved result of `definition` (as FIXTURE_ASSESSMENT unless `notes.assessment` says otherwise). */
export function teamResult(definition: Assessment, id: string, role: Role | null, answers: Answers, notes: ResultNotes = {}): SavedResult {
  const { segment, team, takenAt, assessment, version } = notes;
  return {
    format: 1,
    id,
    assessment: assessment ?? FIXTURE_ASSESSMENT,
    version: version ?? assessmentVersion(definition),
    takenAt: takenAt ?? '2026-03-01T10:30:00.000Z',
    role,
    ...(segment === undefined ? {} : { segment }),
    ...(team === undefined ? {} : { team }),
    answers,
  };
}

export interface TeamShape {
  minRespondents?: number;
  maxRespondents?: number;
  /** Roles to draw from; null for "no role given". */
  roles?: readonly (Role | null)[];
  segments?: readonly string[];
}

/**
 * Results of one team for `definition`, with unique ids. Answers mix values in range, n/a,
 * missing and out-of-range values (which scoring ignores), as answersArbitrary makes them.
 */
export function teamResultsArbitrary(definition: Assessment, shape: TeamShape = {}): fc.Arbitrary<SavedResult[]> {
  const { min, max } = scaleRange(definition);
  const respondent = fc.record({
    role: fc.constantFrom(...(shape.roles ?? [...roles, null])),
    segment: fc.option(fc.constantFrom(...(shape.segments ?? ['north', 'south'])), { nil: undefined }),
    answers: answersArbitrary(definition, min, (itemId) => max(itemId)),
  });
  return fc
    .array(respondent, { minLength: shape.minRespondents ?? 0, maxLength: shape.maxRespondents ?? 30 })
    .map((people) => people.map((person, index) => teamResult(definition, `result-${String(index).padStart(4, '0')}`, person.role, person.answers, { segment: person.segment })));
}

function scaleRange(definition: Assessment): { min: number; max: (itemId: string) => number } {
  if (definition.model === 'spectrum') {
    const options = new Map(definition.dimensions.flatMap((dimension) => dimension.items.map((item) => [item.id, (item.options?.length ?? 1) - 1] as const)));
    return { min: 0, max: (itemId) => options.get(itemId) ?? 0 };
  }
  const scale = scales[definition.scale];
  return { min: scale.min, max: () => scale.max };
}
