interface Ordered {
  data: { minutes: number; title: string; offerFirst?: boolean };
}

/**
 * The one order assessments are listed in everywhere (home, assessments index, My results,
 * team view): the one offered first (the short, broad check that says where to look), then
 * shortest first, so a newcomer meets a quick one before the long audits; equal lengths by title.
 */
export function byAssessmentOrder(a: Ordered, b: Ordered): number {
  return Number(b.data.offerFirst ?? false) - Number(a.data.offerFirst ?? false) || a.data.minutes - b.data.minutes || a.data.title.localeCompare(b.data.title, 'en');
}
