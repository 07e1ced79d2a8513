import type { AssessmentPayload } from '../../lib/assess/payload.ts';
import { createDraftStore, type Draft, type DraftFinish } from '../../lib/results/draft-store.ts';
import { draftProblemKey } from './assess-messages.ts';
import { carriedAnswers, earlierVersionOf } from '../../lib/results/history.ts';
import { isRole, type Role } from '../../lib/schema/roles.ts';
import { CANNOT_SEE } from '../../lib/schema/answer-values.ts';
import type { Answers, SavedResult } from '../../lib/schema/saved-result.ts';
import { scoreAssessment } from '../../lib/scoring/index.ts';
import { teamRespondentKey } from '../../lib/team/respondent-key.ts';
import { readTeamLinkParams } from '../../lib/team/team-link.ts';
import type { Translate } from '../../lib/i18n/translate.ts';
import { h } from '../view/dom.ts';
import { translatorOf } from '../view/messages.ts';
import { withElement } from './slot-text.ts';
import { localStorageEngine } from './local-storage-engine.ts';
import { renderResult } from './result-view.ts';
import { fillNoteFields, showNoteCount } from './note-fields.ts';
import { withNote } from '../../lib/results/item-notes.ts';

/** What a team link (`?team=<label>&segments=a,b`) asks: tag the result, offer the segments. */
interface TeamContext {
  team: string;
  segments: string[];
}

