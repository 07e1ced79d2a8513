import type { AssessmentPayload } from '../../lib/assess/payload.ts';
import { resultsToCsv } from '../../lib/results/csv.ts';
import { exportFileName } from '../../lib/results/export-names.ts';
import { resultsToJson } from '../../lib/results/json.ts';
import { encodeShareCode } from '../../lib/results/share-code.ts';
import { consultantEmail, shareLink, siteRoot } from '../../lib/results/share-link.ts';
import type { Translate } from '../../lib/i18n/translate.ts';
import type { SavedResult } from '../../lib/schema/saved-result.ts';
import { h } from '../view/dom.ts';
import { copyText, downloadText } from './download.ts';

export interface ResultToolsOptions {
  payload: AssessmentPayload;
  result: SavedResult;
  /** The site's base path (import.meta.env.BASE_URL), for the share link. */
  base: string;
  /** Team mode: offer "send to your consultant" first. */
  forTeam?: boolean;
  /** Where "send to your consultant" can open an email to; that option is left out without it. */
  contactEmail?: string | undefined;
  /** Offer a print button (where the page has none of its own). */
  print?: boolean;
  /** The plan page's address: offers "Make a plan" for this (saved) result. */
  planHref?: string | undefined;
  /** The page's `result.*` strings (see renderResult). */
  t: Translate;
}

let counter = 0;

/** The share link of a result, or why it has none (a result no code can hold). */
export function resultShareLink(result: SavedResult, payload: AssessmentPayload, base: string, t: Translate): { ok: true; link: string } | { ok: false; message: string } {
  try {
    return { ok: true, link: shareLink(siteRoot(location.origin, base), encodeShareCode(result, payload.definition)) };
  } catch (error) {
    return { ok: false, message: t('result.tools.cannotShare', { reason: error instanceof Error ? error.message : t('result.tools.doesNotFit') }) };
  }
}

/** The JSON file of one result, downloaded. */
export function downloadResultJson(result: SavedResult): void {
  downloadText(exportFileName({ subject: result.assessment, date: new Date(result.takenAt), label: result.label, extension: 'json' }), resultsToJson([result]), 'application/json');
}

/**
 * "Share and export" for one result: its share link with a copy button and a QR code,
 * downloads as JSON and CSV, and (team mode) the ways to send it to a consultant. Nothing
 * leaves the device unless the person copies, downloads or sends it themselves.
 */
export function resultTools(options: ResultToolsOptions): HTMLElement {
  const { payload, result, t } = options;
  const n = ++counter;
  const status = h('p', { class: 'result-tools-status', role: 'status' });
  const say = (text: string) => (status.textContent = text);
  const share = resultShareLink(result, payload, options.base, t);

  const linkField = h('input', { id: `share-link-${n}`, class: 'share-link-field', type: 'text', readonly: true, value: share.ok ? share.link : '', spellcheck: 'false' });
  const copy = async () => {
    if (!share.ok) return say(share.message);
    say(t((await copyText(share.link, linkField)) ? 'result.tools.copied' : 'result.tools.selected'));
  };

  const qrCanvas = h('canvas', { role: 'img', 'aria-label': t('result.tools.qrLabel') });
  const qrFigure = h('figure', { class: 'share-qr', id: `share-qr-${n}`, hidden: true }, qrCanvas, h('figcaption', {}, `${t('result.tools.qrCaption')} `, h('span', { class: 'share-qr-link' }, share.ok ? share.link : '')));
  const qrButton = h('button', { type: 'button', class: 'button secondary', 'aria-expanded': 'false', 'aria-controls': `share-qr-${n}` }, t('result.tools.showQr'));
  qrButton.addEventListener('click', async () => {
    if (!share.ok) return say(share.message);
    const open = qrFigure.hidden;
    qrFigure.hidden = !open;
    qrButton.setAttribute('aria-expanded', String(open));
    qrButton.textContent = t(open ? 'result.tools.hideQr' : 'result.tools.showQr');
    if (!open || qrCanvas.dataset.drawn) return;
    try {
      // The QR library loads only now, the first time a code is asked for.
      await (await import('./qr-code.ts')).drawQrCode(qrCanvas, share.link);
      qrCanvas.dataset.drawn = 'true';
    } catch {
      qrFigure.hidden = true;
      say(t('result.tools.qrFailed'));
    }
  });

  const button = (label: string, onClick: () => void, primary = false) => {
    const element = h('button', { type: 'button', class: primary ? 'button' : 'button secondary' }, label);
    element.addEventListener('click', onClick);
    return element;
  };
  const downloadCsv = () => {
    downloadText(exportFileName({ subject: result.assessment, date: new Date(result.takenAt), label: result.label, extension: 'csv' }), resultsToCsv([result], payload.definition), 'text/csv');
    say(t('result.tools.csvDownloading'));
  };
  const downloadJson = () => {
    downloadResultJson(result);
    say(t('result.tools.jsonDownloading'));
  };

  const email = options.contactEmail ? consultantEmail(options.contactEmail, { title: payload.definition.title, link: share.ok ? share.link : '', ...(result.team ? { team: result.team } : {}) }) : undefined;
  const consultant = options.forTeam
    ? h(
        'div',
        { class: 'result-consultant' },
        h('h4', {}, t('result.tools.consultant')),
        h('p', {}, t('result.tools.consultantIntro')),
        h(
          'ul',
          {},
          h('li', {}, button(t('result.tools.copyShareLink'), () => void copy(), true), ` ${t('result.tools.pasteIt')}`),
          h('li', {}, button(t('result.tools.downloadFile'), downloadJson), ` ${t('result.tools.attachIt')}`),
          email && share.ok
            ? h('li', {}, h('a', { class: 'button secondary', href: email }, t('result.tools.writeEmail', { email: options.contactEmail?.trim() ?? '' })), ` ${t('result.tools.emailFilled')}`)
            : null,
        ),
      )
    : null;

  const title = h('h3', { id: `result-tools-${n}` }, t('result.tools.heading'));
  const plan = options.planHref ? h('p', { class: 'result-plan' }, h('a', { class: 'button', href: `${options.planHref}#${encodeURIComponent(result.id)}` }, t('result.tools.makePlan'))) : null;
  return h(
    'section',
    { class: 'result-tools no-print', 'aria-labelledby': `result-tools-${n}` },
    title,
    plan,
    consultant,
    h(
      'div',
      { class: 'result-share' },
      h('label', { for: `share-link-${n}` }, t('result.tools.shareLink')),
      h('div', { class: 'share-row' }, linkField, button(t('result.tools.copyLink'), () => void copy(), !options.forTeam)),
      h('p', { class: 'muted share-note' }, share.ok ? t('result.tools.shareNote') : share.message),
      h('div', { class: 'share-row' }, qrButton),
      qrFigure,
    ),
    h(
      'div',
      { class: 'result-export' },
      h('h4', {}, t('result.tools.download')),
      h('div', { class: 'share-row' }, button(t('result.tools.json'), downloadJson), button(t('result.tools.csv'), downloadCsv), options.print ? button(t('result.print'), () => print()) : null),
    ),
    status,
  );
}
