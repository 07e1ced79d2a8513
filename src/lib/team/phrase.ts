/**
 * A sentence for people as data: a dictionary key and the values it needs, which may be
 * phrases or lists themselves. The team lib builds these, not English sentences, so that the
 * same findings and notes read in every language; the view renders them with its translator.
 */
import type { Translate } from '../i18n/translate.ts';

export type PhraseValue = string | number | Phrase | PhraseList | Capitalised;
export interface Phrase {
  key: string;
  values?: Record<string, PhraseValue>;
}
/**
 * Values in a list: joined as the language lists them ("a, b and c"; "a, b und c"; "a, b i c",
 * through team.list.*), with " + " for values counted together ("North + East"), or with commas only.
 */
export interface PhraseList {
  list: PhraseValue[];
  join?: 'and' | 'plus' | 'comma';
}

/** Words of a sentence shown with a capital first letter, as a heading: "Leaders and managers". */
export interface Capitalised {
  capitalise: PhraseValue;
}

export function phrase(key: string, values?: Record<string, PhraseValue>): Phrase {
  return values ? { key, values } : { key };
}

export function phraseList(list: PhraseValue[]): PhraseList {
  return { list };
}

/** Renders a phrase (or any value of one) in `lang`: numbers through Intl, lists with the dictionary's joining words. */
export function renderPhrase(t: Translate, lang: string, value: PhraseValue): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return new Intl.NumberFormat(lang).format(value);
  if ('capitalise' in value) return capitalised(renderPhrase(t, lang, value.capitalise), lang);
  if ('list' in value) {
    const items = value.list.map((item) => renderPhrase(t, lang, item));
    if (value.join === 'plus') return items.join(' + ');
    if (value.join === 'comma') return items.join(t('team.list.separator'));
    if (items.length <= 1) return items.join('');
    // The dictionary's own joining words: Intl.ListFormat's English has a comma before "and".
    return t('team.list.last', { rest: items.slice(0, -1).join(t('team.list.separator')), last: items.at(-1)! });
  }
  const values: Record<string, string | number> = {};
  for (const [name, inner] of Object.entries(value.values ?? {})) values[name] = typeof inner === 'number' ? inner : renderPhrase(t, lang, inner);
  return t(value.key, values);
}

/** A rendered text with its first letter in capitals, for a list that opens a heading ("Leaders and managers"). */
export function capitalised(text: string, lang: string): string {
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}
