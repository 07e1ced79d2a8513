import type { AssessmentPayload } from '../../lib/assess/payload.ts';
import { resultsToCsv } from '../../lib/results/csv.ts';
import { exportFileName } from '../../lib/results/export-names.ts';
import { resultsToJson } from '../../lib/results/json.ts';
import { encodeShareCode } from '../../lib/results/share-code.ts';
import { consultantEmail, shareLink, siteRoot } from '../../lib/results/share-link.ts';
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
}

let counter = 0;

/** The share link of a result, or why it has none (a result no code can hold). */
export function resultShareLink(result: SavedResult, payload: AssessmentPayload, base: string): { ok: true; link: string } | { ok: false; message: string } {
  try {
    return { ok: true, link: shareLink(siteRoot(location.origin, base), encodeShareCode(result, payload.definition)) };
  } catch (error) {
    return { ok: false, message: `This result cannot be shared as a link (${error instanceof Error ? error.message : 'it does not fit a share code'}); export it as a file instead.` };
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
  const { payload, result } = options;
  const n = ++counter;
  const status = h('p', { class: 'result-tools-status', role: 'status' });
  const say = (text: string) => (status.textContent = text);
  const share = resultShareLink(result, payload, options.base);

  const linkField = h('input', { id: `share-link-${n}`, class: 'share-link-field', type: 'text', readonly: true, value: share.ok ? share.link : '', spellcheck: 'false' });
  const copy = async () => {
    if (!share.ok) return say(share.message);
    say((await copyText(share.link, linkField)) ? 'The share link is copied. Paste it into a message or a document.' : 'The link is selected: copy it with Ctrl+C (⌘C on a Mac).');
  };

  const qrCanvas = h('canvas', { role: 'img', 'aria-label': 'QR code of the share link. Scanning it opens this result.' });
  const qrFigure = h('figure', { class: 'share-qr', id: `share-qr-${n}`, hidden: true }, qrCanvas, h('figcaption', {}, 'Scan to open this result: ', h('span', { class: 'share-qr-link' }, share.ok ? share.link : '')));
  const qrButton = h('button', { type: 'button', class: 'button secondary', 'aria-expanded': 'false', 'aria-controls': `share-qr-${n}` }, 'Show QR code');
  qrButton.addEventListener('click', async () => {
    if (!share.ok) return say(share.message);
    const open = qrFigure.hidden;
    qrFigure.hidden = !open;
    qrButton.setAttribute('aria-expanded', String(open));
    qrButton.textContent = open ? 'Hide QR code' : 'Show QR code';
    if (!open || qrCanvas.dataset.drawn) return;
    try {
      // The QR library loads only now, the first time a code is asked for.
      await (await import('./qr-code.ts')).drawQrCode(qrCanvas, share.link);
      qrCanvas.dataset.drawn = 'true';
    } catch {
      qrFigure.hidden = true;
      say('The QR code could not be drawn. Copy the link instead.');
    }
  });

  const button = (label: string, onClick: () => void, primary = false) => {
    const element = h('button', { type: 'button', class: primary ? 'button' : 'button secondary' }, label);
    element.addEventListener('click', onClick);
    return element;
  };
  const downloadCsv = () => {
    downloadText(exportFileName({ subject: result.assessment, date: new Date(result.takenAt), label: result.label, extension: 'csv' }), resultsToCsv([result], payload.definition), 'text/csv');
    say('The CSV file is downloading: one row with every answer and the scores.');
  };
  const downloadJson = () => {
    downloadResultJson(result);
    say('The JSON file is downloading. Import it on another device or browser from My results.');
  };

  const email = options.contactEmail ? consultantEmail(options.contactEmail, { title: payload.definition.title, link: share.ok ? share.link : '', ...(result.team ? { team: result.team } : {}) }) : undefined;
  const consultant = options.forTeam
    ? h(
        'div',
        { class: 'result-consultant' },
        h('h4', {}, 'Send your result to your consultant'),
        h('p', {}, 'Nothing is sent unless you do it. Choose one:'),
        h(
          'ul',
          {},
          h('li', {}, button('Copy the share link', () => void copy(), true), ' and paste it into a message to them.'),
          h('li', {}, button('Download the result file', downloadJson), ' and attach it to an email.'),
          email && share.ok ? h('li', {}, h('a', { class: 'button secondary', href: email }, `Write an email to ${options.contactEmail?.trim()}`), ' with the link filled in, in your own email program.') : null,
        ),
      )
    : null;

  const title = h('h3', { id: `result-tools-${n}` }, 'Share and export');
  return h(
    'section',
    { class: 'result-tools no-print', 'aria-labelledby': `result-tools-${n}` },
    title,
    consultant,
    h(
      'div',
      { class: 'result-share' },
      h('label', { for: `share-link-${n}` }, 'Share link'),
      h('div', { class: 'share-row' }, linkField, button('Copy link', () => void copy(), !options.forTeam)),
      h('p', { class: 'muted share-note' }, share.ok ? 'Anyone you give this link to sees this result: answers, role, team and label. The result is in the link itself, after the “#”, which browsers never send to a server.' : share.message),
      h('div', { class: 'share-row' }, qrButton),
      qrFigure,
    ),
    h(
      'div',
      { class: 'result-export' },
      h('h4', {}, 'Download this result'),
      h('div', { class: 'share-row' }, button('Download as JSON', downloadJson), button('Download as CSV', downloadCsv), options.print ? button('Print or save as PDF', () => print()) : null),
    ),
    status,
  );
}
