/**
 * The one order assessments are listed in everywhere (home, assessments index, My results,
 * team view): shortest first, so a newcomer meets a quick one before the long audits; equal
 * lengths by title.
 */
export function byAssessmentOrder(a: { data: { minutes: number; title: string } }, b: { data: { minutes: number; title: string } }): number {
  return a.data.minutes - b.data.minutes || a.data.title.localeCompare(b.data.title, 'en');
}
