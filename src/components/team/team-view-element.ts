import type { TeamAggregate } from '../../lib/team/aggregate.ts';
import { roleGroupName, type DisclosurePlan, type RespondentRole } from '../../lib/team/disclosure.ts';
import { renderPhrase, type PhraseValue } from '../../lib/team/phrase.ts';
import { valueGroup } from '../../lib/team/report-text.ts';
import type { Translate } from '../../lib/i18n/translate.ts';
import type { Dictionary } from '../../lib/i18n/dictionary.ts';
import { translatorOf } from '../view/messages.ts';
import { describeSelection, simplifySelection, type TeamSelection } from '../../lib/team/filter.ts';
import { formatCount } from '../../lib/team/report-text.ts';
import { pageLocale } from '../../lib/format/number.ts';
import { h, scrollTable } from '../view/dom.ts';
import { renderTeamReport, type AssessmentInfo, type TeamPagePayload } from './report-view.ts';
import { TeamClient } from './team-client.ts';
import { announceReport } from '../team-plan/announce.ts';
import type { CollectionState } from './team-protocol.ts';
import type { ResultDropElement } from '../intake/result-drop-element.ts';
import '../intake/result-drop-element.ts';


import { readViewState, writeViewState, type FilterField } from '../../lib/team/view-state.ts';

/**
 * The team page's collector and report: files and links go to the worker, which keeps the
 * collected set (in IndexedDB) and aggregates it; this element shows progress, the import
 * summary, the filters and one assessment's report at a time.
 */
