import type { Assessment } from '../schema/assessment.ts';
import { scales } from '../schema/scales.ts';
import type { AssessmentResult, DimensionScore, GatedResult, ResultState } from './types.ts';

/**
 * What a result says in words, in every state, so that the page, My results, the shared
 * page and print all say the same, and a test can pin it. The rule throughout: describe
 * only what was answered, and name what was not.
 */
export interface ResultSummary {
  state: ResultState;
  /** "62 out of 100", a spectrum position, a building-block sentence, or "Not enough answers to score". */
  headline: string;
  /** The band's label shown beside the headline; null when it would repeat the headline or describe what was not answered. */
  bandLabel: string | null;
  /** What the result means. The band's meaning only when every dimension is scored; otherwise a sentence about what was. */
  meaning: string | null;
  /** What to do next, each once. Dimension advice is not here: it comes with the next steps. */
  advice: string[];
  /** Dimensions with too few answers, as "Evaluation: 1 of 6 answered, 3 needed". */
  leftOut: string[];
  /** How many questions were answered, and how the rest were answered. */
  coverage: string;
}

const NOT_ENOUGH = 'Not enough answers to score';

/** A title without the number it may carry ("1. Customer voice" → "Customer voice"), for use inside a sentence. */
function plainTitle(title: string): string {
  return title.replace(/^\d+\.\s*/, '');
}
const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** Small counts in words ("five later blocks"), larger ones in figures. */
export function countWords(count: number): string {
  return NUMBER_WORDS[count] ?? String(count);
}

/** "a", "a and b", "a, b and c". */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

export function roundScore(score: number | null): string {
  return score === null ? '–' : String(Math.round(score));
}

/** A dimension's score as shown beside it: "62 (5 of 7 answered)" or "too few answers (1 of 6 answered, 3 needed)". */
export function dimensionScoreText(dimension: DimensionScore): string {
  const answered = `${dimension.answered} of ${dimension.total} answered`;
  return dimension.status === 'scored' ? `${roundScore(dimension.score)} (${answered})` : `too few answers (${answered}, ${dimension.minimum} needed)`;
}

function leftOutOf(result: AssessmentResult): DimensionScore[] {
  return result.dimensions.filter((dimension) => dimension.status === 'too-few');
}

/** "18 of 26 questions answered; 4 not applicable or don't know; 2 can't see this from their role; 2 unanswered." */
export function coverageText(result: AssessmentResult): string {
  const unanswered = result.totalCount - result.answeredCount - result.notApplicableCount - result.cannotSeeCount;
  const parts = [
    `${result.answeredCount} of ${result.totalCount} questions answered`,
    result.notApplicableCount > 0 ? `${result.notApplicableCount} not applicable or don't know` : '',
    result.cannotSeeCount > 0 ? `${result.cannotSeeCount} can't see this from their role` : '',
    unanswered > 0 ? `${unanswered} unanswered` : '',
  ].filter(Boolean);
  return `${parts.join('; ')}.`;
}

function partialMeaning(result: AssessmentResult, unit: string): string {
  const scored = result.dimensions.filter((dimension) => dimension.status === 'scored').map((dimension) => plainTitle(dimension.title));
  const missing = leftOutOf(result).map((dimension) => plainTitle(dimension.title));
  return `This covers ${joinWords(scored)} only. ${joinWords(missing)} had too few answers to score, so ${missing.length === 1 ? 'it is' : 'they are'} left out of the ${unit} and nothing here describes ${missing.length === 1 ? 'it' : 'them'}.`;
}

function answerMoreAdvice(result: AssessmentResult): string {
  const missing = leftOutOf(result).map((dimension) => plainTitle(dimension.title));
  return `To include ${joinWords(missing)}, answer at least half of ${missing.length === 1 ? 'its' : 'their'} questions, or ask a colleague who can see ${missing.length === 1 ? 'that area' : 'those areas'} to take the assessment too.`;
}

function notEnoughSummary(result: AssessmentResult): ResultSummary {
  return {
    state: 'not-enough',
    headline: NOT_ENOUGH,
    bandLabel: null,
    meaning: 'No area has answers to at least half of its questions, so there is no score, and nothing can be said yet about strengths or weaknesses.',
    advice: ['Answer at least half the questions in an area to score it. If many questions are outside what you can see, ask a colleague who sees more of the organisation to take it as well.'],
    leftOut: leftOutOf(result).map((dimension) => `${dimension.title}: ${dimensionScoreText(dimension)}`),
    coverage: coverageText(result),
  };
}

