import type { AssessmentOf, Band, BenchmarkGroup, ItemOf, Position, ScoringModel } from '../schema/assessment.ts';
import type { Phrase, Wording } from './phrase.ts';
import type { Answers, Role } from '../schema/saved-result.ts';
import type { Scale } from '../schema/scales.ts';

/** A point on the spectrum model's line, as the definition gives it. */
export type { Position };

/**
 * A result's state, the same in every model: `scored` when every dimension has enough
 * answers, `partial` when some do and some do not (those are left out and named), and
 * `not-enough` when none does.
 */
export type ResultState = 'scored' | 'partial' | 'not-enough';

/** One dimension's score. `answered + notApplicable + cannotSee + unanswered === total`. */
export interface DimensionScore {
  id: string;
  title: string;
  /** 0–100, the mean of its answered items' scores; null when fewer than `minimum` items were answered. */
  score: number | null;
  /** `too-few` when fewer than `minimum` items have an answer on the scale. */
  status: 'scored' | 'too-few';
  /** Answers on the scale needed to score the dimension (see minimumAnswers). */
  minimum: number;
  /** Items with an answer on the scale. */
  answered: number;
  /** Items answered "not applicable / don't know". */
  notApplicable: number;
  /** Items answered "I can't see this from my role". */
  cannotSee: number;
  /** Items with no answer, or an answer outside the scale (treated as no answer). */
  unanswered: number;
  total: number;
}

export interface ItemScore {
  id: string;
  /** Id of the dimension the item belongs to. */
  dimension: string;
  text: string;
  /** The raw answer (scale value, or option index for spectrum items); null when n/a or unanswered. */
  value: number | null;
  /** 0–100; null when n/a or unanswered. */
  score: number | null;
  /** True when the answer is on the scale (and so counts in the score). */
  answered: boolean;
  /** True when the answer is "not applicable / don't know". */
  notApplicable: boolean;
  /** True when the answer is "I can't see this from my role". */
  cannotSee: boolean;
}

/** A low answer to an item that names its own page, listed under its dimension's step. */
export interface NextStepItem {
  itemId: string;
  text: string;
  pageId: string;
  score: number;
}

/** A weak dimension to work on: its page and advice (given once), and its low items under it. */
export interface NextStep {
  dimension: string;
  /** The dimension's title: the heading every item below sits under. */
  title: string;
  pageId: string;
  advice: string;
  score: number | null;
  /** Its items answered below LOW_ITEM_SCORE that have their own page, lowest first. */
  items: NextStepItem[];
}

export interface BaseResult {
  model: ScoringModel;
  state: ResultState;
  /** 0–100 over the scored dimensions only; null when nothing could be scored. */
  overall: number | null;
  band: Band | null;
  /** In definition order. */
  dimensions: DimensionScore[];
  /** Ids of scored dimensions, weakest first; ties keep definition order. */
  weakest: string[];
  /** In definition order. */
  items: ItemScore[];
  nextSteps: NextStep[];
  /** Items with an answer on the scale. */
  answeredCount: number;
  /** Items answered "not applicable / don't know". */
  notApplicableCount: number;
  /** Items answered "I can't see this from my role". */
  cannotSeeCount: number;
  totalCount: number;
}

export interface DimensionsResult extends BaseResult {
  model: 'dimensions';
}

export interface SpectrumPull {
  itemId: string;
  text: string;
  optionText: string;
  /** Where the chosen option places the organisation. */
  at: number;
  /** Whether this answer pulls the overall position up, down, or sits on it. */
  direction: 'up' | 'down' | 'none';
  /** |at − position|. */
  distance: number;
}

export interface SpectrumResult extends BaseResult {
  model: 'spectrum';
  /** 0–100: the mean of the chosen options' positions; equals `overall`. */
  position: number | null;
  /** The defined position closest to `position`; at an exact midpoint, the lower one (see nearestPosition). */
  nearest: Position | null;
  /** 0–100: 100 when every answer sits at one position, 0 at the widest possible spread. */
  consistency: number | null;
  /** Answered items, furthest from the position first. */
  pulls: SpectrumPull[];
}

/** `unknown`: too few answers on the scale to judge the stage (see minimumAnswers). */
export type StageState = 'in-place' | 'not-in-place' | 'unknown';

export interface GatedStage {
  id: string;
  title: string;
  score: number | null;
  state: StageState;
  /** Score at or above the scale's agreeFrom, normalised to 0–100. */
  inPlace: boolean;
  /** In place although an earlier stage is known not to be; never set when the gap is only unknown. */
  leapfrogged: boolean;
}

export interface GatedResult extends BaseResult {
  model: 'gated';
  /** The dimensions, read as ordered stages. */
  stages: GatedStage[];
  /** The last stage in place with every stage before it in place; null when the first is not. */
  reached: string | null;
  /** The first stage not in place, when every stage before it is in place; null otherwise. */
  workOnFirst: string | null;
  /** The first stage that could not be judged, when every stage before it is in place; null otherwise. */
  firstUnknown: string | null;
  /** Stages that could not be judged. */
  unknown: string[];
  /** Stages in place after a stage that is not. */
  leapfrogged: string[];
}

