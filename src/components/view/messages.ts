// Client side of the interface strings: a custom element's strings arrive in `data-messages`
// (picked at build time with pickMessages or pickNamespaces) and its language in `data-lang`.
import type { Dictionary } from '../../lib/i18n/dictionary.ts';
import { createTranslator, type Translate } from '../../lib/i18n/translate.ts';

/** `t(key, values)` for the strings Astro rendered onto `element`; an unknown key throws, naming it. */
export function translatorOf(element: HTMLElement): Translate {
  const messages = JSON.parse(element.dataset.messages ?? '{}') as Dictionary;
  return createTranslator(element.dataset.lang ?? document.documentElement.lang ?? 'en', messages);
}