/** Notes on a saved result hold at most 80 characters (savedResultSchema); a longer one is cut. */
function note(text: string): string {
  const cut = text.slice(0, 80);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** A random id for a result: crypto.randomUUID, or the same shape from getRandomValues outside secure contexts. */
function randomId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Enhances the server-rendered questions: one section at a time with progress, back and
 * next, a review of unanswered questions, then the scored result. Answers in progress are
 * kept on every change, so a reload or a closed tab loses nothing. A finished result is
 * saved on the device by a module loaded only then (it brings the schema library), which
 * also adds the share and export tools.
 */
class AssessmentElement extends HTMLElement {
  #payload!: AssessmentPayload;
  #form!: HTMLFormElement;
  #steps: HTMLElement[] = [];
  #current = 0;
  #answers: Answers = {};
  /** The notes beside answers, item id → text, as kept (cut to the limit; the field says so). */
  #notes: Record<string, string> = {};
  #role: Role | null = null;
  /** The role question was answered; with a null role that is "prefer not to say". */
  #roleAnswered = false;
  #team: TeamContext | undefined;
  #segment: string | null = null;
  /** The id and time of the result once shown; kept with the draft so it is saved once. */
  #finished: DraftFinish | undefined;
  #drafts = createDraftStore(localStorageEngine());
  #status!: HTMLElement;
  /** The page's `assess.*` and `result.*` strings, from data-messages. */
  #t!: Translate;
  /** An answer changed since the result was last shown, so showing it again corrects the saved one. */
  #changedSinceResult = false;

  connectedCallback(): void {
    const data = this.querySelector('script[data-payload]')?.textContent;
    this.#form = this.querySelector('form')!;
    this.#status = this.querySelector('.assess-status')!;
    this.#t = translatorOf(this);
    try {
      this.#payload = JSON.parse(data ?? '') as AssessmentPayload;
    } catch {
      this.#status.textContent = this.#t('assess.damaged');
      return;
    }
    const { draft, problem } = this.#drafts.load(this.#payload.id, this.#payload.version, (version, answers) => {
      const earlier = earlierVersionOf({ [this.#payload.id]: this.#payload.earlier }, this.#payload.id, version);
      return earlier ? carriedAnswers(answers, earlier) : undefined;
    });
    if (problem) this.#status.textContent = this.#t(draftProblemKey(problem));
    this.#setUpTeam(draft);
    this.#steps = [...this.querySelectorAll<HTMLElement>('.assess-step')];
    // The page opens at its step or result heading, not where the browser last left the scroll (far down a result that is redrawn).
    history.scrollRestoration = 'manual';
    this.#restoreDraft(draft);
    // Each step and the result has its own history entry, so Back and Forward move within the assessment.
    // Other fragments (the skip link, a heading's anchor) are left to the browser.
    addEventListener('popstate', () => {
      const step = this.#stepFromHash();
      if (step !== null) this.#show(step, false);
    });
    this.#form.addEventListener('change', (event) => this.#onChange(event));
    this.#form.addEventListener('input', (event) => this.#onNote(event));
    this.querySelector('[data-action="back"]')!.addEventListener('click', () => this.#go(this.#current - 1));
    this.querySelector('[data-action="next"]')!.addEventListener('click', () => this.#next());
    this.querySelector('[data-action="restart"]')!.addEventListener('click', () => this.#restart());
    this.querySelector<HTMLElement>('.assess-controls')!.hidden = false;
    this.querySelector<HTMLElement>('.assess-progress')!.hidden = false;
    this.querySelector<HTMLElement>('.assess-progress-text')!.hidden = false;
  }

  get #itemIds(): string[] {
    return this.#payload.definition.dimensions.flatMap((d) => d.items.map((i) => i.id));
  }

  /**
   * Team mode comes from the link, or from a draft begun from one. It always asks the role
   * (a server-rendered step kept hidden when the assessment does not ask it otherwise) and,
   * when the link lists segments, which one the person belongs to. Never a name.
   */
  #setUpTeam(draft: Draft | null): void {
    const fromLink = readTeamLinkParams(location.search);
    const team = fromLink ?? (draft?.team ? { team: draft.team, segments: draft.segment ? [draft.segment] : [] } : undefined);
    const roleStep = this.querySelector<HTMLElement>('[data-step="role"]');
    if (!team) {
      if (roleStep?.dataset.teamOnly !== undefined) roleStep.remove();
      return;
    }
    this.#team = { team: note(team.team), segments: [...new Set(team.segments.map(note))] };
    if (!roleStep) return;
    const { segments } = this.#team;
    const intro = roleStep.querySelector<HTMLElement>('.assess-team-note')!;
    intro.textContent = this.#t(segments.length > 0 ? 'assess.teamNoteSegments' : 'assess.teamNote', { team: this.#team.team });
    intro.hidden = false;
    if (segments.length === 0) return;
    // Built from the server-rendered template, so the form's own styles apply to it.
    const template = roleStep.querySelector<HTMLTemplateElement>('.assess-segment-template')!;
    const fieldset = template.content.firstElementChild!.cloneNode(true) as HTMLFieldSetElement;
    const option = fieldset.querySelector('label')!;
    option.remove();
    for (const [value, text] of [...segments.map((segment) => [segment, segment]), ['', this.#t('assess.preferNot')]] as const) {
      const label = option.cloneNode(true) as HTMLLabelElement;
      label.querySelector('input')!.value = value;
      label.querySelector('span')!.textContent = text;
      fieldset.querySelector('.assess-options')!.append(label);
    }
    roleStep.append(fieldset);
  }

  #restoreDraft(draft: Draft | null): void {
    if (draft) {
      this.#answers = { ...draft.answers };
      this.#role = draft.role;
      this.#roleAnswered = draft.roleAnswered === true || draft.role !== null;
      this.#finished = draft.finished;
      this.#notes = { ...draft.notes };
      fillNoteFields(this.#form, this.#notes, this.#t);
      for (const [itemId, value] of Object.entries(this.#answers)) this.#check(itemId, value === null ? 'na' : String(value));
      if (this.#roleAnswered || draft.step > 0) this.#check('role', draft.role ?? '');
      if (this.#team?.segments.includes(draft.segment ?? '')) {
        this.#segment = draft.segment ?? null;
        this.#check('segment', draft.segment ?? '');
      }
    }
    // A step named in the address (a reload or a link) wins over the draft's.
    const fromAddress = this.#stepFromHash();
    const fromDraft = draft ? Math.min(draft.step, this.#steps.length) : 0;
    this.#show(fromAddress !== null && (fromAddress < this.#steps.length || this.#finished) ? fromAddress : fromDraft, true);
  }

  /** The step the address names: `#step-3` (counted from 1) or `#result`; null when it names none. */
  #stepFromHash(): number | null {
    if (location.hash === '#result') return this.#steps.length;
    const match = /^#step-(\d+)$/.exec(location.hash);
    return match ? Math.min(Math.max(Number(match[1]) - 1, 0), this.#steps.length - 1) : null;
  }

  #hashOf(step: number): string {
    return step >= this.#steps.length ? '#result' : `#step-${step + 1}`;
  }

  /** Records the shown step in the address: a new history entry when the person moved, else the current one rewritten. */
  #record(step: number, push: boolean): void {
    const url = `${location.pathname}${location.search}${this.#hashOf(step)}`;
    if (push && location.hash !== this.#hashOf(step)) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  /** Shows a step or the result without adding history: on load and on Back or Forward. */
  #show(step: number, onLoad: boolean): void {
    // Back to the result of an attempt since started over: it is gone from this page, and the review stands in.
    if (step >= this.#steps.length && (this.#finished || onLoad)) this.#showResult(this.#changedSinceResult, false);
    else this.#go(step, !onLoad, false);
    this.#record(this.#current, false);
  }

  #check(name: string, value: string): void {
    const input = this.#form.querySelector<HTMLInputElement>(`input[name="${CSS.escape(name)}"][value="${CSS.escape(value)}"]`);
    if (input) input.checked = true;
  }

  #onChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    if (input.type !== 'radio') return;
    if (input.name === 'role') {
      this.#role = isRole(input.value) ? input.value : null;
      this.#roleAnswered = true;
    } else if (input.name === 'segment') this.#segment = input.value === '' ? null : input.value;
    else this.#answers[input.name] = input.value === 'na' ? null : input.value === CANNOT_SEE ? CANNOT_SEE : Number(input.value);
    this.#changedSinceResult = true;
    this.#saveDraft();
    this.#updateProgress();
  }

  #onNote(event: Event): void {
    const field = event.target as HTMLTextAreaElement;
    if (field.dataset.note === undefined) return;
    this.#notes = withNote(this.#notes, field.dataset.note, field.value);
    showNoteCount(field, this.#t);
    this.#changedSinceResult = true;
    this.#saveDraft();
  }

  #saveDraft(): void {
    const saved = this.#drafts.save(this.#payload.id, this.#payload.version, {
      answers: this.#answers,
      ...(Object.keys(this.#notes).length > 0 ? { notes: this.#notes } : {}),
      role: this.#role,
      ...(this.#roleAnswered ? { roleAnswered: true as const } : {}),
      step: this.#current,
      ...(this.#team ? { team: this.#team.team } : {}),
      ...(this.#team && this.#segment !== null ? { segment: this.#segment } : {}),
      ...(this.#finished ? { finished: this.#finished } : {}),
    });
    // Only the storage warning is this method's to clear: a message about an earlier draft stays until the person has read it.
    const warning = this.#t('assess.storageOff');
    if (!saved.ok) this.#status.textContent = warning;
    else if (this.#status.textContent === warning) this.#status.textContent = '';
  }

  #updateProgress(): void {
    const total = this.#itemIds.length;
    const answered = this.#itemIds.filter((id) => id in this.#answers).length;
    const progress = this.querySelector<HTMLProgressElement>('.assess-progress')!;
    progress.value = answered;
    const step = this.#steps[this.#current];
    const questions = step ? [...step.querySelectorAll<HTMLElement>('[data-item]')] : [];
    const numbers = questions.map((q) => this.#itemIds.indexOf(q.dataset.item!) + 1);
    const range =
      numbers.length === 0
        ? ''
        : numbers.length === 1
          ? this.#t('assess.progress.question', { number: numbers[0]!, total })
          : this.#t('assess.progress.questions', { first: numbers[0]!, last: numbers.at(-1)!, total });
    const count = this.#t('assess.progress.answered', { answered, total });
    this.querySelector('.assess-progress-text')!.textContent = range ? `${range} · ${count}` : count;
  }

  #go(index: number, focus = true, push = true): void {
    this.#current = Math.max(0, Math.min(index, this.#steps.length - 1));
    this.querySelector('.assess-to-review')?.remove();
    if (push) this.#record(this.#current, true);
    this.#steps.forEach((step, i) => (step.hidden = i !== this.#current));
    const isReview = this.#steps[this.#current]?.dataset.step === 'review';
    if (isReview) this.#renderReview();
    this.querySelector<HTMLButtonElement>('[data-action="back"]')!.disabled = this.#current === 0;
    const next = this.querySelector<HTMLButtonElement>('[data-action="next"]')!;
    next.textContent = this.#t(isReview ? 'assess.seeResult' : this.#current === this.#steps.length - 2 ? 'assess.reviewAnswers' : 'assess.next');
    this.#form.hidden = false;
    this.querySelector<HTMLElement>('.assess-result')!.hidden = true;
    this.#updateProgress();
    this.#saveDraft();
    if (focus) this.#steps[this.#current]?.querySelector<HTMLElement>('h2')?.focus();
  }

  #next(): void {
    if (this.#steps[this.#current]?.dataset.step === 'review') this.#showResult(true);
    else this.#go(this.#current + 1);
  }

  #renderReview(): void {
    const missing = this.#payload.definition.dimensions.flatMap((dimension) =>
      dimension.items.filter((item) => !(item.id in this.#answers)).map((item) => ({ dimension, item })),
    );
    const review = this.querySelector<HTMLElement>('.assess-review')!;
    if (missing.length === 0) {
      review.replaceChildren(h('p', {}, this.#t('assess.review.complete')));
      return;
    }
    review.replaceChildren(
      h('p', {}, this.#t('assess.review.unanswered', { count: missing.length })),
      h(
        'ul',
        {},
        missing.map(({ dimension, item }) => {
          const lang = this.#payload.textLang;
          const button = h('button', { type: 'button', class: 'link-button' }, `${this.#itemIds.indexOf(item.id) + 1}. `, h('span', { lang }, item.text));
          button.addEventListener('click', () => {
            this.#go(this.#steps.findIndex((step) => step.dataset.step === dimension.id));
            const question = this.querySelector<HTMLElement>(`[data-item="${CSS.escape(item.id)}"]`);
            question?.after(this.#backToReview());
            question?.querySelector('input')?.focus();
          });
          return h('li', {}, button, ' ', h('span', { class: 'muted' }, '(', h('span', { lang }, dimension.title), ')'));
        }),
      ),
    );
  }

  /** The shortcut shown under a question reached from the review; any move to another step removes it. */
  #backToReview(): HTMLElement {
    const button = h('button', { type: 'button', class: 'button secondary' }, this.#t('assess.backToReview'));
    button.addEventListener('click', () => this.#go(this.#steps.findIndex((step) => step.dataset.step === 'review')));
    return h('p', { class: 'assess-to-review no-print' }, button);
  }

  /**
   * Shows the scored result. `fresh` when the person has just finished: the result gets its
   * time now (and an id, unless it was shown before and they changed an answer, which
   * corrects that result rather than adding another) and is saved. Shown again after a
   * reload, it keeps its id and time and is not saved again.
   */
  #showResult(fresh: boolean, push = true): void {
    this.#changedSinceResult = false;
    this.querySelector('.assess-to-review')?.remove();
    const result = scoreAssessment(this.#payload.definition, this.#answers, this.#role);
    // A result with nothing to score is not kept unless the person asks for it.
    const offerOnly = result.state === 'not-enough';
    const save = (fresh || !this.#finished) && !offerOnly;
    if (fresh || !this.#finished) this.#finished = { id: this.#finished?.id ?? randomId(), takenAt: new Date().toISOString() };
    const finished = this.#finished!;
    const container = this.querySelector<HTMLElement>('.assess-result')!;
    const notes = this.#team ? { team: this.#team.team, ...(this.#segment !== null ? { segment: this.#segment } : {}), respondentKey: teamRespondentKey(this.#team.team) } : {};
    const t = this.#t;
    renderResult(container, { payload: this.#payload, result, role: this.#role, takenAt: new Date(finished.takenAt), notes, itemNotes: this.#notes, t });
    const saveStatus = h('p', { class: 'result-save-status no-print', role: 'status' }, save ? t('assess.saving') : '');
    container.querySelector('.result-meta')!.after(saveStatus);
    const actions = h(
      'p',
      { class: 'result-actions no-print' },
      h('button', { type: 'button', class: 'button', 'data-action': 'print' }, t('result.print')),
      h('button', { type: 'button', class: 'button secondary', 'data-action': 'again', 'aria-describedby': 'result-again-note' }, t('assess.newAttempt')),
      h('button', { type: 'button', class: 'button secondary', 'data-action': 'edit' }, t('assess.changeAnswers')),
    );
    // Said beside the button, not only in the confirmation: starting over reads too easily like deleting.
    const againNote = h('p', { class: 'muted result-again-note no-print', id: 'result-again-note' }, t('assess.newAttemptNote'));
    actions.querySelector('[data-action="print"]')!.addEventListener('click', () => print());
    actions.querySelector('[data-action="again"]')!.addEventListener('click', () => this.#restart());
    actions.querySelector('[data-action="edit"]')!.addEventListener('click', () => this.#go(0));
    container.append(actions, againNote);
    this.#form.hidden = true;
    container.hidden = false;
    this.#current = this.#steps.length;
    this.#saveDraft();
    if (push) this.#record(this.#current, true);
    // The result is what a person came for, on finishing and on coming back alike: its heading comes first.
    const heading = container.querySelector<HTMLElement>('#result-title')!;
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
    heading.scrollIntoView({ block: 'start' });
    const saved: SavedResult = {
      format: 1,
      id: finished.id,
      assessment: this.#payload.id,
      version: this.#payload.version,
      takenAt: finished.takenAt,
      role: this.#role,
      ...notes,
      answers: { ...this.#answers },
      ...(Object.keys(this.#notes).length > 0 ? { notes: { ...this.#notes } } : {}),
    };
    if (offerOnly) this.#offerToKeep(container, saveStatus, saved);
    else void this.#keep(container, saveStatus, saved, save);
  }

  /** For a result with too few answers to score: say it is not kept, and let the person keep it anyway. */
  #offerToKeep(container: HTMLElement, status: HTMLElement, result: SavedResult): void {
    const keep = h('button', { type: 'button', class: 'link-button' }, this.#t('assess.keepAnyway'));
    keep.addEventListener('click', () => void this.#keep(container, status, result, true));
    status.dataset.kept = 'no';
    status.replaceChildren(...withElement(this.#t, 'assess.tooFewToKeep', 'keep', () => keep));
  }

  /** Saves the result and adds the share and export tools, from a module loaded only now. */
  async #keep(container: HTMLElement, status: HTMLElement, result: SavedResult, save: boolean): Promise<void> {
    try {
      const { keepResult } = await import('../results/keep-result.ts');
      keepResult(container, status, { payload: this.#payload, result, save, base: this.dataset.base ?? '/', contactEmail: this.dataset.contactEmail, forTeam: this.#team !== undefined, t: this.#t });
    } catch {
      status.textContent = this.#t('assess.toolsFailed');
    }
  }

  #restart(): void {
    if (!confirm(this.#t('assess.confirmRestart'))) return;
    this.#drafts.clear(this.#payload.id);
    this.#answers = {};
    this.#role = null;
    this.#roleAnswered = false;
    this.#segment = null;
    this.#notes = {};
    // Taking it again makes a new result; the one shown stays saved.
    this.#finished = undefined;
    this.#form.reset();
    fillNoteFields(this.#form, {}, this.#t);
    this.#go(0);
  }
}

customElements.define('tl-assessment', AssessmentElement);
