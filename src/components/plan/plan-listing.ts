import type { Translate } from '../../lib/i18n/translate.ts';
import { nextReview } from '../../lib/plan/plan-schema.ts';
import { createPlanStore, PLANS_KEY, type PlanList, type PlanStore } from '../../lib/plan/plan-store.ts';
import { removeItem, type StorageEngine } from '../../lib/results/storage-engine.ts';
import type { SavedResult } from '../../lib/schema/saved-result.ts';
import { wordOf } from '../../lib/scoring/phrase.ts';
import { h } from '../view/dom.ts';

export interface PlanListing {
  /** Under a saved result: its plan's progress and review date with "Open" and "Delete", or "Make a plan". */
  forResult(result: SavedResult, name: string): HTMLElement;
  /** Plans that cannot be read, each named; the others list as usual. */
  notices(): HTMLElement[];
  /** Deletes a result's plan with the result; says nothing when it has none. */
  removeWith(resultId: string): void;
  /** Deletes every plan, with every result ("Delete all"). */
  removeAll(): void;
}

/**
 * The plans beside My results, read once per drawing of the list. `onChange` redraws the list
 * after a plan is deleted; `say` words the outcome in the page's status line.
 */
export function planListing(engine: StorageEngine, options: { planHref: string; t: Translate; lang: string; onChange: () => void; say: (text: string) => void }): PlanListing {
  const { t } = options;
  const store: PlanStore = createPlanStore(engine);
  const list: PlanList = store.list();
  const href = (result: SavedResult) => `${options.planHref}#${encodeURIComponent(result.id)}`;
  const day = (iso: string) => new Intl.DateTimeFormat(options.lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
  return {
    forResult(result, name) {
      const plan = list.plans.find((candidate) => candidate.resultId === result.id);
      const hidden = h('span', { class: 'visually-hidden' }, ` ${name}`);
      if (!plan) return h('p', { class: 'results-plan' }, h('a', { href: href(result) }, t('results.plan.make'), hidden));
      const actions = plan.priorities.flatMap((priority) => priority.actions);
      const done = actions.filter((action) => action.status === 'done').length;
      const review = nextReview(plan);
      const remove = h('button', { type: 'button', class: 'link-button' }, t('results.plan.delete'), hidden.cloneNode(true));
      remove.addEventListener('click', () => {
        if (!confirm(t('results.plan.deleteConfirm', { name }))) return;
        const outcome = store.remove(result.id);
        options.onChange();
        options.say(outcome.ok ? t('results.plan.deleted', { name }) : wordOf(t, outcome.problem));
      });
      return h(
        'p',
        { class: 'results-plan' },
        t('results.plan.summary', { count: actions.length, done, priorities: plan.priorities.length }),
        review ? ` · ${t('results.plan.review', { date: day(review) })}` : '',
        ' · ',
        h('a', { href: href(result) }, t('results.plan.open'), hidden.cloneNode(true)),
        ' · ',
        remove,
      );
    },
    notices() {
      return list.problems.map(({ index, problem }) =>
        h('p', { class: 'results-problem' }, index === null ? wordOf(t, problem) : t('results.plan.problem', { number: index + 1, reason: wordOf(t, problem) })),
      );
    },
    removeWith(resultId) {
      if (list.plans.some((plan) => plan.resultId === resultId)) store.remove(resultId);
    },
    removeAll() {
      removeItem(engine, PLANS_KEY);
    },
  };
}
