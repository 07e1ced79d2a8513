import type { Dictionary } from './dictionary.ts';
import { formatMessage, type MessageValues } from './message.ts';

export type Translate = (key: string, values?: MessageValues) => string;

/**
 * `t(key, values)` for one locale. An unknown key throws: the dictionary check lists every
 * key at build time, so reaching one here is a typo in code, which a test should catch.
 */
export function createTranslator(locale: string, dictionary: Dictionary): Translate {
  return (key, values) => {
    const message = dictionary[key];
    if (message === undefined) throw new Error(`no interface string "${key}" for locale "${locale}"`);
    return formatMessage(locale, message, values);
  };
}
