import type { Problem } from '../validate/problem.ts';
import { parseYaml } from '../validate/yaml-file.ts';
import { isPluralMessage, missingPluralForms, placeholdersOf, type Message, type PluralMessage } from './message.ts';

/** Interface strings of one locale by flat dotted key (`result.coverage`), as Starlight's translations. */
export type Dictionary = Record<string, Message>;

/** A dictionary read from its file, with the line of each key for messages. */
export interface DictionaryFile {
  file: string;
  locale: string;
  dictionary: Dictionary;
  lineOf(key: string): number | undefined;
}

const keyPattern = /^[a-z][a-zA-Z0-9]*(\.[a-z][a-zA-Z0-9-]*)+$/;
const pluralForms: readonly string[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

/**
 * Reads one dictionary file: a YAML mapping of flat keys to a text, or to one text per
 * plural form. Every problem names the file, the line and the key.
 */
export function readDictionary(file: string, locale: string, text: string): { read?: DictionaryFile; problems: Problem[] } {
  const { parsed, problems } = parseYaml(text, file);
  if (!parsed) return { problems };
  const { data } = parsed;
  if (!isMapping(data)) return { problems: [{ file, line: 1, field: '', message: 'a dictionary is a mapping of keys to texts, e.g. `result.coverage: "{answered} of {total} answered"`' }] };
  const dictionary: Dictionary = {};
  const found: Problem[] = [];
  for (const [key, value] of Object.entries(data)) {
    const at = { file, line: parsed.keyLineOf([key]), field: key };
    if (!keyPattern.test(key)) {
      found.push({ ...at, message: 'a key is lower-case words joined by dots, e.g. "team.filter.role"; nested mappings are not used' });
    } else if (typeof value === 'string') {
      dictionary[key] = value;
    } else if (isMapping(value) && Object.keys(value).every((form) => pluralForms.includes(form)) && Object.values(value).every((form) => typeof form === 'string') && typeof value.other === 'string') {
      dictionary[key] = value as PluralMessage;
    } else {
      found.push({ ...at, message: `give a text in quotes, or one text per plural form (${pluralForms.join(', ')}; "other" is required)` });
    }
  }
  if (found.length > 0) return { problems: found };
  return { read: { file, locale, dictionary, lineOf: (key) => parsed.keyLineOf([key]) }, problems: [] };
}

/**
 * Checks a dictionary against the reference (English) one. `complete` — a shipped locale —
 * must give every key; `override` — a brand's changes — may give any subset. Either way a
 * key the reference lacks, a text that drops or invents a `{value}`, a plural where the
 * reference has none (or the reverse) and a plural missing one of its language's forms
 * are problems, each with the file and line to fix.
 */
export function compareWithReference(candidate: DictionaryFile, reference: DictionaryFile, mode: 'complete' | 'override'): Problem[] {
  const problems: Problem[] = [];
  const where = (key: string) => ({ file: candidate.file, line: candidate.lineOf(key), field: key });
  for (const [key, message] of Object.entries(candidate.dictionary)) {
    const original = reference.dictionary[key];
    if (original === undefined) {
      problems.push({ ...where(key), message: `unknown key: ${reference.file} has no "${key}"; check its spelling or remove it` });
      continue;
    }
    problems.push(...shapeProblems(candidate.locale, message, original).map((message) => ({ ...where(key), message })));
  }
  if (mode === 'complete') {
    for (const key of Object.keys(reference.dictionary)) {
      if (candidate.dictionary[key] !== undefined) continue;
      const line = reference.lineOf(key);
      problems.push({ file: candidate.file, field: key, message: `missing: translate "${key}" (${reference.file}${line ? `:${line}` : ''})` });
    }
  }
  return problems;
}

function shapeProblems(locale: string, message: Message, original: Message): string[] {
  if (isPluralMessage(original) !== isPluralMessage(message)) {
    return [isPluralMessage(original) ? 'the English text depends on a count: give one text per plural form (one, few, many, other as the language needs)' : 'the English text has no count: give one text, not plural forms'];
  }
  const problems: string[] = [];
  if (isPluralMessage(message)) {
    const missing = missingPluralForms(locale, message);
    if (missing.length > 0) problems.push(`"${locale}" distinguishes ${missing.length === 1 ? 'the plural form' : 'the plural forms'} ${missing.join(', ')}; add ${missing.length === 1 ? 'it' : 'them'}`);
  }
  const expected = placeholdersIn(original);
  const texts = isPluralMessage(message) ? Object.values(message) : [message];
  for (const text of texts) {
    const used = placeholdersOf(text);
    const invented = [...used].filter((name) => !expected.has(name));
    // A plural form may leave the count out ("ein Ergebnis"), never another value.
    const dropped = [...expected].filter((name) => !used.has(name) && !(name === 'count' && isPluralMessage(message)));
    if (invented.length > 0) problems.push(`"${text}" uses ${invented.map((n) => `{${n}}`).join(', ')}, which the English text does not give; use only ${[...expected].map((n) => `{${n}}`).join(', ') || 'no values'}`);
    if (dropped.length > 0) problems.push(`"${text}" leaves out ${dropped.map((n) => `{${n}}`).join(', ')}; keep every value the English text shows`);
  }
  return problems;
}

function placeholdersIn(message: Message): Set<string> {
  const texts = isPluralMessage(message) ? Object.values(message) : [message];
  return new Set(texts.flatMap((text) => [...placeholdersOf(text)]));
}

/** A dictionary with a brand's changes laid over it. */
export function withOverrides(dictionary: Dictionary, overrides: Dictionary | undefined): Dictionary {
  return overrides ? { ...dictionary, ...overrides } : dictionary;
}

/** Only the strings one page's script needs, for its payload: the browser gets nothing more. */
export function pickMessages<K extends string>(dictionary: Dictionary, keys: readonly K[]): Record<K, Message> {
  const picked = {} as Record<K, Message>;
  for (const key of keys) {
    const message = dictionary[key];
    if (message === undefined) throw new Error(`no interface string "${key}"; add it to src/i18n/en.yaml`);
    picked[key] = message;
  }
  return picked;
}

/**
 * The strings of whole namespaces (`result` gives every `result.*` key), for a script that
 * renders a view shared by several pages: each page passes the namespaces of the views it shows.
 */
export function pickNamespaces(dictionary: Dictionary, namespaces: readonly string[]): Dictionary {
  const prefixes = namespaces.map((namespace) => `${namespace}.`);
  const picked: Dictionary = {};
  for (const [key, message] of Object.entries(dictionary)) if (prefixes.some((prefix) => key.startsWith(prefix))) picked[key] = message;
  const keys = Object.keys(picked);
  for (const namespace of namespaces) if (!keys.some((key) => key.startsWith(`${namespace}.`))) throw new Error(`no interface strings in the namespace "${namespace}"; add "${namespace}.…" keys to src/i18n/en.yaml`);
  return picked;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
