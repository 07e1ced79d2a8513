import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../validate/problem.ts';
import { compareWithReference, readDictionary, withOverrides, type Dictionary, type DictionaryFile } from './dictionary.ts';
import { isLocaleCode, localeCodes, referenceLocale, type LocaleCode } from './locales.ts';

/** Where the shipped dictionaries live, relative to the project. */
export const DICTIONARY_DIR = 'src/i18n';

export interface LoadedDictionaries {
  /** Each published locale's strings, the brand's overrides laid over them. */
  dictionaries: Partial<Record<LocaleCode, Dictionary>>;
  problems: Problem[];
}

/**
 * Reads and checks every shipped dictionary (all of them, published or not, so a missing
 * key shows in every build) and a brand's overrides in `<brand>/i18n/<code>.yaml`.
 */
export function loadDictionaries(root: string, published: readonly LocaleCode[], brand?: { dir: string; label: string }): LoadedDictionaries {
  const problems: Problem[] = [];
  const read = (path: string, label: string, locale: string): DictionaryFile | undefined => {
    const result = readDictionary(label, locale, readFileSync(path, 'utf8'));
    problems.push(...result.problems);
    return result.read;
  };
  const shippedFile = (locale: LocaleCode) => `${DICTIONARY_DIR}/${locale}.yaml`;
  const reference = read(join(root, shippedFile(referenceLocale)), shippedFile(referenceLocale), referenceLocale);
  if (!reference) return { dictionaries: {}, problems };
  const shipped: Partial<Record<LocaleCode, DictionaryFile>> = { [referenceLocale]: reference };
  for (const locale of localeCodes.filter((code) => code !== referenceLocale)) {
    const path = join(root, shippedFile(locale));
    if (!existsSync(path)) {
      problems.push({ file: shippedFile(locale), field: '', message: `missing: every shipped locale needs its dictionary; copy ${shippedFile(referenceLocale)} and translate it` });
      continue;
    }
    const file = read(path, shippedFile(locale), locale);
    if (!file) continue;
    shipped[locale] = file;
    problems.push(...compareWithReference(file, reference, 'complete'));
  }
  const overrides = brand ? brandOverrides(brand, published, reference, problems, read) : {};
  const dictionaries: Partial<Record<LocaleCode, Dictionary>> = {};
  for (const locale of published) {
    const file = shipped[locale];
    if (file) dictionaries[locale] = withOverrides(file.dictionary, overrides[locale]);
  }
  return { dictionaries, problems };
}

function brandOverrides(
  brand: { dir: string; label: string },
  published: readonly LocaleCode[],
  reference: DictionaryFile,
  problems: Problem[],
  read: (path: string, label: string, locale: string) => DictionaryFile | undefined,
): Partial<Record<LocaleCode, Dictionary>> {
  const dir = join(brand.dir, 'i18n');
  if (!existsSync(dir)) return {};
  const overrides: Partial<Record<LocaleCode, Dictionary>> = {};
  for (const name of readdirSync(dir).sort()) {
    const label = `${brand.label}/i18n/${name}`;
    const code = name.replace(/\.ya?ml$/, '');
    if (code === name) continue;
    if (!isLocaleCode(code) || !published.includes(code)) {
      problems.push({ file: label, field: '', message: `"${code}" is not one of the brand's locales (${published.join(', ')}); rename the file after one of them, or add "${code}" to deployment.locales in brand.yaml` });
      continue;
    }
    const file = read(join(dir, name), label, code);
    if (!file) continue;
    problems.push(...compareWithReference(file, reference, 'override'));
    overrides[code] = file.dictionary;
  }
  return overrides;
}
