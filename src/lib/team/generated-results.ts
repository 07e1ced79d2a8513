/**
 * Made-up but plausible team results, the same for the same seed: for the bench (10,000 at a
 * time), for browser tests and for trying the team view out. Leaders lean towards agreeing
 * and the front line away, so the perception gap has something to show; on statements that
 * offer it, some of the front line answer "I can't see this from my role".
 */
import type { Assessment } from '../schema/assessment.ts';
import { CANNOT_SEE, type Role, type SavedResult } from '../schema/saved-result.ts';
import { answerRanges } from '../results/definitions.ts';
import { assessmentVersion } from '../results/version.ts';
import { seededRandom } from '../random/seeded-random.ts';

export { seededRandom };

export interface GeneratedTeam {
  /** Assessment id of `definition`. */
  assessmentId: string;
  definition: Assessment;
  count: number;
  seed?: number;
  teams?: readonly string[];
  segments?: readonly string[];
}

const roleMix: readonly [Role | null, number][] = [
  ['leader', 0.15],
  ['manager', 0.25],
  ['front-line', 0.55],
  [null, 0.05],
];
/** How far each role leans up the scale, 0 (bottom) to 1 (top). */
const lean: Record<Role | 'none', number> = { leader: 0.72, manager: 0.58, 'front-line': 0.42, none: 0.5 };

export function generateTeamResults(team: GeneratedTeam): SavedResult[] {
  const random = seededRandom(team.seed ?? 1);
  const ranges = answerRanges(team.definition);
  const version = assessmentVersion(team.definition);
  const teams = team.teams ?? ['team-a', 'team-b'];
  const segments = team.segments ?? ['North', 'South', 'East'];
  const start = Date.parse('2026-03-01T09:00:00Z');
  const offersCannotSee = new Set(team.definition.dimensions.flatMap((dimension) => dimension.items.filter((item) => item.cannotSee).map((item) => item.id)));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  return Array.from({ length: team.count }, (_, index): SavedResult => {
    let draw = random();
    const role = (roleMix.find(([, share]) => (draw -= share) < 0) ?? roleMix[2]!)[0];
    const answers: SavedResult['answers'] = {};
    for (const range of ranges) {
      const roll = random();
      if (roll < 0.04) continue;
      if (roll < 0.08) {
        answers[range.itemId] = null;
        continue;
      }
      if (role === 'front-line' && roll < 0.3 && offersCannotSee.has(range.itemId)) {
        answers[range.itemId] = CANNOT_SEE;
        continue;
      }
      const position = Math.min(0.999, Math.max(0, lean[role ?? 'none'] + (random() + random() - 1) * 0.45));
      answers[range.itemId] = range.min + Math.floor(position * (range.max - range.min + 1));
    }
    return {
      format: 1,
      id: `generated-${String(team.seed ?? 1)}-${String(index).padStart(6, '0')}`,
      assessment: team.assessmentId,
      version,
      takenAt: new Date(start + index * 61_000).toISOString(),
      role,
      team: pick(teams),
      segment: pick(segments),
      answers,
    };
  });
}