/** The summary of any model's result. */
export function summariseResult(definition: Assessment, result: AssessmentResult): ResultSummary {
  if (result.state === 'not-enough') return notEnoughSummary(result);
  const leftOut = leftOutOf(result).map((dimension) => `${dimension.title}: ${dimensionScoreText(dimension)}`);
  const coverage = coverageText(result);
  if (result.model === 'gated') return { ...gatedSummary(definition, result), leftOut, coverage };
  const whole = result.state === 'scored';
  const band = result.band;
  const headline = result.model === 'spectrum' ? (result.nearest?.title ?? NOT_ENOUGH) : `${roundScore(result.overall)} out of 100`;
  // The spectrum's bands are its positions, so the label would repeat the headline.
  const bandLabel = result.model === 'spectrum' || !band ? null : whole ? band.label : `${band.label}, on the areas scored`;
  return {
    state: result.state,
    headline,
    bandLabel,
    meaning: whole ? (band?.meaning ?? null) : partialMeaning(result, result.model === 'spectrum' ? 'position' : 'overall score'),
    advice: whole ? (band ? [band.advice] : []) : [answerMoreAdvice(result)],
    leftOut,
    coverage,
  };
}

/** How far a block is in place, in the scale's own words: "partly in place". */
function stageLevel(definition: Assessment, score: number | null): string {
  const scale = scales[definition.scale];
  if (score === null || scale.kind !== 'ordinal') return 'not judged';
  const label = scale.labels[Math.round((score / 100) * (scale.max - scale.min))] ?? '';
  return label.charAt(0).toLowerCase() + label.slice(1);
}

function gatedSummary(definition: Assessment, result: GatedResult): Omit<ResultSummary, 'leftOut' | 'coverage'> {
  const count = result.stages.length;
  const reached = result.stages.findIndex((stage) => stage.state !== 'in-place');
  const unbroken = reached === -1 ? count : reached;
  const whole = result.state === 'scored';
  const band = result.band;
  const later = count - unbroken - 1;
  const restOnIt = later > 0 ? `; ${countWords(later)} later block${later === 1 ? ' rests' : 's rest'} on it` : '';
  const stage = result.stages[unbroken] && { ...result.stages[unbroken], title: plainTitle(result.stages[unbroken].title) };
  const inOrder = unbroken === 1 ? 'Block 1 is in place' : `Blocks 1–${unbroken} are in place`;
  if (stage && stage.state === 'unknown') {
    const headline =
      unbroken === 0
        ? `Foundations not known: block 1, ${stage.title}, could not be judged from your answers${restOnIt}`
        : `${inOrder}; block ${unbroken + 1}, ${stage.title}, could not be judged from your answers${restOnIt}`;
    return {
      state: result.state,
      headline,
      bandLabel: null,
      meaning: `Too few questions about ${stage.title} have an answer other than "don't know", "not applicable" or "can't see", so how far the blocks are in place in order cannot be said beyond ${unbroken === 0 ? 'the start' : `block ${unbroken}`}. That is not the same as the block being missing.`,
      advice: [`Find out how far ${stage.title} is in place: ask a colleague who can see it, then answer its questions.`],
    };
  }
  const headline = !stage
    ? `All ${countWords(count)} building blocks are in place`
    : unbroken === 0
      ? `Foundations not yet secure: block 1, ${stage.title}, is ${stageLevel(definition, stage.score)}${restOnIt}`
      : `${inOrder}; block ${unbroken + 1}, ${stage.title}, is ${stageLevel(definition, stage.score)}${restOnIt}`;
  // With block 1 not in place the lowest band's words ("not started") would contradict a block partly built.
  const showBand = band !== null && unbroken > 0;
  return {
    state: result.state,
    headline,
    bandLabel: showBand ? (whole ? band.label : `${band.label}, on the blocks judged`) : null,
    meaning: whole && showBand ? band.meaning : whole ? null : partialMeaning(result, 'order of blocks'),
    advice: whole ? (showBand ? [band.advice] : []) : [answerMoreAdvice(result)],
  };
}
