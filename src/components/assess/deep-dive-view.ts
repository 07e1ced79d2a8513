// The parts of a result that only an assessment built from several sources has (the core
// check): the deep dives its weakest themes point to, and the sources each theme draws on.
import { themeSourceCredits, type AssessmentPayload } from '../../lib/assess/payload.ts';
import type { Translate } from '../../lib/i18n/translate.ts';
import { recommendDeepDives } from '../../lib/scoring/deep-dives.ts';
import { roundScore as round } from '../../lib/scoring/summary.ts';
import type { AssessmentResult } from '../../lib/scoring/types.ts';
import { h } from '../view/dom.ts';
import { withElement } from './slot-text.ts';

const titleOf = (payload: AssessmentPayload, id: string) => payload.definition.dimensions.find((dimension) => dimension.id === id)?.title ?? id;

/** "Take a deep dive next": one or two longer assessments for the weakest themes, each saying which theme it follows from. */
export function deepDiveSection(result: AssessmentResult, payload: AssessmentPayload, t: Translate): HTMLElement | null {
  const links = payload.deepDives ?? {};
  const advice = recommendDeepDives(payload.definition, result, new Set(Object.keys(links)));
  if (advice.state === 'not-scored') return null;
  const own = (text: string) => (payload.textLang ? h('span', { lang: payload.textLang }, text) : text);
  const unscored = advice.unscored.map((id) => titleOf(payload, id));
  const body =
    advice.state === 'recommended'
      ? h(
          'ul',
          { class: 'result-deep-dive-list' },
          advice.deepDives.map((dive) => {
            const link = links[dive.assessment]!;
            return h(
              'li',
              {},
              h('a', { href: link.href, hreflang: link.lang }, h('strong', { lang: link.lang }, link.title)),
              h('p', {}, ...withElement(t, 'result.deepDive.because', 'theme', () => own(titleOf(payload, dive.dimension)), { score: round(dive.score) })),
            );
          }),
        )
      : h('p', {}, t(advice.state === 'all-strong' ? 'result.deepDive.allStrong' : 'result.deepDive.noneAvailable'));
  return h(
    'section',
    { class: 'result-deep-dive', 'aria-labelledby': 'result-deep-dive' },
    h('h3', { id: 'result-deep-dive' }, t('result.deepDive.heading')),
    advice.state === 'recommended' ? h('p', {}, t('result.deepDive.lead')) : null,
    body,
    unscored.length > 0 ? h('p', { class: 'muted' }, t('result.deepDive.unscored', { list: unscored.join('; ') })) : null,
  );
}

/**
 * The credit of an assessment whose themes (dimensions) name their sources: that the whole is
 * Touchline's synthesis, and each theme's sources, linked to their entries on the sources page.
 * Null when the dimensions name none, and the single-source credit applies.
 */
export function themeSourceCredit(payload: AssessmentPayload, t: Translate): HTMLElement | null {
  const sources = payload.themeSources;
  if (!sources) return null;
  const own = (text: string) => (payload.textLang ? h('span', { lang: payload.textLang }, text) : text);
  const credit = (source: (typeof sources)[string] | string) => (typeof source === 'string' ? source : source.href ? h('a', { href: source.href }, source.author) : source.author);
  return h(
    'div',
    { class: 'result-credit muted' },
    h('p', {}, t('result.credit.themes')),
    h(
      'ul',
      {},
      themeSourceCredits(payload.definition, sources).map((theme) => h('li', {}, own(theme.title), ': ', theme.sources.flatMap((source, i) => (i === 0 ? [credit(source)] : [', ', credit(source)])))),
    ),
    payload.definition.sourceNote ? h('p', {}, own(payload.definition.sourceNote)) : null,
  );
}
