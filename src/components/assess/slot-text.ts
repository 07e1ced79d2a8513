import type { MessageValues } from '../../lib/i18n/message.ts';
import type { Translate } from '../../lib/i18n/translate.ts';

// A character no dictionary text holds, to find where the element goes once the sentence is filled.
const SLOT = '\u0000';

/** A sentence with an element (a link, a button) where its `{name}` is, in the translator's language; `values` fill its other placeholders. */
export function withElement(t: Translate, key: string, name: string, element: () => Node | string, values: MessageValues = {}): (string | Node)[] {
  return t(key, { ...values, [name]: SLOT })
    .split(SLOT)
    .flatMap((part, index) => (index === 0 ? [part] : [element(), part]))
    .filter((part) => part !== '');
}
