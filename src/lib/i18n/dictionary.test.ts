import { describe, expect, it } from 'vitest';
import { formatProblem } from '../validate/problem.ts';
import { compareWithReference, pickMessages, pickNamespaces, readDictionary, type DictionaryFile } from './dictionary.ts';
import { createTranslator } from './translate.ts';

function read(file: string, locale: string, text: string): DictionaryFile {
  const { read, problems } = readDictionary(file, locale, text);
  if (!read) throw new Error(problems.map(formatProblem).join('\n'));
  return read;
}

const english = read(
  'src/i18n/en.yaml',
  'en',
  ['result.coverage: "{answered} of {total} answered"', 'results.count:', '  one: "{count} result"', '  other: "{count} results"', 'site.skip: "Skip to content"', ''].join('\n'),
);

const problemsOf = (text: string, mode: 'complete' | 'override' = 'complete', locale = 'pl') => compareWithReference(read(`src/i18n/${locale}.yaml`, locale, text), english, mode).map(formatProblem);

describe('readDictionary', () => {
  it('names the file, line and key of a value that is neither a text nor plural forms', () => {
    const { problems } = readDictionary('src/i18n/de.yaml', 'de', 'site.skip: "Zum Inhalt"\nresult.coverage:\n  - a list\n');
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/^src\/i18n\/de\.yaml:2: result\.coverage: give a text in quotes/)]);
  });

  it('refuses nested mappings and keys that are not flat dotted words', () => {
    const { problems } = readDictionary('src/i18n/de.yaml', 'de', 'site:\n  skip: "Zum Inhalt"\n');
    expect(problems.map(formatProblem)).toEqual([expect.stringContaining('src/i18n/de.yaml:1: site: a key is lower-case words joined by dots')]);
  });

  it('names the line of a YAML syntax error', () => {
    const { problems } = readDictionary('src/i18n/de.yaml', 'de', 'site.skip: "Zum Inhalt"\nresult.coverage: "unclosed\n');
    expect(problems[0]).toMatchObject({ file: 'src/i18n/de.yaml', line: expect.any(Number) });
  });
});

describe('compareWithReference', () => {
  const complete = ['result.coverage: "{answered} z {total} z odpowiedzią"', 'results.count:', '  one: "{count} wynik"', '  few: "{count} wyniki"', '  many: "{count} wyników"', '  other: "{count} wyniku"', 'site.skip: "Przejdź do treści"'].join('\n');

  it('accepts a complete translation', () => {
    expect(problemsOf(complete)).toEqual([]);
  });

  it('lists a missing key with the English line to translate', () => {
    expect(problemsOf(complete.replace('site.skip: "Przejdź do treści"', ''))).toEqual(['src/i18n/pl.yaml: site.skip: missing: translate "site.skip" (src/i18n/en.yaml:5)']);
  });

  it('lets a brand override a subset, but not invent keys', () => {
    expect(problemsOf('site.skip: "Zur Sache"', 'override', 'de')).toEqual([]);
    expect(problemsOf('site.skipp: "Zur Sache"', 'override', 'de')).toEqual(['src/i18n/de.yaml:1: site.skipp: unknown key: src/i18n/en.yaml has no "site.skipp"; check its spelling or remove it']);
  });

  it('requires every Polish plural form', () => {
    const problems = problemsOf(complete.replace('  few: "{count} wyniki"\n', ''));
    expect(problems).toEqual([expect.stringContaining('src/i18n/pl.yaml:2: results.count: "pl" distinguishes the plural form few; add it')]);
  });

  it('refuses a text that drops or invents a value', () => {
    const problems = problemsOf(complete.replace('{answered} z {total}', '{answerd} z wszystkich'));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('uses {answerd}, which the English text does not give');
    expect(problems[1]).toContain('leaves out {answered}, {total}');
  });

  it('lets a plural form leave the count out, as "one" often does', () => {
    expect(problemsOf(complete.replace('one: "{count} wynik"', 'one: "jeden wynik"'))).toEqual([]);
  });

  it('refuses a single text where the English depends on a count', () => {
    const text = ['result.coverage: "{answered} z {total}"', 'results.count: "{count} wyników"', 'site.skip: "Przejdź"'].join('\n');
    expect(problemsOf(text)).toEqual([expect.stringContaining('results.count: the English text depends on a count')]);
  });
});

describe('translator and page payloads', () => {
  it('translates with the locale’s numbers and plural rules', () => {
    const t = createTranslator('en', english.dictionary);
    expect(t('results.count', { count: 1 })).toBe('1 result');
    expect(t('results.count', { count: 12000 })).toBe('12,000 results');
    expect(() => t('result.unknown')).toThrow(/no interface string "result.unknown"/);
  });

  it('picks only the strings a page needs, and fails loudly on a missing one', () => {
    expect(pickMessages(english.dictionary, ['site.skip'])).toEqual({ 'site.skip': 'Skip to content' });
    expect(() => pickMessages(english.dictionary, ['site.nope'])).toThrow(/add it to src\/i18n\/en.yaml/);
    expect(pickNamespaces({ 'site.skip': 'Skip', 'siteline.x': 'No', 'nav.main': 'Main' }, ['site'])).toEqual({ 'site.skip': 'Skip' });
    expect(() => pickNamespaces({ 'site.skip': 'Skip' }, ['nav'])).toThrow(/namespace "nav"/);
  });
});
