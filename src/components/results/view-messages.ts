// Build-time only: the strings a results page's script needs.
import { pickNamespaces, type Dictionary } from '../../lib/i18n/dictionary.ts';

/**
 * The page's own namespaces and the result view's (`result.*`, which the assessment page's
 * view brings): both pages here show a full result. `result` is taken only once it has keys,
 * so this page builds before and after the result view moves into the dictionaries.
 */
export function viewMessages(dictionary: Dictionary, namespaces: readonly string[]): Dictionary {
  const withResult = Object.keys(dictionary).some((key) => key.startsWith('result.')) ? ['result', ...namespaces] : namespaces;
  return pickNamespaces(dictionary, withResult);
}
