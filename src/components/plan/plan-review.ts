// Loaded only when a result is shown and the browser may hold a plan of its assessment (see
// review-hook.ts): the plan store brings the schema library, which the page does not need before.
import type { AssessmentPayload } from '../../lib/assess/payload.ts';
import type { Translate } from '../../lib/i18n/translate.ts';
import { planProgress, progressPhrase, type PriorityProgress } from '../../lib/plan/progress.ts';
import { createPlanStore } from '../../lib/plan/plan-store.ts';
import { planToReview, withPageBands } from '../../lib/plan/plan-to-review.ts';
import { createResultStore } from '../../lib/results/store.ts';
import type { SavedResult } from '../../lib/schema/saved-result.ts';
import { wordOf } from '../../lib/scoring/phrase.ts';
import { roundScore } from '../../lib/scoring/summary.ts';
import { localStorageEngine } from '../assess/local-storage-engine.ts';
import { h, scrollTable } from '../view/dom.ts';

export interface ReviewContext {
  /** The assessment as it is now (not as the result was taken): both results are read on today's questions. */
  payload: AssessmentPayload;
  result: SavedResult;
  /** The page's strings, with `plan.progress.*` and `plan.review.*`. */
  t: Translate;
}

/**
 * Adds "Progress against your plan of <date>" to a shown result when a plan was made from an
 * earlier result of the same assessment: per priority the area, its score then and now, the
 * target and whether it is met. Draws nothing when there is no such plan.
 */
export function showPlanReview(container: HTMLElement, { payload, result, t }: ReviewContext): void {
  const engine = localStorageEngine();
  const found = planToReview(createPlanStore(engine).list().plans, createResultStore(engine).list().results, result);
  container.querySelector('.result-plan-review')?.remove();
  if (!found) return;
  const { definition } = payload;
  const plan = withPageBands(found.plan, payload.bandLabels, definition.bands.map((band) => band.label));
  const rows = planProgress(plan, found.then, result, definition, { [payload.id]: payload.earlier });
  const lang = container.closest<HTMLElement>('[lang]')?.lang || 'en';
  const date = (iso: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date(iso));
  const own = (text: string) => (payload.textLang ? h('span', { lang: payload.textLang }, text) : text);
  const areaTitle = (area: string) => definition.dimensions.find((dimension) => `${payload.id}/${dimension.id}` === area)?.title ?? area;
  const score = (value: number | null) => (value === null ? t('plan.review.noScore') : String(roundScore(value)));
  const target = (row: PriorityProgress) =>
    row.target.score !== undefined ? t('plan.review.targetScore', { score: row.target.score }) : t('plan.review.targetBand', { band: row.target.band ?? '' });
  const table = h(
    'table',
    { class: 'result-table plan-review-table' },
    h('caption', {}, t('plan.review.caption')),
    h(
      'thead',
      {},
      h('tr', {}, ...['area', 'then', 'now', 'target', 'outcome'].map((column) => h('th', { scope: 'col' }, t(`plan.review.${column}`)))),
    ),
    h(
      'tbody',
      {},
      rows.map((row) =>
        h(
          'tr',
          { 'data-outcome': row.outcome },
          h('th', { scope: 'row' }, own(areaTitle(row.area))),
          h('td', {}, score(row.then)),
          h('td', {}, score(row.now)),
          h('td', {}, target(row)),
          h('td', {}, wordOf(t, progressPhrase(row))),
        ),
      ),
    ),
  );
  const section = h(
    'section',
    { class: 'result-plan-review', 'aria-labelledby': 'result-plan-review' },
    h('h3', { id: 'result-plan-review' }, t('plan.review.heading', { date: date(found.plan.updatedAt) })),
    h('p', { class: 'muted' }, t('plan.review.lead', { date: date(found.then.takenAt) })),
    scrollTable(t('plan.review.caption'), table),
  );
  (container.querySelector('.result-headline') ?? container.querySelector('h2'))?.after(section);
}