export interface BenchmarkFigure {
  group: BenchmarkGroup;
  measure: 'percentAgree' | 'mean';
  value: number;
  note?: string;
  /** Whether the group is the respondent's own: leader ↔ management, front line ↔ non-management, `all` for everyone. */
  matchesRole: boolean;
}

export interface BenchmarkComparison {
  itemId: string;
  dimension: string;
  text: string;
  quoted: boolean;
  /** The raw answer; null when n/a or unanswered. */
  value: number | null;
  /** value ≥ the scale's agreeFrom; null when there is no answer. */
  agrees: boolean | null;
  /** Where the answer sits against the survey's published mean, within BENCHMARK_TOLERANCE; null without both. */
  versusMean: 'above' | 'in-line' | 'below' | null;
  figures: BenchmarkFigure[];
  /** Whether a source published figures for this item. */
  published: boolean;
}

export interface BenchmarkResult extends BaseResult {
  model: 'benchmark';
  /** Every item, in definition order. */
  comparisons: BenchmarkComparison[];
}

export interface ChecklistGroup {
  id: string;
  title: string;
  /** 0–100 over the group's answered items; null when none is answered. */
  readiness: number | null;
  /** Items at the top of the scale ("Answered"). */
  answered: number;
  /** Items between the ends of the scale ("Partly"). */
  partly: number;
  /** Items at the bottom of the scale ("Not yet"). */
  notYet: number;
}

export interface ChecklistOpenItem {
  itemId: string;
  dimension: string;
  text: string;
  /** The raw answer: below the top of the scale. */
  value: number;
  /** The item's own next step, else its group's. */
  pageId: string;
}

export interface ChecklistResult extends BaseResult {
  model: 'checklist';
  groups: ChecklistGroup[];
  /** Answered items not yet fully answered, by group in definition order. */
  open: ChecklistOpenItem[];
}

export type AssessmentResult = DimensionsResult | SpectrumResult | GatedResult | BenchmarkResult | ChecklistResult;
export type ResultOf<M extends ScoringModel> = Extract<AssessmentResult, { model: M }>;

/**
 * What a result says in words, in every state, so that the page, My results, the shared
 * page and print all say the same, and a test can pin it. The rule throughout: describe
 * only what was answered, and name what was not.
 */
export interface ResultSummary {
  state: ResultState;
  /** "62 out of 100", a spectrum position, a building-block sentence, or "Not enough answers to score". */
  headline: Wording;
  /** The band's label shown beside the headline; null when it would repeat the headline or describe what was not answered. */
  bandLabel: Wording | null;
  /** What the result means. The band's meaning only when every dimension is scored; otherwise a sentence about what was. */
  meaning: Wording | null;
  /** What to do next, each once. Dimension advice is not here: it comes with the next steps. */
  advice: Wording[];
  /** Dimensions with too few answers, as "Evaluation: 1 of 6 answered, 3 needed". */
  leftOut: Phrase[];
  /** How many questions were answered, and how the rest were answered, one phrase per part. */
  coverage: Phrase[];
}

/** The part of a summary a model words its own way; what was left out and the coverage read the same in every model. */
export type ModelSummary = Omit<ResultSummary, 'leftOut' | 'coverage'>;

/** What the result views need to know of a model, so that none of them switches on its name. */
export interface ModelView {
  /**
   * How the scores per dimension are drawn: `radar` for equal-weight areas, `bar` for
   * blocks in order and for groups; null when the model's own section shows the result.
   */
  chart: 'radar' | 'bar' | null;
  /** Caption of the table of scores per dimension. */
  tableCaption: Phrase;
  /** What the overall figure is called where it is drawn over time. */
  overallLabel: string;
  /** The heading of the steps when they do not follow "weakest first" (blocks that rest on one another). */
  nextStepsHeading?: Phrase;
}

/**
 * What each scoring model provides, one module per model (src/lib/scoring/models/<model>.ts):
 * everything else picks a model's behaviour through this, not by switching on its name.
 */
export interface ScoringModelModule<M extends ScoringModel> {
  model: M;
  /** The full result: scores, bands, next steps and the model's own details. */
  score(definition: AssessmentOf<M>, answers: Answers, role: Role | null): ResultOf<M>;
  /** A result with something scored, in words (a result with nothing scored reads the same in every model). */
  summarise(definition: AssessmentOf<M>, result: ResultOf<M>, scale: Scale): ModelSummary;
  view: ModelView;
  /** The fast per-respondent scorer for the team view: item scores only, in definition order. */
  itemScorer(definition: AssessmentOf<M>): (answers: Answers) => ItemScore[];
  /** What of an item the assessment version covers: a change to it changes what a stored answer means. */
  versionKey(item: ItemOf<M>): unknown;
  /** The answers an item takes: values on the scale, or an option's index. */
  answerRange(definition: AssessmentOf<M>, item: ItemOf<M>): { min: number; max: number };
  /** How the model reads answers, shown with the method under every result. */
  methodNote(scale: Scale): Wording[];
}
