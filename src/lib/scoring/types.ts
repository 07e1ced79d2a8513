import type { Assessment, Band, BenchmarkGroup, ScoringModel } from '../schema/assessment.ts';

/** A point on the spectrum model's line, as the definition gives it. */
export type Position = NonNullable<Assessment['positions']>[number];

/** One dimension's score. `answered + notApplicable + unanswered === total`. */
export interface DimensionScore {
  id: string;
  title: string;
  /** 0–100, the mean of its answered items' scores; null when nothing in it could be scored. */
  score: number | null;
  /** Items with an answer on the scale. */
  answered: number;
  /** Items answered "not applicable / don't know". */
  notApplicable: number;
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
}

/** A playbook page to read, and why. */
export interface NextStep {
  /** Id of the dimension the step comes from. */
  dimension: string;
  /** The dimension's title, or the item's text when a low item brought the step in. */
  title: string;
  pageId: string;
  advice: string;
  /** The dimension's score, or the item's when a low item brought the step in. */
  score: number | null;
  /** Set when a low answer to this item (with its own next step) brought the step in. */
  itemId?: string;
}

export interface BaseResult {
  model: ScoringModel;
  /** 0–100; null when nothing could be scored. */
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
  /** The defined position closest to `position` (the first one on a tie). */
  nearest: Position | null;
  /** 0–100: 100 when every answer sits at one position, 0 at the widest possible spread. */
  consistency: number | null;
  /** Answered items, furthest from the position first. */
  pulls: SpectrumPull[];
}

export interface GatedStage {
  id: string;
  title: string;
  score: number | null;
  /** Score at or above the scale's agreeFrom, normalised to 0–100. */
  inPlace: boolean;
  /** In place although an earlier stage is not. */
  leapfrogged: boolean;
}

export interface GatedResult extends BaseResult {
  model: 'gated';
  /** The dimensions, read as ordered stages. */
  stages: GatedStage[];
  /** The last stage in place with every stage before it in place; null when the first is not. */
  reached: string | null;
  /** The first stage not in place; null when all are. */
  workOnFirst: string | null;
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
