/** The messages between My results and the intake worker (intake.worker.ts). */
import type { PackedReport } from '../../lib/intake/report.ts';
import type { StoreWrite } from '../../lib/intake/store-import.ts';
import type { DefinitionsById } from '../../lib/results/definitions.ts';
import type { EarlierVersionsById } from '../../lib/results/history.ts';
import type { IntakeProgress } from './read-sources.ts';

export interface IntakeRequest {
  files: File[];
  links: string;
  definitions: DefinitionsById;
  /** Earlier versions, so a CSV row or share link taken with one keeps every answer. */
  earlier: EarlierVersionsById;
  /** The page's stored values of SNAPSHOT_KEYS when the import began. */
  snapshot: Record<string, string | null>;
}

export interface IntakeReply {
  report: PackedReport;
  /** What the page writes to its storage to keep the results added. */
  writes: StoreWrite[];
}

export type IntakeMessage =
  | { id: number; kind: 'progress'; progress: IntakeProgress }
  | { id: number; kind: 'done'; value: IntakeReply }
  | { id: number; kind: 'failed'; message: string };
