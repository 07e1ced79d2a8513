import type { AssessmentOf, BenchmarkGroup } from '../../schema/assessment.ts';
import type { Answers, Role } from '../../schema/saved-result.ts';
import { baseResult, meanOfDimensions, scaleOf, scoreScaleItems, summariseDimensions, scaleAnswerRange } from '../common.ts';
import type { BenchmarkComparison, BenchmarkResult, ScoringModelModule } from '../types.ts';
import { scoreSummary } from '../wording.ts';
import { phrase } from '../phrase.ts';

/**
 * Whether a published group is the respondent's own. Surveys split management from
 * non-management; a manager sits between the two, so neither is theirs (both are shown).
 */
export function groupMatchesRole(group: BenchmarkGroup, role: Role | null): boolean {
  if (group === 'all') return true;
  if (group === 'management') return role === 'leader';
  return role === 'front-line';
}

/**
 * How far one answer may sit from a survey's published mean and still count as "in line"
 * with it, in points of the item's scale. A single answer is a whole number and the mean is
 * not, so a band of one point either side keeps the two nearest answers in line.
 */
export const BENCHMARK_TOLERANCE = 1;

/** Where one answer sits against a published mean, within BENCHMARK_TOLERANCE. */
export function versusMean(value: number | null, publishedMean: number | undefined): 'above' | 'in-line' | 'below' | null {
  if (value === null || publishedMean === undefined) return null;
  const difference = value - publishedMean;
  if (Math.abs(difference) <= BENCHMARK_TOLERANCE + 1e-9) return 'in-line';
  return difference > 0 ? 'above' : 'below';
}

/** Scores like the dimensions model and sets each answer beside the figures a source published for the item. */
export function scoreBenchmark(definition: AssessmentOf<'benchmark'>, answers: Answers, role: Role | null): BenchmarkResult {
  const scale = scaleOf(definition);
  const items = scoreScaleItems(definition, answers);
  const dimensions = summariseDimensions(definition, items);
  const values = new Map(items.map((item) => [item.id, item.value]));
  const comparisons: BenchmarkComparison[] = definition.dimensions.flatMap((dimension) =>
    dimension.items.map((item) => {
      const value = values.get(item.id) ?? null;
      const published = item.benchmarks.find((benchmark) => benchmark.measure === 'mean' && groupMatchesRole(benchmark.group, role)) ?? item.benchmarks.find((benchmark) => benchmark.measure === 'mean');
      return {
        itemId: item.id,
        dimension: dimension.id,
        text: item.text,
        quoted: item.quoted,
        value,
        agrees: value === null ? null : value >= scale.agreeFrom,
        versusMean: versusMean(value, published?.value),
        figures: item.benchmarks.map((benchmark) => ({ ...benchmark, matchesRole: groupMatchesRole(benchmark.group, role) })),
        published: item.benchmarks.length > 0,
      };
    }),
  );
  return { ...baseResult('benchmark', definition, items, dimensions, meanOfDimensions(dimensions)), comparisons };
}

export const benchmarkModel: ScoringModelModule<'benchmark'> = {
  model: 'benchmark',
  summarise: (_definition, result) => scoreSummary(result),
  view: { chart: 'bar', tableCaption: phrase('result.table.caption'), overallLabel: 'Overall' },
  score: (definition, answers, role) => scoreBenchmark(definition, answers, role),
  itemScorer: (definition) => (answers) => scoreScaleItems(definition, answers),
  versionKey: (item) => item.id,
  answerRange: (definition) => scaleAnswerRange(definition),
  methodNote: (scale) => [scale.agreeNote, phrase('result.method.benchmark', { count: BENCHMARK_TOLERANCE })],
};
