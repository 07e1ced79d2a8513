import type { MessageValues } from '../i18n/message.ts';

/**
 * A sentence for a person, as a dictionary key and its values, so that the library says
 * what happened and the page words it in its own language (`t(phrase.key, phrase.values)`).
 */
export interface Phrase {
  key: string;
  values?: PhraseValues;
}

export function phrase(key: string, values?: PhraseValues): Phrase {
  return values === undefined ? { key } : { key, values };
}

/**
 * A checker's own English detail (a schema's words about a field) that has no key yet: shown
 * as it is, inside a translated sentence where one frames it.
 */
export function asIs(text: string): Phrase {
  return { key: 'intake.reason.asIs', values: { text } };
}

/** Values of a phrase may be phrases themselves ("Nothing was imported: {reason}"). */
export type PhraseValues = Record<string, string | number | Phrase>;

/** The phrase in the page's words; nested phrases are worded first. */
export function say(t: (key: string, values?: MessageValues) => string, { key, values }: Phrase): string {
  if (values === undefined) return t(key);
  const worded: MessageValues = {};
  for (const [name, value] of Object.entries(values)) worded[name] = typeof value === 'object' ? say(t, value) : value;
  return t(key, worded);
}
