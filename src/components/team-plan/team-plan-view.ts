// Loaded when the consultant asks for a team plan: drafts it from the report in view and shows
// it read-only, with print (one A4 page), CSV and a calendar reminder for the review date.
import type { Translate } from '../../lib/i18n/translate.ts';
import { planToCsv } from '../../lib/plan/plan-csv.ts';
import { planReminder } from '../../lib/plan/plan-ics.ts';
import { draftTeamPlan, TEAM_GAP_MIN_POINTS, type TeamPriorityBasis } from '../../lib/plan/team-plan.ts';
import type { PlanPriority } from '../../lib/plan/plan-schema.ts';
import { exportFileName } from '../../lib/results/export-names.ts';
import type { TeamAggregate } from '../../lib/team/aggregate.ts';
import { downloadText } from '../results/download.ts';
import type { AssessmentInfo } from '../team/report-view.ts';
import { h } from '../view/dom.ts';
import type { TeamPlanData } from './team-plan-element.ts';

export interface TeamPlanContext {
  aggregate: TeamAggregate;
  info: AssessmentInfo;
  /** The report's filters in words, as its facts line says them. */
  selectionText: string;
  data: TeamPlanData;
  /** `plan.team.*` and `plan.reminder.*`. */
  t: Translate;
  lang: string;
}

/** The person's local date, YYYY-MM-DD: a review date is a day in their calendar. */
function localToday(now: Date): string {
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((part, i) => String(part).padStart(i === 0 ? 4 : 2, '0')).join('-');
}

export function showTeamPlan(container: HTMLElement, context: TeamPlanContext): void {
  const { aggregate, info, data, t, lang } = context;
  const now = new Date();
  const { definition } = info;
  const { plan, basis } = draftTeamPlan(aggregate, definition, data.actions, localToday(now), { englishBandLabels: data.bandLabels[info.id], now });
  const own = (text: string) => (info.textLang ? h('span', { lang: info.textLang }, text) : text);
  const whole = (value: number) => new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(value);
  const signed = (value: number) => new Intl.NumberFormat(lang, { maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(value);
  const day = (iso: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
  const actionsById = new Map(data.actions.map((action) => [action.id, action]));
  // Bands are named in English in the plan; the page shows the definition's own label at the same place.
  const bandLabel = (band: string) => definition.bands[(data.bandLabels[info.id] ?? definition.bands.map((b) => b.label)).indexOf(band)]?.label ?? band;

  const why = (chosen: TeamPriorityBasis) =>
    chosen.chosenFor === 'gap' && chosen.gap
      ? t('plan.team.chosenGap', { points: signed(chosen.gap.points), leader: whole(chosen.gap.leader), frontLine: whole(chosen.gap.frontLine), mean: whole(chosen.team.mean), count: whole(chosen.team.n) })
      : t('plan.team.chosenWeakest', { mean: whole(chosen.team.mean), count: whole(chosen.team.n) });

  const priorityBlock = (priority: PlanPriority, index: number) => {
    const chosen = basis[index]!;
    const actions = priority.actions.flatMap((action) => (action.actionId && actionsById.has(action.actionId) ? [actionsById.get(action.actionId)!] : []));
    return h(
      'section',
      { class: 'team-plan-priority', 'aria-labelledby': `team-plan-priority-${index}` },
      h('h4', { id: `team-plan-priority-${index}` }, `${index + 1}. `, own(chosen.title)),
      h('p', { class: 'team-plan-why' }, why(chosen)),
      h('p', {}, h('strong', {}, t('plan.team.target', { band: bandLabel(priority.target.band ?? ''), date: day(priority.reviewOn) }))),
      chosen.weakItems.length > 0
        ? h(
            'div',
            {},
            h('p', { class: 'team-plan-label' }, t('plan.team.weakItems')),
            h('ul', {}, chosen.weakItems.map((item) => h('li', {}, h('q', { lang: info.textLang }, item.text), ` (${t('plan.team.itemScore', { score: whole(item.meanScore) })})`))),
          )
        : null,
      h('p', { class: 'team-plan-label' }, t('plan.team.actions')),
      actions.length > 0
        ? h('ol', { class: 'team-plan-actions' }, actions.map((action) => h('li', { lang: action.lang }, action.text)))
        : h('p', { class: 'muted' }, t('plan.team.noActions')),
    );
  };

  const buttons = h(
    'p',
    { class: 'team-plan-tools no-print' },
    h('button', { type: 'button', class: 'button secondary', 'data-action': 'print-plan' }, t('plan.team.print')),
    h('button', { type: 'button', class: 'button secondary', 'data-action': 'plan-csv' }, t('plan.team.csv')),
    h('button', { type: 'button', class: 'button secondary', 'data-action': 'plan-ics' }, t('plan.team.ics')),
  );
  const subject = `team-plan-${info.id}`;
  buttons.querySelector('[data-action="print-plan"]')!.addEventListener('click', () => printPlan());
  buttons.querySelector('[data-action="plan-csv"]')!.addEventListener('click', () =>
    downloadText(exportFileName({ subject, date: now, extension: 'csv' }), planToCsv(plan, (id) => actionsById.get(id)?.text), 'text/csv'),
  );
  const reminder = planReminder(plan, definition.title, t, now);
  const ics = buttons.querySelector<HTMLButtonElement>('[data-action="plan-ics"]')!;
  if (reminder === undefined) ics.remove();
  else ics.addEventListener('click', () => downloadText(exportFileName({ subject, date: now, extension: 'ics' }), reminder, 'text/calendar'));

  container.replaceChildren(
    h('h3', { class: 'team-plan-heading' }, t('plan.team.heading'), ': ', own(definition.title)),
    h('p', { class: 'muted' }, t('plan.team.drafted', { date: day(localToday(now)), selection: context.selectionText })),
    ...(plan.priorities.length === 0 ? [h('p', {}, t('plan.team.empty'))] : plan.priorities.map(priorityBlock)),
    h('p', { class: 'muted team-plan-rule' }, t('plan.team.rule', { points: whole(TEAM_GAP_MIN_POINTS) })),
    ...(plan.priorities.length === 0 ? [] : [buttons]),
  );
}

/** Prints the plan alone: the page's print style leaves out the report while `data-print` says so. */
function printPlan(): void {
  const root = document.documentElement;
  root.dataset.print = 'team-plan';
  addEventListener('afterprint', () => delete root.dataset.print, { once: true });
  print();
}
