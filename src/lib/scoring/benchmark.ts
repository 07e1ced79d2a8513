import type { Assessment, BenchmarkGroup } from '../schema/assessment.ts';
import type { Answers, Role } from '../schema/saved-result.ts';
import { baseResult, meanOfDimensions, scaleOf, scoreScaleItems, summariseDimensions } from './common.ts';
import type { BenchmarkComparison, BenchmarkResult } from './types.ts';

/**
 * Whether a published group is the respondent's own. Surveys split management from
 * non-management; a manager sits between the two, so neither is theirs (both are shown).
 */
export function groupMatchesRole(group: BenchmarkGroup, role: Role | null): boolean {
  if (group === 'all') return true;
  if (group === 'management') return role === 'leader';
  return role === 'front-line';
}

/** Scores like the dimensions model and sets each answer beside the figures a source published for the item. */
export function scoreBenchmark(definition: Assessment, answers: Answers, role: Role | null): BenchmarkResult {
  const scale = scaleOf(definition);
  const items = scoreScaleItems(definition, answers);
  const dimensions = summariseDimensions(definition, items);
  const values = new Map(items.map((item) => [item.id, item.value]));
  const comparisons: BenchmarkComparison[] = definition.dimensions.flatMap((dimension) =>
    dimension.items.map((item) => {
      const value = values.get(item.id) ?? null;
      return {
        itemId: item.id,
        dimension: dimension.id,
        text: item.text,
        quoted: item.quoted,
        value,
        agrees: value === null ? null : value >= scale.agreeFrom,
        figures: item.benchmarks.map((benchmark) => ({ ...benchmark, matchesRole: groupMatchesRole(benchmark.group, role) })),
        published: item.benchmarks.length > 0,
      };
    }),
  );
  return { ...baseResult('benchmark', definition, items, dimensions, meanOfDimensions(dimensions)), comparisons };
}
