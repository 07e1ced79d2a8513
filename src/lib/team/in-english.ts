// For tests (Node only): the team lib's phrases rendered with the shipped English dictionary,
// so that tests pin the English a person reads while the lib returns keys and values.
import { translatorFor } from '../scoring/test-translators.ts';
import { renderPhrase, type PhraseValue } from './phrase.ts';

export function inEnglish(value: PhraseValue): string {
  return renderPhrase(translatorFor('en'), 'en', value);
}
