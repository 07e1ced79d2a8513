// Tests only: the shipped dictionaries as translators, so tests pin wording as a page shows it.
import { loadDictionaries } from '../i18n/load-dictionaries.ts';
import { localeCodes, type LocaleCode } from '../i18n/locales.ts';
import { createTranslator, type Translate } from '../i18n/translate.ts';

let loaded: ReturnType<typeof loadDictionaries>['dictionaries'] | undefined;

/** `t` for a shipped locale, read from src/i18n/<code>.yaml; a dictionary problem fails the test, naming it. */
export function translatorFor(locale: LocaleCode): Translate {
  if (!loaded) {
    const { dictionaries, problems } = loadDictionaries(process.cwd(), localeCodes);
    if (problems.length > 0) throw new Error(problems.map((problem) => `${problem.file}:${problem.line ?? ''} ${problem.field} ${problem.message}`).join('\n'));
    loaded = dictionaries;
  }
  return createTranslator(locale, loaded[locale]!);
}
