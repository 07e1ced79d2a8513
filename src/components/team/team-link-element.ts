import { parseSegmentList, teamLink } from '../../lib/team/team-link.ts';
import { h } from '../view/dom.ts';
import { translatorOf } from '../view/messages.ts';
import type { Translate } from '../../lib/i18n/translate.ts';
import { renderPhrase } from '../../lib/team/phrase.ts';

/**
 * The team-link maker: builds the assessment link for a team as the consultant types, with
 * a copy button and a QR code (the QR library loads only when a code is first asked for).
 * Segments from the brand file come in `data-segments` (a JSON list) as checkboxes.
 */
class TeamLinkElement extends HTMLElement {
  #form!: HTMLFormElement;
  #output!: HTMLInputElement;
  #problems!: HTMLElement;
  #qr!: HTMLElement;
  #qrButton!: HTMLButtonElement;
  #href: string | undefined;
  #drawn: string | undefined;
  #t!: Translate;

  connectedCallback(): void {
    this.#t = translatorOf(this);
    this.#form = this.querySelector('form')!;
    this.#output = this.querySelector('#team-link-output')!;
    this.#problems = this.querySelector('.team-link-problems')!;
    this.#qr = this.querySelector('.team-qr')!;
    this.#qrButton = this.querySelector('[data-action="qr"]')!;
    this.#renderBrandSegments();
    this.#form.addEventListener('input', () => this.#update());
    this.#form.addEventListener('change', () => this.#update());
    this.#form.addEventListener('submit', (event) => event.preventDefault());
    this.querySelector('[data-action="copy"]')!.addEventListener('click', () => void this.#copy());
    this.#qrButton.addEventListener('click', () => void this.#toggleQr());
    for (const element of this.querySelectorAll<HTMLElement>('[data-needs-js]')) element.hidden = false;
    this.#update();
  }

  /** Brand segments as checkboxes, all chosen to start with; a damaged list is ignored. */
  #renderBrandSegments(): void {
    let segments: unknown;
    try {
      segments = JSON.parse(this.dataset.segments ?? '[]');
    } catch {
      segments = [];
    }
    const names = Array.isArray(segments) ? segments.filter((segment): segment is string => typeof segment === 'string' && segment.trim() !== '') : [];
    const fieldset = this.querySelector<HTMLFieldSetElement>('.team-brand-segments')!;
    if (names.length === 0) return;
    fieldset.append(...names.map((name) => h('label', {}, h('input', { type: 'checkbox', name: 'brand-segment', value: name, checked: true }), ` ${name}`)));
    fieldset.hidden = false;
    this.querySelector('label[for="team-link-segments"]')!.textContent = this.#t('team.link.otherSegments');
  }

  #segments(): string[] {
    const chosen = [...this.#form.querySelectorAll<HTMLInputElement>('input[name="brand-segment"]:checked')].map((input) => input.value);
    const typed = parseSegmentList(this.#form.querySelector<HTMLInputElement>('#team-link-segments')!.value);
    return [...new Set([...chosen, ...typed])];
  }

  #update(): void {
    const assessment = this.#form.querySelector<HTMLSelectElement>('#team-link-assessment')!;
    const team = this.#form.querySelector<HTMLInputElement>('#team-link-team')!.value;
    const base = this.dataset.base ?? '/';
    const limits = { team: Number(this.dataset.teamLimit) || 40, segment: Number(this.dataset.segmentLimit) || 40 };
    const link = teamLink({ origin: location.origin, base, assessmentId: assessment.value, team, segments: this.#segments(), limits });
    const open = this.querySelector<HTMLAnchorElement>('[data-action="open"]')!;
    this.#href = link.ok ? link.href : undefined;
    this.#output.value = link.ok ? link.href : '';
    this.#problems.replaceChildren(...(link.ok || team.trim() === '' ? [] : link.problems.map((problem) => h('li', {}, renderPhrase(this.#t, document.documentElement.lang, problem)))));
    this.#problems.hidden = this.#problems.childElementCount === 0;
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-action="copy"], [data-action="qr"]')) button.disabled = !link.ok;
    open.hidden = !link.ok;
    if (link.ok) open.href = link.href;
    this.querySelector('.team-link-status')!.textContent = '';
    if (!this.#qr.hidden) {
      if (link.ok) void this.#drawQr();
      else this.#hideQr();
    }
  }

  async #copy(): Promise<void> {
    const status = this.querySelector<HTMLElement>('.team-link-status')!;
    if (!this.#href) return;
    try {
      await navigator.clipboard.writeText(this.#href);
      status.textContent = this.#t('team.link.copied');
    } catch {
      this.#output.select();
      status.textContent = this.#t('team.link.copyFailed');
    }
  }

  async #toggleQr(): Promise<void> {
    if (!this.#qr.hidden) {
      this.#hideQr();
      return;
    }
    this.#qr.hidden = false;
    this.#qrButton.setAttribute('aria-expanded', 'true');
    this.#qrButton.textContent = this.#t('team.link.hideQr');
    await this.#drawQr();
  }

  #hideQr(): void {
    this.#qr.hidden = true;
    this.#qrButton.setAttribute('aria-expanded', 'false');
    this.#qrButton.textContent = this.#t('team.link.showQr');
  }

  async #drawQr(): Promise<void> {
    const href = this.#href;
    if (!href || href === this.#drawn) return;
    const image = this.#qr.querySelector<HTMLElement>('.team-qr-image')!;
    try {
      // The QR library loads only when a code is asked for.
      const { toString } = await import('qrcode');
      const svg = await toString(href, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
      if (href !== this.#href) return;
      // The SVG is the library's own output for our link (paths only, no text from the page).
      image.innerHTML = svg;
      image.setAttribute('aria-label', this.#t('team.link.qrLabel', { href }));
      this.#qr.querySelector('.team-qr-caption')!.textContent = this.#t('team.link.qrCaption', {
        assessment: this.#form.querySelector<HTMLSelectElement>('#team-link-assessment')!.selectedOptions[0]?.textContent?.trim() ?? '',
        team: this.#form.querySelector<HTMLInputElement>('#team-link-team')!.value.trim(),
      });
      this.#drawn = href;
    } catch {
      image.replaceChildren(h('p', {}, this.#t('team.link.qrFailed')));
    }
  }
}

customElements.define('tl-team-link', TeamLinkElement);
