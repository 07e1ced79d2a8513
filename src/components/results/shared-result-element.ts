import { payloadAsTaken } from '../../lib/results/as-taken.ts';
import { earlierNote } from './earlier-note.ts';
import { decodeShareCode } from '../../lib/results/share-code.ts';
import { wordOf } from '../../lib/scoring/phrase.ts';
import { createResultStore } from '../../lib/results/store.ts';
import type { SavedResult } from '../../lib/schema/saved-result.ts';
import { scoreAssessment } from '../../lib/scoring/index.ts';
import { h } from '../view/dom.ts';
import { translatorOf } from '../view/messages.ts';
import type { Translate } from '../../lib/i18n/translate.ts';
import { localStorageEngine } from '../assess/local-storage-engine.ts';
import { renderResult } from '../assess/result-view.ts';
import { readEmbeddedAssessments } from './payload-data.ts';

/** The code after "#", percent-decoded when a mail program escaped it. */
function codeFromHash(hash: string): string {
  try {
    return decodeURIComponent(hash);
  } catch {
    return hash;
  }
}

const LINK_SLOT = '\u0000link\u0000';

/** A translated sentence with an element where its {link} was. */
function fill(text: string, link: HTMLElement): (string | HTMLElement)[] {
  const [before = '', after = ''] = text.split(LINK_SLOT);
  return [before, link, after];
}

/**
 * A result from a share link, `/r/#<code>`: decoded in the browser (the code after "#"
 * never reaches a server), shown read-only, and saved to My results only if asked.
 * Every failure becomes a message on the page; none reaches the console.
 */
class SharedResultElement extends HTMLElement {
  #message!: HTMLElement;
  #view!: HTMLElement;
  #actions!: HTMLElement;
  #result: SavedResult | undefined;
  #t!: Translate;

  connectedCallback(): void {
    this.#t = translatorOf(this);
    this.#message = this.querySelector('.shared-message')!;
    this.#view = this.querySelector('.shared-result')!;
    this.#actions = this.querySelector('.shared-actions')!;
    this.#actions.querySelector('[data-action="save"]')!.addEventListener('click', () => this.#save());
    this.#actions.querySelector('[data-action="print"]')!.addEventListener('click', () => print());
    addEventListener('hashchange', () => this.#show(true));
    this.#show(false);
  }

  #fail(what: string): void {
    this.#result = undefined;
    this.#view.hidden = true;
    this.#actions.hidden = true;
    this.#message.replaceChildren(h('p', { class: 'results-problem' }, h('strong', {}, `${this.#t('share.failed')} `), what, ' ', this.#t('share.unaffected')));
  }

  #show(focus: boolean): void {
    try {
      const data = readEmbeddedAssessments(this);
      if (!data) return this.#fail(this.#t('share.damaged'));
      const decoded = decodeShareCode(codeFromHash(location.hash), data.definitions, data.earlier);
      if (!decoded.ok) return this.#fail(wordOf(this.#t, decoded.error.said));
      const { result, changedSince, notesLeftOut } = decoded;
      // A link made with an earlier version shows that version's questions, scored with them.
      const { payload, earlier } = payloadAsTaken(data.payloads[result.assessment]!, result);
      this.#result = result;
      renderResult(this.#view, {
        payload,
        result: scoreAssessment(payload.definition, result.answers, result.role),
        role: result.role,
        takenAt: new Date(result.takenAt),
        heading: this.#t('share.heading', { title: payload.definition.title }),
        notes: result,
        itemNotes: result.notes,
        sharedNotes: true,
        t: this.#t,
      });
      this.#message.replaceChildren(
        ...(earlier ? [earlierNote(earlier, this.#t)] : []),
        ...(changedSince
          ? [h('p', { class: 'results-problem' }, h('strong', {}, `${this.#t('share.changed')} `), this.#t('share.changedDetail'))]
          : []),
        ...(notesLeftOut ? [h('p', { class: 'results-problem' }, this.#t('note.leftOut'))] : []),
      );
      this.#view.hidden = false;
      this.#actions.hidden = false;
      this.querySelector('.shared-save-status')!.textContent = '';
      if (focus) this.#view.focus();
    } catch {
      // decodeShareCode never throws; this keeps the promise if the page itself fails.
      this.#fail(this.#t('share.unexpected'));
    }
  }

  #save(): void {
    const status = this.querySelector<HTMLElement>('.shared-save-status')!;
    if (!this.#result) return;
    // importMany, not save: a result already kept (opened from your own link, or saved before) is not doubled.
    const outcome = createResultStore(localStorageEngine()).importMany([this.#result]);
    if (!outcome.ok) {
      status.replaceChildren(h('strong', {}, `${this.#t('share.notSaved')} `), outcome.message);
      return;
    }
    const link = h('a', { href: this.dataset.resultsHref ?? '/results/' }, this.#t('share.myResults'));
    status.replaceChildren(...fill(this.#t(outcome.added.length > 0 ? 'share.saved' : 'share.already', { link: LINK_SLOT }), link));
  }
}

customElements.define('tl-shared-result', SharedResultElement);
