// Loaded when the consultant asks for a team plan: drafts it from the report in view, sums it
// up with the figures that chose each priority (the part that prints, on one A4 page), hands it
// to the plan editor, and exports the plan as it stands as CSV and a calendar reminder.
import type { Translate } from '../../lib/i18n/translate.ts';
import type { PlanArea, PlanBand } from '../../lib/plan/plan-editing.ts';
import { planToCsv } from '../../lib/plan/plan-csv.ts';
import { planReminder } from '../../lib/plan/plan-ics.ts';
import { PLAN_STATUS_KEYS, type Plan, type PlanPriority } from '../../lib/plan/plan-schema.ts';
import { draftTeamPlan, TEAM_GAP_MIN_POINTS, teamAreaBasis, type TeamPriorityBasis } from '../../lib/plan/team-plan.ts';
import { exportFileName } from '../../lib/results/export-names.ts';
import type { TeamAggregate } from '../../lib/team/aggregate.ts';
import { PLAN_CHANGE_EVENT, type PlanChangeEvent, type PlanEditorElement } from '../plan/plan-editor-element.ts';
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
  /** `plan.team.*`, `plan.status.*` and `plan.reminder.*`. */
  t: Translate;
  lang: string;
}

/** The person's local date, YYYY-MM-DD: a review date is a day in their calendar. */
function localToday(now: Date): string {
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((part, i) => String(part).padStart(i === 0 ? 4 : 2, '0')).join('-');
}

/** Drafts the plan into `host` (TeamPlan.astro): the summary in `.team-plan-body`, the editor in `.team-plan-edit`. */
export function showTeamPlan(host: HTMLElement, context: TeamPlanContext): void {
  const { aggregate, info, data } = context;
  const now = new Date();
  const { definition } = info;
  const english = data.bandLabels[info.id] ?? definition.bands.map((band) => band.label);
  const draft = draftTeamPlan(aggregate, definition, data.actions, localToday(now), { englishBandLabels: english, now });
  const drafted = new Map(draft.basis.map((basis) => [basis.area, basis]));
  const basisOf = (area: string) => drafted.get(area) ?? teamAreaBasis(aggregate, area.slice(info.id.length + 1), 'edited');
  const body = host.querySelector<HTMLElement>('.team-plan-body')!;
  let plan: Plan = draft.plan;
  const draw = () => body.replaceChildren(...summary(plan, basisOf, context, now, () => plan));
  draw();

  const edit = host.querySelector<HTMLElement>('.team-plan-edit')!;
  const editor = edit.querySelector<PlanEditorElement & HTMLElement>('tl-plan-editor')!;
  const textLang = info.textLang;
  const areas: PlanArea[] = definition.dimensions.map((dimension) => {
    const team = aggregate.dimensions.find((candidate) => candidate.id === dimension.id)?.groups.team;
    return { id: `${info.id}/${dimension.id}`, title: dimension.title, score: !team || team.suppressed ? null : Math.round(team.mean), ...(textLang ? { lang: textLang } : {}) };
  });
  const bands: PlanBand[] = definition.bands.map((band, index) => ({ label: english[index] ?? band.label, title: band.label, upTo: band.upTo, ...(textLang ? { lang: textLang } : {}) }));
  editor.setup({ plan, areas, bands, actions: data.actions, today: localToday(now) });
  // One listener per editor: a plan drafted again replaces the one it follows.
  const previous = listeners.get(editor);
  if (previous) editor.removeEventListener(PLAN_CHANGE_EVENT, previous);
  const listener = (event: Event) => {
    plan = (event as PlanChangeEvent).detail.plan;
    draw();
  };
  listeners.set(editor, listener);
  editor.addEventListener(PLAN_CHANGE_EVENT, listener);
  edit.hidden = false;
}

const listeners = new WeakMap<HTMLElement, EventListener>();

