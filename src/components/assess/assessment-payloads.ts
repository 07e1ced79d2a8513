// Build-time only (Astro pages import it): what a browser needs to score and show a result
// of an assessment, for the assessment page, the results page and the shared-result page.
import { getEntry, type CollectionEntry } from 'astro:content';
import { localizeAssessment, localizeScale } from '../../lib/assess/localize.ts';
import { deepDiveIds, nextStepPageIds, themeSourceIds, withIncludedNextSteps, type AssessmentPayload, type SourceCredit } from '../../lib/assess/payload.ts';
import { getOutline } from '../../lib/content/outline.ts';
import { referenceLocale, type LocaleCode } from '../../lib/i18n/locales.ts';
import { localizedPath } from '../../lib/i18n/routes.ts';
import type { Assessment } from '../../lib/schema/assessment.ts';
import { routing, translatorFor } from '../site/page-locale.ts';
import { localizedSources, type LocalizedSource } from '../../lib/content/sources.ts';
import { sourceYearLabel } from '../../lib/content/source-year.ts';
import { includedAssessments, includedPageIds, isAssessmentIncluded, isLinkIncluded } from '../../lib/content/site-content.ts';
import { playbookPath } from '../../lib/navigation/playbook-nav.ts';
import { historyFiles } from '../../lib/results/history-files.ts';
import { readHistory, type EarlierVersion } from '../../lib/results/history-schema.ts';
import { assessmentVersion } from '../../lib/results/version.ts';
import { scales, type Scale } from '../../lib/schema/scales.ts';

/** An assessment's text in one language, as the site shows it anywhere (a title on the home page, a whole form). */
export interface LocalizedAssessment {
  data: Assessment;
  /** `en` when the assessment has no translation into the page's language: its text carries this `lang`. */
  lang: string | undefined;
  /** The English words of quoted items (survey statements, the source's questions), by item id, shown beside their translation. */
  originals: Record<string, string>;
}

/** The assessment in a language: its translation when there is one, else the English, marked so. */
export async function localizedAssessment(assessment: CollectionEntry<'assessments'>, locale: LocaleCode): Promise<LocalizedAssessment> {
  if (locale === referenceLocale) return { data: assessment.data, lang: undefined, originals: {} };
  const translation = await getEntry('assessmentTranslations', `${locale}/${assessment.id}`);
  if (!translation) return { data: assessment.data, lang: referenceLocale, originals: {} };
  const { definition, originals } = localizeAssessment(assessment.data, translation.data);
  return { data: definition, lang: undefined, originals };
}

/** An answer scale in a language, English where its words are not translated. */
async function localizedScale(id: Assessment['scale'], locale: LocaleCode): Promise<Scale> {
  const words = locale === referenceLocale ? undefined : (await getEntry('scaleTranslations', locale))?.data.scales[id];
  return words ? localizeScale(scales[id], words) : scales[id];
}

/**
 * One assessment's payload in the page's language; next steps into parts this site leaves
 * out fall back or are hidden, and link to the guides in the same language.
 */
export async function assessmentPayload(assessment: CollectionEntry<'assessments'>, locale: LocaleCode = referenceLocale): Promise<AssessmentPayload> {
  const pageIds = [...(await includedPageIds())];
  const localized = await localizedAssessment(assessment, locale);
  const definition = withIncludedNextSteps(localized.data, pageIds);
  const earlier = earlierVersions(assessment.id, assessment.data).map((entry) => ({ ...entry, definition: withIncludedNextSteps(entry.definition, pageIds) }));
  const source = (await localizedSources(locale)).find((entry) => entry.id === definition.source);
  if (!source) throw new Error(`src/content/assessments/${assessment.id}.yaml: source "${definition.source}" is not in src/content/sources/`);
  const pageIdsShown = new Set([definition, ...earlier.map((entry) => entry.definition)].flatMap(nextStepPageIds));
  const guides = new Map((await getOutline(locale)).flatMap((part) => part.pages).map((page) => [page.id, page]));
  const pages = [...pageIdsShown].flatMap((id) => {
    const guide = guides.get(id);
    return guide ? [[id, { title: guide.title, href: localizedPath(playbookPath(id), locale, routing), ...(guide.lang && { lang: guide.lang }) }] as const] : [];
  });
  return {
    id: assessment.id,
    version: assessmentVersion(definition),
    definition,
    earlier,
    scale: await localizedScale(definition.scale, locale),
    ...(localized.lang && { textLang: localized.lang }),
    originals: localized.originals,
    ...(locale !== referenceLocale && { bandLabels: assessment.data.bands.map((band) => band.label) }),
    pages: Object.fromEntries(pages),
    source: sourceCredit(source, locale),
    ...(await synthesisParts(definition, locale)),
  };
}

const sourceCredit = (source: LocalizedSource, locale: LocaleCode): SourceCredit => ({
  author: source.data.author,
  title: source.data.title,
  year: sourceYearLabel(source.data, translatorFor(locale)),
  publisher: source.data.publisher,
  ...(source.lang && { lang: source.lang }),
});

/** The sources page, where each source has an anchor `#source-<id>`. */
const SOURCES_PAGE = '/playbook/start/sources/';

/** For an assessment whose dimensions name sources and deep dives: their credits and links in the page's language. */
async function synthesisParts(definition: Assessment, locale: LocaleCode): Promise<Pick<AssessmentPayload, 'themeSources' | 'deepDives'>> {
  const sourceIds = themeSourceIds(definition);
  const diveIds = deepDiveIds(definition).filter(isAssessmentIncluded);
  const linkSources = isLinkIncluded(SOURCES_PAGE);
  const sources = sourceIds.length > 0 ? await localizedSources(locale) : [];
  const themeSources = sourceIds.map((id) => {
    const entry = sources.find((candidate) => candidate.id === id);
    if (!entry) throw new Error(`dimensions name source "${id}", which is not in src/content/sources/`);
    return [id, { ...sourceCredit(entry, locale), ...(linkSources && { href: `${localizedPath(SOURCES_PAGE, locale, routing)}#source-${id}` }) }] as const;
  });
  const deepDives = await Promise.all(
    diveIds.map(async (id) => {
      const entry = await getEntry('assessments', id);
      if (!entry) throw new Error(`dimensions name deep dive "${id}", which is not in src/content/assessments/`);
      const { data, lang } = await localizedAssessment(entry, locale);
      return [id, { title: data.title, href: localizedPath(`/assess/${id}/`, locale, routing), ...(lang && { lang }) }] as const;
    }),
  );
  return {
    ...(themeSources.length > 0 && { themeSources: Object.fromEntries(themeSources) }),
    ...(deepDives.length > 0 && { deepDives: Object.fromEntries(deepDives) }),
  };
}

/** An assessment's earlier versions from its history file; a drifted or tampered snapshot throws, naming file and field. */
function earlierVersions(id: string, current: CollectionEntry<'assessments'>['data']): EarlierVersion[] {
  if (!Object.hasOwn(historyFiles, id)) return [];
  return readHistory({ [id]: historyFiles[id] }, { [id]: current })[id] ?? [];
}

/** Every assessment this site includes, in the site's one order (includedAssessments). */
export async function assessmentPayloads(locale: LocaleCode = referenceLocale): Promise<AssessmentPayload[]> {
  return Promise.all((await includedAssessments()).map((assessment) => assessmentPayload(assessment, locale)));
}

/** JSON for a `<script type="application/json">`, safe against a "</script>" in the content. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
