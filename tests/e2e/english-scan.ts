// "No English interface word" on a German or Polish page: the visible text (and the labels
// a screen reader reads) checked against the English dictionary's texts. Text marked
// lang="en" is left out: an untranslated guide, or the English original of a quoted
// survey statement, is English on purpose and says so.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';

type Messages = Record<string, string | Record<string, string>>;
const read = (code: string) => parse(readFileSync(`src/i18n/${code}.yaml`, 'utf8')) as Messages;
const textsOf = (message: string | Record<string, string> | undefined) => (message === undefined ? [] : typeof message === 'string' ? [message] : Object.values(message));

/**
 * The English pieces a page in `locale` must not show: each English text split around its
 * `{values}`, of two words or more, unless that language's own text for the key has the
 * same piece ("Touchline", "CSV" stay as they are).
 */
export function englishPieces(locale: 'de' | 'pl'): string[] {
  const english = read('en');
  const local = read(locale);
  const pieces = new Set<string>();
  for (const [key, message] of Object.entries(english)) {
    const own = textsOf(local[key]).join('\n');
    for (const text of textsOf(message))
      for (const piece of text.split(/\{[a-zA-Z]+\}/)) {
        const words = piece.replace(/[“”"„.:;,()?!…]/g, ' ').replace(/\s+/g, ' ').trim();
        if (words.split(' ').length >= 2 && !own.includes(words)) pieces.add(words);
      }
  }
  return [...pieces];
}

/** What a reader sees and hears on the page (or inside `selector`), without text marked as English. */
export function readableText(page: Page, selector = 'body'): Promise<string> {
  return page.evaluate((selector) => {
    const root = document.querySelector<HTMLElement>(selector);
    if (!root) throw new Error(`no element "${selector}" on ${location.pathname}`);
    const english = [...root.querySelectorAll<HTMLElement>('[lang]')].filter((element) => /^en\b/i.test(element.lang));
    const hidden = english.map((element) => [element, element.style.display] as const);
    for (const [element] of hidden) element.style.display = 'none';
    const labels = [...root.querySelectorAll<HTMLElement>('[aria-label], [title], [placeholder], img[alt]')]
      .filter((element) => element.checkVisibility() && !element.closest('[lang^="en"]'))
      .flatMap((element) => ['aria-label', 'title', 'placeholder', 'alt'].map((name) => element.getAttribute(name) ?? ''));
    const text = `${root.innerText}\n${labels.join('\n')}`;
    for (const [element, display] of hidden) element.style.display = display;
    return text.replace(/\s+/g, ' ');
  }, selector);
}

/** The English pieces a German or Polish page shows; `[]` when it speaks only its language. */
export async function englishOnPage(page: Page, locale: 'de' | 'pl', selector = 'body'): Promise<string[]> {
  const text = (await readableText(page, selector)).replace(/[“”"„.:;,()?!…]/g, ' ').replace(/\s+/g, ' ');
  return englishPieces(locale).filter((piece) => text.includes(piece));
}