function summary(plan: Plan, basisOf: (area: string) => TeamPriorityBasis | undefined, context: TeamPlanContext, now: Date, current: () => Plan): HTMLElement[] {
  const { info, data, t, lang } = context;
  const { definition } = info;
  const own = (text: string) => (info.textLang ? h('span', { lang: info.textLang }, text) : text);
  const whole = (value: number) => new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(value);
  const signed = (value: number) => new Intl.NumberFormat(lang, { maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(value);
  const day = (iso: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
  const actionsById = new Map(data.actions.map((action) => [action.id, action]));
  // Bands are named in English in the plan; the page shows the definition's own label at the same place.
  const english = data.bandLabels[info.id] ?? definition.bands.map((band) => band.label);
  const target = (priority: PlanPriority) =>
    priority.target.score !== undefined ? t('plan.team.targetScore', { score: priority.target.score, date: day(priority.reviewOn) }) : t('plan.team.target', { band: definition.bands[english.indexOf(priority.target.band ?? '')]?.label ?? priority.target.band ?? '', date: day(priority.reviewOn) });
  const why = (chosen: TeamPriorityBasis | undefined) => {
    if (!chosen) return t('plan.team.noFigure');
    const team = { mean: whole(chosen.team.mean), count: whole(chosen.team.n) };
    if (chosen.chosenFor === 'gap' && chosen.gap) return t('plan.team.chosenGap', { points: signed(chosen.gap.points), leader: whole(chosen.gap.leader), frontLine: whole(chosen.gap.frontLine), ...team });
    return t(chosen.chosenFor === 'weakest' ? 'plan.team.chosenWeakest' : 'plan.team.chosenEdited', team);
  };

  const priorityBlock = (priority: PlanPriority, index: number) => {
    const chosen = basisOf(priority.area);
    const title = definition.dimensions.find((dimension) => `${info.id}/${dimension.id}` === priority.area)?.title ?? priority.area;
    return h(
      'section',
      { class: 'team-plan-priority', 'aria-labelledby': `team-plan-priority-${index}` },
      h('h4', { id: `team-plan-priority-${index}` }, `${index + 1}. `, own(title)),
      h('p', { class: 'team-plan-why' }, why(chosen)),
      h('p', {}, h('strong', {}, target(priority))),
      chosen && chosen.weakItems.length > 0
        ? h(
            'div',
            {},
            h('p', { class: 'team-plan-label' }, t('plan.team.weakItems')),
            h('ul', {}, chosen.weakItems.map((item) => h('li', {}, h('q', { lang: info.textLang }, item.text), ` (${t('plan.team.itemScore', { score: whole(item.meanScore) })})`))),
          )
        : null,
      h('p', { class: 'team-plan-label' }, t('plan.team.actions')),
      priority.actions.length > 0
        ? h(
            'ol',
            { class: 'team-plan-actions' },
            priority.actions.map((action) => {
              const known = action.actionId === undefined ? undefined : actionsById.get(action.actionId);
              const status = t(PLAN_STATUS_KEYS[action.status]);
              const owner = action.owner.trim() === '' ? status : `${action.owner} · ${status}`;
              return h('li', {}, h('span', { lang: known?.lang }, known?.text ?? action.text ?? action.actionId ?? ''), h('span', { class: 'muted' }, ` (${owner})`));
            }),
          )
        : h('p', { class: 'muted' }, t('plan.team.noActions')),
    );
  };

  const subject = `team-plan-${info.id}`;
  const tools = h(
    'p',
    { class: 'team-plan-tools no-print' },
    h('button', { type: 'button', class: 'button secondary', 'data-action': 'print-plan' }, t('plan.team.print')),
    h('button', { type: 'button', class: 'button secondary', 'data-action': 'plan-csv' }, t('plan.team.csv')),
    h('button', { type: 'button', class: 'button secondary', 'data-action': 'plan-ics' }, t('plan.team.ics')),
  );
  tools.querySelector('[data-action="print-plan"]')!.addEventListener('click', () => printPlan());
  tools.querySelector('[data-action="plan-csv"]')!.addEventListener('click', () =>
    downloadText(exportFileName({ subject, date: now, extension: 'csv' }), planToCsv(current(), (id) => actionsById.get(id)?.text), 'text/csv'),
  );
  const ics = tools.querySelector<HTMLButtonElement>('[data-action="plan-ics"]')!;
  if (planReminder(plan, definition.title, t, now) === undefined) ics.remove();
  else ics.addEventListener('click', () => downloadText(exportFileName({ subject, date: now, extension: 'ics' }), planReminder(current(), definition.title, t, now) ?? '', 'text/calendar'));

  return [
    h('h3', { class: 'team-plan-heading' }, t('plan.team.heading'), ': ', own(definition.title)),
    h('p', { class: 'muted' }, t('plan.team.drafted', { date: day(localToday(now)), selection: context.selectionText })),
    ...(plan.priorities.length === 0 ? [h('p', {}, t('plan.team.empty'))] : plan.priorities.map(priorityBlock)),
    h('p', { class: 'muted team-plan-rule' }, t('plan.team.rule', { points: whole(TEAM_GAP_MIN_POINTS) })),
    ...(plan.priorities.length === 0 ? [] : [tools]),
  ];
}

/** Prints the plan alone: the page's print style leaves out the report while `data-print` says so. */
function printPlan(): void {
  const root = document.documentElement;
  root.dataset.print = 'team-plan';
  addEventListener('afterprint', () => delete root.dataset.print, { once: true });
  print();
}
