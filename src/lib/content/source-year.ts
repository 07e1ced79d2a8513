import type { Assessment } from '../schema/assessment.ts';
import type { Source } from '../schema/source.ts';
import type { Translate } from '../i18n/translate.ts';

/**
 * The year as a credit line shows it. A year the article does not print is an inference, so
 * the short credit says so ("undated, about 2012"); the Sources page gives the reasoning.
 */
export function sourceYearLabel(source: Pick<Source, 'year' | 'yearNote'>, t?: Translate): string {
  if (source.year === 'not stated') return t ? t('source.undated') : 'undated';
  if (!source.yearNote) return String(source.year);
  return t ? t('source.undatedAbout', { year: String(source.year) }) : `undated, about ${source.year}`;
}

/** How an assessment's credit line opens: the source its items come from, or Touchline's own synthesis of it. */
export function creditLead(definition: Pick<Assessment, 'credit'>): string {
  return definition.credit === 'synthesis' ? 'Touchline’s synthesis, built from' : 'Based on';
}
