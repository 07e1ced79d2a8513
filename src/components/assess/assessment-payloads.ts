// Build-time only (Astro pages import it): what a browser needs to score and show a result
// of an assessment, for the assessment page, the results page and the shared-result page.
import { getEntries, getEntry, type CollectionEntry } from 'astro:content';
import { nextStepPageIds, withIncludedNextSteps, type AssessmentPayload } from '../../lib/assess/payload.ts';
import { sourceYearLabel } from '../../lib/content/source-year.ts';
import { includedAssessments, includedPageIds } from '../../lib/content/site-content.ts';
import { playbookPath } from '../../lib/navigation/playbook-nav.ts';
import { historyFiles } from '../../lib/results/history-files.ts';
import { readHistory, type EarlierVersion } from '../../lib/results/history-schema.ts';
import { assessmentVersion } from '../../lib/results/version.ts';
import { scales } from '../../lib/schema/scales.ts';

/** One assessment's payload; next steps into parts this site leaves out fall back or are hidden. */
export async function assessmentPayload(assessment: CollectionEntry<'assessments'>): Promise<AssessmentPayload> {
  const pageIds = [...(await includedPageIds())];
  const definition = withIncludedNextSteps(assessment.data, pageIds);
  const earlier = earlierVersions(assessment.id, assessment.data).map((entry) => ({ ...entry, definition: withIncludedNextSteps(entry.definition, pageIds) }));
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const source = await getEntry('sources', definition.source);
  if (!source) throw new Error(`src/content/assessments/${assessment.id}.yaml: source "${definition.source}" is not in src/content/sources/`);
  const pageIdsShown = new Set([definition, ...earlier.map((entry) => entry.definition)].flatMap(nextStepPageIds));
  const pages = await getEntries([...pageIdsShown].map((id) => ({ collection: 'playbook' as const, id })));
  return {
    id: assessment.id,
    version: assessmentVersion(definition),
    definition,
    earlier,
    scale: scales[definition.scale],
    pages: Object.fromEntries(pages.map((page) => [page.id, { title: page.data.title, href: base + playbookPath(page.id) }])),
    source: { author: source.data.author, title: source.data.title, year: sourceYearLabel(source.data), publisher: source.data.publisher },
  };
}

/** An assessment's earlier versions from its history file; a drifted or tampered snapshot throws, naming file and field. */
function earlierVersions(id: string, current: CollectionEntry<'assessments'>['data']): EarlierVersion[] {
  if (!Object.hasOwn(historyFiles, id)) return [];
  return readHistory({ [id]: historyFiles[id] }, { [id]: current })[id] ?? [];
}

/** Every assessment this site includes, in the site's one order (includedAssessments). */
export async function assessmentPayloads(): Promise<AssessmentPayload[]> {
  return Promise.all((await includedAssessments()).map(assessmentPayload));
}

/** JSON for a `<script type="application/json">`, safe against a "</script>" in the content. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
