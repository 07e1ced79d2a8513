import { pluralCategories } from './locales.ts';

/**
 * One interface string. Plain text, or — when it states a count — one text per plural form
 * of the language (`one`, `few`, `many`, `other`…), chosen with `Intl.PluralRules`.
 * `{name}` marks a value filled in when the string is shown.
 */
export type Message = string | PluralMessage;
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export type MessageValues = Record<string, string | number>;

const placeholderPattern = /\{([a-zA-Z][a-zA-Z0-9]*)\}/g;

/** The names of the values a text expects, e.g. `{count}` and `{title}`. */
export function placeholdersOf(text: string): Set<string> {
  return new Set(Array.from(text.matchAll(placeholderPattern), (match) => match[1] as string));
}

export function isPluralMessage(message: unknown): message is PluralMessage {
  return typeof message === 'object' && message !== null && typeof (message as { other?: unknown }).other === 'string';
}

/**
 * Fills a message for a locale. A plural message needs a numeric `count`; numbers are
 * written the locale's way (1 234,5 in Polish, 1.234,5 in German). A value the text asks
 * for but is not given is an error, so a half-filled sentence never reaches a person.
 */
export function formatMessage(locale: string, message: Message, values: MessageValues = {}): string {
  const text = isPluralMessage(message) ? pluralText(locale, message, values) : message;
  const numbers = new Intl.NumberFormat(locale);
  return text.replace(placeholderPattern, (_whole, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`the message "${text}" needs a value for {${name}}`);
    return typeof value === 'number' ? numbers.format(value) : value;
  });
}

function pluralText(locale: string, message: PluralMessage, values: MessageValues): string {
  const count = values.count;
  if (typeof count !== 'number') throw new Error(`the plural message "${message.other}" needs a numeric {count}`);
  const category = new Intl.PluralRules(locale).select(count);
  return message[category] ?? message.other;
}

/** The plural forms a message must give for a locale, that it does not. */
export function missingPluralForms(locale: string, message: PluralMessage): Intl.LDMLPluralRule[] {
  return pluralCategories(locale).filter((category) => message[category] === undefined);
}

/**
 * A message cut around the values the page fills with markup (a link, a key name): the text
 * pieces filled as formatMessage fills them, and `{ slot }` where an element goes.
 */
export function messageParts(locale: string, message: Message, values: MessageValues = {}): (string | { slot: string })[] {
  const text = isPluralMessage(message) ? pluralText(locale, message, values) : message;
  const numbers = new Intl.NumberFormat(locale);
  const parts: (string | { slot: string })[] = [];
  let last = 0;
  for (const match of text.matchAll(placeholderPattern)) {
    const name = match[1] as string;
    const value = values[name];
    parts.push(text.slice(last, match.index));
    parts.push(value === undefined ? { slot: name } : typeof value === 'number' ? numbers.format(value) : value);
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  // Filled values join the text around them; only the slots stay apart.
  return parts.reduce<(string | { slot: string })[]>((joined, part) => {
    const previous = joined.at(-1);
    if (typeof part === 'string' && typeof previous === 'string') joined[joined.length - 1] = previous + part;
    else if (part !== '') joined.push(part);
    return joined;
  }, []);
}
