/** The messages between the team page and its worker (aggregate.worker.ts). */
import type { Dictionary } from '../../lib/i18n/dictionary.ts';
import type { Phrase } from '../../lib/team/phrase.ts';
import type { DefinitionsById } from '../../lib/results/definitions.ts';
import type { EarlierVersionsById } from '../../lib/results/history.ts';
import type { TeamAggregate } from '../../lib/team/aggregate.ts';
import type { FilterChoices, TeamSelection } from '../../lib/team/filter.ts';
import type { CollectedEntry } from '../../lib/team/collected.ts';
import type { PackedReport } from '../../lib/intake/report.ts';
import type { IntakeProgress } from '../intake/read-sources.ts';

/** What the collection holds, for the page to describe (never printed: it is not protected). */
export interface CollectionState {
  total: number;
  /** How many of them replaced an earlier result of the same person. */
  corrected: number;
  /** Results per assessment id. */
  byAssessment: Record<string, number>;
  /** false when the browser is not keeping the results (no IndexedDB, or writing failed). */
  kept: boolean;
  /** Something about the kept set to tell the consultant, e.g. results left out on opening. */
  note?: Phrase;
  choices: FilterChoices;
}

export type TeamRequest =
  | { type: 'open'; definitions: DefinitionsById; earlier: EarlierVersionsById; databaseName: string; minGroupSize: number }
  | { type: 'import'; files: File[]; links: string }
  | { type: 'aggregate'; selection: TeamSelection }
  | { type: 'csv'; assessmentId: string; selection: TeamSelection; messages: Dictionary; lang: string }
  | { type: 'clear' }
  | { type: 'remove'; id: string }
  | { type: 'undo' }
  | { type: 'list' };

export interface TeamReplies {
  open: CollectionState;
  import: { report: PackedReport; state: CollectionState };
  /** One aggregate per assessment in the collection, in the order of `definitions`. */
  aggregate: { aggregates: TeamAggregate[]; milliseconds: number };
  csv: string;
  clear: CollectionState;
  remove: CollectionState;
  undo: CollectionState;
  list: CollectedEntry[];
}

export type TeamProgress = IntakeProgress;

export type TeamMessage =
  | { id: number; kind: 'progress'; progress: TeamProgress }
  | { id: number; kind: 'done'; value: unknown }
  | { id: number; kind: 'failed'; message: string };
