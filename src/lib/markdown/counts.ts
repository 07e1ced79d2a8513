import type { LocaleCode } from '../i18n/locales.ts';

/** How many parts and assessments this build includes (a brand's selection, or everything). */
export interface ModuleCounts {
  parts: number;
  assessments: number;
}

type Noun = 'part' | 'assessment';

/**
 * Counting phrases as a guide's sentences need them, spelled out up to twelve as editors
 * write numbers in running text. German guides use them as the subject or object
 * (nominative/accusative plural); Polish ones as the object (accusative), where the noun
 * takes the form the number asks for: jedną część, dwie części, pięć części.
 */
const phrases: Record<LocaleCode, (count: number, noun: Noun) => string> = {
  en: (count, noun) => `${spelled.en[count] ?? String(count)} ${noun}${count === 1 ? '' : 's'}`,
  de: (count, noun) => {
    if (count === 1) return noun === 'part' ? 'einen Teil' : 'eine Selbsteinschätzung';
    return `${spelled.de[count] ?? String(count)} ${noun === 'part' ? 'Teile' : 'Selbsteinschätzungen'}`;
  },
  pl: (count, noun) => {
    if (count === 1) return noun === 'part' ? 'jedną część' : 'jedną samoocenę';
    const few = new Intl.PluralRules('pl').select(count) === 'few';
    const word = noun === 'part' ? 'części' : few ? 'samooceny' : 'samoocen';
    return `${spelled.pl[count] ?? String(count)} ${word}`;
  },
};

const spelled: Record<LocaleCode, string[]> = {
  en: ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'],
  de: ['keine', 'ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf'],
  pl: ['zero', 'jedną', 'dwie', 'trzy', 'cztery', 'pięć', 'sześć', 'siedem', 'osiem', 'dziewięć', 'dziesięć', 'jedenaście', 'dwanaście'],
};

/** "seven parts", "one assessment", "14 assessments"; "sieben Teile"; "pięć samoocen". */
export function countPhrase(count: number, noun: Noun, locale: LocaleCode = 'en'): string {
  return phrases[locale](count, noun);
}

/**
 * Fills the counting placeholders built-in guides use, so "{{parts}}" reads "seven parts" on
 * the full site and "three parts" for a brand that keeps three; `{{Parts}}` starts with a
 * capital, for the start of a sentence. Other text is left alone.
 */
export function fillCounts(text: string, counts: ModuleCounts, locale: LocaleCode = 'en'): string {
  return text.replace(/\{\{(parts|Parts|assessments|Assessments)\}\}/g, (_match, name: string) => {
    const noun = name.toLowerCase() === 'parts' ? 'part' : 'assessment';
    const phrase = countPhrase(counts[`${noun}s`], noun, locale);
    return name[0] === name[0]!.toUpperCase() ? phrase[0]!.toUpperCase() + phrase.slice(1) : phrase;
  });
}
