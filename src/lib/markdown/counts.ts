/** How many parts and assessments this build includes (a brand's selection, or everything). */
export interface ModuleCounts {
  parts: number;
  assessments: number;
}

const words = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** "seven parts", "one assessment", "14 assessments". */
export function countPhrase(count: number, noun: 'part' | 'assessment'): string {
  return `${words[count] ?? String(count)} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * Fills the counting placeholders built-in guides use, so "{{parts}}" reads "seven parts" on
 * the full site and "three parts" for a brand that keeps three; `{{Parts}}` starts with a
 * capital, for the start of a sentence. Other text is left alone.
 */
export function fillCounts(text: string, counts: ModuleCounts): string {
  return text.replace(/\{\{(parts|Parts|assessments|Assessments)\}\}/g, (_match, name: string) => {
    const noun = name.toLowerCase() === 'parts' ? 'part' : 'assessment';
    const phrase = countPhrase(counts[`${noun}s`], noun);
    return name[0] === name[0]!.toUpperCase() ? phrase[0]!.toUpperCase() + phrase.slice(1) : phrase;
  });
}
