import type { TeamAggregate } from '../../lib/team/aggregate.ts';
import type { AssessmentInfo } from '../team/report-view.ts';
import { translatorOf } from '../view/messages.ts';
import type { PlanPagePayload } from '../plan/plan-payload.ts';

/** What the team view announces after drawing a report (event `tl-team-report` on the document); null when it shows none. */
export type TeamReportShown = { aggregate: TeamAggregate; info: AssessmentInfo; selectionText: string } | null;


/** The page's actions and English band labels, as the plan page has them (plan-payload.ts). */
export type TeamPlanData = PlanPagePayload;

/**
 * "Draft a team plan" under the team report: offered while a report is shown; the drafting,
 * the plan's view and the plan editor's use load only when asked for (team-plan-view.ts).
 */
class TeamPlanElement extends HTMLElement {
  #report: TeamReportShown = null;

  connectedCallback(): void {
    const section = this.querySelector<HTMLElement>('.team-plan')!;
    const body = this.querySelector<HTMLElement>('.team-plan-body')!;
    const t = translatorOf(this);
    document.addEventListener('tl-team-report', (event) => {
      const shown = (event as CustomEvent<TeamReportShown>).detail;
      // A plan drafted from another report (another tab, other filters) no longer matches what is shown.
      if (shown?.aggregate !== this.#report?.aggregate) {
        body.replaceChildren();
        this.querySelector<HTMLElement>('.team-plan-edit')!.hidden = true;
      }
      this.#report = shown;
      section.hidden = shown === null;
    });
    this.querySelector('[data-action="draft"]')!.addEventListener('click', async () => {
      if (!this.#report) return;
      const data = JSON.parse(this.querySelector('script[data-team-plan-data]')?.textContent ?? '{}') as TeamPlanData;
      try {
        (await import('./team-plan-view.ts')).showTeamPlan(this, { ...this.#report, data, t, lang: this.dataset.lang ?? 'en' });
      } catch (error) {
        console.error(error);
        body.textContent = t('plan.team.failed');
      }
      body.focus();
    });
  }
}

customElements.define('tl-team-plan', TeamPlanElement);
