import type { Translate } from '../i18n/translate.ts';

/**
 * A sentence for a person, as data: a dictionary key and the values it is filled with. The
 * scoring modules return phrases, not English, so the same result reads in every language;
 * the view words them with its translator (`wordOf`).
 */
export interface Phrase {
  key: string;
  values?: Record<string, PhraseValue>;
}

/**
 * A value in a phrase: text, a number (written the locale's way), a small number in words, a
 * list ("a, b and c"), another phrase, or several phrases (clauses joined by "; ", sentences by a space).
 */
export type PhraseValue = string | number | NumberWord | readonly string[] | Phrase | readonly Phrase[];

/** A count written in words where the language does so ("five later blocks"), from `result.numberWords`. */
export interface NumberWord {
  numberWord: number;
}

/** Text a person reads: the assessment's own words (already in the page's language), or a phrase. */
export type Wording = string | Phrase;

export function phrase(key: string, values?: Record<string, PhraseValue>): Phrase {
  return values ? { key, values } : { key };
}

export function isPhrase(value: unknown): value is Phrase {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as Phrase).key === 'string';
}

/** A wording in the translator's language; lists are joined the language's way (`result.list`: "{first} and {last}"). */
export function wordOf(t: Translate, wording: Wording): string {
  if (typeof wording === 'string') return wording;
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(wording.values ?? {})) values[name] = valueOf(t, value);
  return t(wording.key, values);
}

function valueOf(t: Translate, value: PhraseValue): string | number {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (isPhrase(value)) return wordOf(t, value);
  if ('numberWord' in value) return t('result.numberWords').split('|')[value.numberWord]?.trim() || value.numberWord;
  // Whole sentences follow one another; clauses are joined by semicolons.
  if (value.some(isPhrase)) return (value as readonly Phrase[]).map((part) => wordOf(t, part)).reduce((text, next) => `${text}${/[.!?]$/.test(text) ? ' ' : '; '}${next}`);
  const words = value as readonly string[];
  if (words.length <= 1) return words.join('');
  return t('result.list', { first: words.slice(0, -1).join(', '), last: words.at(-1)! });
}