class TeamViewElement extends HTMLElement {
  #payload!: TeamPagePayload;
  #infos = new Map<string, AssessmentInfo>();
  #client: TeamClient | undefined;
  #state: CollectionState | undefined;
  #aggregates: TeamAggregate[] = [];
  #active: string | undefined;
  #excluded: Record<FilterField, Set<string | null>> = { teams: new Set(), roles: new Set(), segments: new Set() };
  #releaseCharts: (() => void) | undefined;
  /** Stops a report still being built when a newer one starts. */
  #rendering: AbortController | undefined;
  #refreshTimer: number | undefined;
  #renders = 0;
  /** The page's strings (team.*, report.*), from data-messages. */
  #t!: Translate;
  /** The page's language, read when used: every number and date the view writes follows it. */
  get #locale(): string {
    return pageLocale();
  }

  #part<T extends HTMLElement>(selector: string): T {
    const found = this.querySelector<T>(selector);
    if (!found) throw new Error(`tl-team-view: missing ${selector}`);
    return found;
  }

  /** A phrase of the team lib in the page's language. */
  #say(value: PhraseValue): string {
    return renderPhrase(this.#t, this.#locale, value);
  }

  connectedCallback(): void {
    this.#t = translatorOf(this);
    const status = this.#part<HTMLElement>('.team-import-status');
    try {
      this.#payload = JSON.parse(this.#part('script[data-team-payload]').textContent ?? '') as TeamPagePayload;
    } catch {
      status.textContent = this.#t('team.error.damaged');
      return;
    }
    for (const info of this.#payload.assessments) this.#infos.set(info.id, info);
    try {
      this.#client = new TeamClient();
    } catch {
      status.textContent = this.#t('team.error.noWorkers');
      return;
    }

    this.#enhanceDrop();
    const dialog = this.#part<HTMLDialogElement>('.team-confirm');
    this.#part('[data-action="clear"]').addEventListener('click', () => {
      // Escape closes the dialog without setting a value, so an earlier "clear" must not linger.
      dialog.returnValue = '';
      dialog.showModal();
    });
    dialog.addEventListener('close', () => {
      if (dialog.returnValue === 'clear') void this.#clear();
    });
    this.#part('.team-filters').addEventListener('change', (event) => this.#onFilter(event));
    const list = this.#part<HTMLDetailsElement>('.team-list');
    list.addEventListener('toggle', () => {
      if (list.open) void this.#renderList();
    });
    this.#part('.team-tabs').addEventListener('keydown', (event) => this.#onTabKey(event));

    for (const element of this.querySelectorAll<HTMLElement>('[data-needs-js]')) element.hidden = false;
    this.#restoreView();
    void this.#open();
  }

  get #viewKey(): string {
    return `touchline-team-view:${this.dataset.database ?? ''}`;
  }

  /** The tab and filters chosen before a reload, so the report, its export and its print stay the same. */
  #restoreView(): void {
    let text: string | null = null;
    try {
      text = localStorage.getItem(this.#viewKey);
    } catch {
      // Storage off: the view starts with everything shown.
    }
    const state = readViewState(text);
    this.#active = state.active;
    this.#excluded = { teams: new Set(state.excluded.teams), roles: new Set(state.excluded.roles), segments: new Set(state.excluded.segments) };
  }

  #keepView(): void {
    try {
      localStorage.setItem(
        this.#viewKey,
        writeViewState({ ...(this.#active ? { active: this.#active } : {}), excluded: { teams: [...this.#excluded.teams], roles: [...this.#excluded.roles], segments: [...this.#excluded.segments] } }),
      );
    } catch {
      // Not kept: the choice still holds until the page closes.
    }
  }

  disconnectedCallback(): void {
    this.#releaseCharts?.();
  }

  async #open(): Promise<void> {
    const minGroupSize = Math.max(3, Math.floor(Number(this.dataset.minGroupSize)) || 3);
    const definitions = Object.fromEntries(this.#payload.assessments.map((info) => [info.id, info.definition]));
    const earlier = Object.fromEntries(this.#payload.assessments.map((info) => [info.id, info.earlier]));
    try {
      const state = await this.#client!.request({ type: 'open', definitions, earlier, databaseName: this.dataset.database ?? 'touchline-team', minGroupSize });
      await this.#showState(state);
    } catch (error) {
      this.#part('.team-import-status').textContent = this.#t('team.error.start');
    }
  }

  /** Files and links come in through the drop element; the worker reads them and adds them to the collection. */
  #enhanceDrop(): void {
    const drop = this.#part<ResultDropElement>('tl-result-drop');
    drop.titleOf = (id) => this.#infos.get(id)?.definition.title ?? id;
    drop.intake = async (files, links, onProgress) => {
      const { report, state } = await this.#client!.request({ type: 'import', files, links }, onProgress);
      await this.#showState(state);
      return report;
    };
    // Files dropped anywhere on the team view are taken, not opened by the browser in place of the page.
    this.addEventListener('dragover', (event) => {
      if (event.defaultPrevented || !event.dataTransfer?.types.includes('Files')) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    });
    this.addEventListener('drop', (event) => {
      if (event.defaultPrevented || !event.dataTransfer?.types.includes('Files')) return;
      event.preventDefault();
      const dropped = [...event.dataTransfer.files];
      if (dropped.length > 0) void drop.take(dropped);
    });
  }

  async #showState(state: CollectionState): Promise<void> {
    this.#state = state;
    this.dataset.results = String(state.total);
    const summary = this.#part<HTMLElement>('.team-collection');
    const counts = Object.entries(state.byAssessment).map(([id, count]) => `${this.#infos.get(id)?.definition.title ?? id}: ${formatCount(count, this.#locale)}`);
    const t = this.#t;
    summary.replaceChildren(
      state.total === 0
        ? t('team.collection.none')
        : `${t('team.collection.count', { count: state.total, counts: counts.join('; '), corrected: state.corrected > 0 ? t('team.collection.corrected', { count: state.corrected }) : '' })} ${state.kept ? t('team.collection.kept') : ''}`,
    );
    const list = this.#part<HTMLDetailsElement>('.team-list');
    list.hidden = state.total === 0;
    if (list.open) void this.#renderList();
    const note = this.#part<HTMLElement>('.team-store-note');
    note.textContent = state.note ? this.#say(state.note) : '';
    note.hidden = !state.note;
    this.#part<HTMLButtonElement>('[data-action="clear"]').hidden = state.total === 0;
    await this.#refresh();
  }

  /** The list of what was collected, each with a button to take it out. */
  async #renderList(): Promise<void> {
    const body = this.#part<HTMLElement>('.team-list-body');
    const entries = await this.#client!.request({ type: 'list' });
    const title = (id: string) => this.#infos.get(id)?.definition.title ?? id;
    const t = this.#t;
    // The day a result was taken, as the page's language writes dates (the list keeps it as YYYY-MM-DD, in UTC).
    const days = new Intl.DateTimeFormat(this.#locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const dayOf = (day: string) => days.format(new Date(`${day}T00:00:00Z`));
    const columns = ['assessment', 'day', 'role', 'segment', 'team', 'corrected', 'remove'].map((column) => t(`team.list.column.${column}`));
    const table = h(
      'table',
      { class: 'team-list-table' },
      h('caption', { class: 'visually-hidden' }, t('team.list.caption')),
      h('thead', {}, h('tr', {}, columns.map((name) => h('th', { scope: 'col' }, name)))),
      h(
        'tbody',
        {},
        entries.map((entry, index) => {
          const what = `${title(entry.assessment)}, ${dayOf(entry.day)}`;
          const remove = h('button', { type: 'button', class: 'link-button', 'aria-label': t('team.list.removeLabel', { number: index + 1, what }) }, t('team.list.remove'));
          remove.addEventListener('click', () => void this.#remove(entry.id, what));
          return h(
            'tr',
            {},
            h('td', {}, title(entry.assessment)),
            h('td', {}, dayOf(entry.day)),
            h('td', {}, this.#say(entry.role)),
            h('td', {}, this.#say(entry.segment)),
            h('td', {}, this.#say(entry.team)),
            h('td', {}, entry.corrected ? t('team.list.yes') : ''),
            h('td', {}, remove),
          );
        }),
      ),
    );
    body.replaceChildren(scrollTable(t('team.list.caption'), table));
  }

  async #remove(id: string, what: string): Promise<void> {
    const status = this.#part<HTMLElement>('.team-list-status');
    try {
      const state = await this.#client!.request({ type: 'remove', id });
      const undo = h('button', { type: 'button', class: 'link-button', 'data-action': 'undo-remove' }, this.#t('team.list.undo'));
      undo.addEventListener('click', () => void this.#undo());
      status.replaceChildren(`${this.#t('team.list.removed', { what })} `, undo);
      await this.#showState(state);
      undo.focus();
    } catch (error) {
      status.textContent = this.#t('team.list.removeFailed');
    }
  }

  async #undo(): Promise<void> {
    const status = this.#part<HTMLElement>('.team-list-status');
    try {
      const state = await this.#client!.request({ type: 'undo' });
      status.textContent = this.#t('team.list.back');
      await this.#showState(state);
    } catch (error) {
      status.textContent = this.#t('team.list.undoFailed');
    }
  }

  async #clear(): Promise<void> {
    try {
      const state = await this.#client!.request({ type: 'clear' });
      this.#excluded = { teams: new Set(), roles: new Set(), segments: new Set() };
      this.#active = undefined;
      this.#keepView();
      this.#part('.team-import-status').textContent = this.#t('team.cleared');
      await this.#showState(state);
    } catch (error) {
      this.#part('.team-import-status').textContent = this.#t('team.clearFailed');
    }
  }

  #selection(): TeamSelection {
    const choices = this.#state?.choices;
    if (!choices) return {};
    const kept = <T extends string | null>(field: FilterField, values: readonly T[]) => values.filter((value) => !this.#excluded[field].has(value));
    return simplifySelection({ teams: kept('teams', choices.teams), roles: kept('roles', choices.roles) as RespondentRole[], segments: kept('segments', choices.segments) }, choices);
  }

  /** One checkbox per group of the disclosure plan: merged values are chosen only together, so no two views differ by a small group. */
  #renderFilters(plan: DisclosurePlan | undefined): void {
    const form = this.#part<HTMLElement>('.team-filters');
    const fieldset = (field: FilterField, legend: string, groups: readonly (readonly (string | null)[])[], label: (group: readonly (string | null)[]) => string) =>
      groups.length < 2
        ? null
        : h(
            'fieldset',
            {},
            h('legend', {}, legend),
            groups.map((group) =>
              h('label', {}, h('input', { type: 'checkbox', name: field, value: JSON.stringify(group), checked: !group.every((value) => this.#excluded[field].has(value)) }), ` ${label(group)}`),
            ),
          );
    const fields = plan
      ? [
          fieldset('teams', this.#t('team.filter.teams'), plan.teams, (group) => this.#say(valueGroup(group, 'team.noLabel'))),
          fieldset('roles', this.#t('team.filter.roles'), plan.roles, (group) => this.#say(roleGroupName(group as RespondentRole[]))),
          fieldset('segments', this.#t('team.filter.segments'), plan.segments, (group) => this.#say(valueGroup(group, 'team.noSegment'))),
        ].filter((field): field is HTMLFieldSetElement => field !== null)
      : [];
    form.replaceChildren(...(fields.length > 0 ? [h('h3', { class: 'team-filters-title' }, this.#t('team.filter.title')), ...fields] : []));
    form.hidden = fields.length === 0;
  }

  #onFilter(event: Event): void {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || input.type !== 'checkbox') return;
    const field = input.name as FilterField;
    for (const value of JSON.parse(input.value) as (string | null)[]) {
      if (input.checked) this.#excluded[field].delete(value);
      else this.#excluded[field].add(value);
    }
    this.#keepView();
    window.clearTimeout(this.#refreshTimer);
    this.#refreshTimer = window.setTimeout(() => void this.#refresh(true), 120);
  }

  async #refresh(announce = false): Promise<void> {
    const report = this.#part<HTMLElement>('.team-report-body');
    const empty = this.#part<HTMLElement>('.team-empty');
    if (!this.#state || this.#state.total === 0) {
      this.#aggregates = [];
      this.#rendering?.abort();
      this.#releaseCharts?.();
      this.#releaseCharts = undefined;
      report.hidden = true;
      empty.hidden = false;
      this.#part('.team-tabs').replaceChildren();
      this.#part('.team-panel').replaceChildren();
      announceReport(null);
      return;
    }
    const { aggregates, milliseconds } = await this.#client!.request({ type: 'aggregate', selection: this.#selection() });
    this.dataset.aggregateMs = milliseconds.toFixed(1);
    this.#aggregates = aggregates;
    report.hidden = false;
    empty.hidden = true;
    if (!this.#active || !aggregates.some((aggregate) => aggregate.assessment === this.#active)) this.#active = aggregates[0]?.assessment;
    this.#renderFilters(aggregates.find((aggregate) => aggregate.assessment === this.#active)?.plan);
    this.#renderTabs();
    await this.#renderPanel();
    if (announce) this.#part('.team-announce').textContent = this.#t('team.filter.announce');
  }

  #renderTabs(): void {
    const tabs = this.#part<HTMLElement>('.team-tabs');
    tabs.hidden = this.#aggregates.length < 2;
    tabs.replaceChildren(
      ...this.#aggregates.map((aggregate) => {
        const selected = aggregate.assessment === this.#active;
        const tab = h(
          'button',
          { type: 'button', role: 'tab', id: `team-tab-${aggregate.assessment}`, 'aria-selected': String(selected), 'aria-controls': 'team-panel', tabindex: selected ? 0 : -1 },
          this.#infos.get(aggregate.assessment)?.definition.title ?? aggregate.assessment,
        );
        tab.addEventListener('click', () => this.#select(aggregate.assessment));
        return tab;
      }),
    );
  }

  #onTabKey(event: KeyboardEvent): void {
    const order = this.#aggregates.map((aggregate) => aggregate.assessment);
    const index = order.indexOf(this.#active ?? '');
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: order.length - 1 }[event.key];
    if (next === undefined || order.length === 0) return;
    event.preventDefault();
    const id = order[(next + order.length) % order.length]!;
    this.#select(id);
    this.querySelector<HTMLElement>(`#team-tab-${CSS.escape(id)}`)?.focus();
  }

  #select(assessmentId: string): void {
    if (assessmentId === this.#active) return;
    this.#active = assessmentId;
    this.#keepView();
    this.#renderFilters(this.#aggregates.find((aggregate) => aggregate.assessment === assessmentId)?.plan);
    this.#renderTabs();
    void this.#renderPanel();
  }

  async #renderPanel(): Promise<void> {
    const panel = this.#part<HTMLElement>('.team-panel');
    this.#rendering?.abort();
    const rendering = new AbortController();
    this.#rendering = rendering;
    const aggregate = this.#aggregates.find((candidate) => candidate.assessment === this.#active);
    const info = aggregate && this.#infos.get(aggregate.assessment);
    if (!aggregate || !info) {
      this.#releaseCharts?.();
      this.#releaseCharts = undefined;
      panel.replaceChildren();
      return;
    }
    const selection = this.#selection();
    const teams = selection.teams ?? this.#state?.choices.teams ?? [];
    const release = await renderTeamReport(
      panel,
      {
        info,
        aggregate,
        siteName: this.#payload.siteName,
        logo: this.#payload.logo,
        preparedBy: this.#payload.preparedBy,
        selectionText: this.#say(describeSelection(aggregate.selection)),
        t: this.#t,
        render: (value) => this.#say(value),
        teamLabels: teams.filter((team): team is string => team !== null),
        generatedAt: new Date(),
        locale: this.#locale,
        onExportCsv: (button) => void this.#exportCsv(aggregate.assessment, button),
      },
      rendering.signal,
    );
    if (!release) return;
    // The old report's charts go only now, when the new report has taken its place.
    this.#releaseCharts?.();
    this.#releaseCharts = release;
    announceReport({ aggregate, info, selectionText: this.#say(describeSelection(aggregate.selection)) });
    if (this.#aggregates.length > 1) {
      panel.setAttribute('role', 'tabpanel');
      panel.setAttribute('aria-labelledby', `team-tab-${aggregate.assessment}`);
    } else {
      panel.removeAttribute('role');
      panel.removeAttribute('aria-labelledby');
    }
    this.dataset.renders = String(++this.#renders);
  }

  async #exportCsv(assessmentId: string, button: HTMLButtonElement): Promise<void> {
    button.disabled = true;
    try {
      // The worker writes the CSV's words in the page's language, with the strings this page has.
      const messages = JSON.parse(this.dataset.messages ?? '{}') as Dictionary;
      const text = await this.#client!.request({ type: 'csv', assessmentId, selection: this.#selection(), messages, lang: this.#locale });
      const url = URL.createObjectURL(new Blob([`\uFEFF${text}`], { type: 'text/csv;charset=utf-8' }));
      const link = h('a', { href: url, download: `team-${assessmentId}-${new Date().toISOString().slice(0, 10)}.csv`, hidden: true });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (error) {
      this.#part('.team-announce').textContent = this.#t('team.csvFailed');
    } finally {
      button.disabled = false;
    }
  }
}

customElements.define('tl-team-view', TeamViewElement);
