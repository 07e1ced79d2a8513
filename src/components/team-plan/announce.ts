import type { TeamReportShown } from './team-plan-element.ts';

/** Tells the team plan (team-plan-element.ts) which report the team view now shows; null for none. */
export function announceReport(shown: TeamReportShown): void {
  document.dispatchEvent(new CustomEvent<TeamReportShown>('tl-team-report', { detail: shown }));
}
