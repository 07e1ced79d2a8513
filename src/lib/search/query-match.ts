/**
 * Pagefind never answers "nothing": a word it cannot find is cut back letter by letter until
 * what is left starts some indexed word, so "asdfgh" is searched as "as" and finds every page
 * with "as" or "assess" in it (Pagefind issue #780, not configurable in 1.6). Stemming cuts
 * words back too, but keeps their start: "customers" is searched as "custom". So a term
 * counts as found when a word it matched shares its first four letters (all of a shorter
 * term): a word still being typed ("installa") still finds "installing". A page is shown
 * only when every term is found in it, as a reader expects of several words.
 */
const AGREEING_LETTERS = 4;

/** A word as compared: lower case, without accents or punctuation. */
export function comparable(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The terms of a query, as Pagefind splits it on white space. */
export function queryTerms(query: string): string[] {
  return query.split(/\s+/).map(comparable).filter(Boolean);
}

function sharedStart(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** Whether every term of the query was found, given the words of a page Pagefind matched. */
export function foundEveryTerm(query: string, matchedWords: readonly string[]): boolean {
  const words = matchedWords.map(comparable);
  return queryTerms(query).every((term) => words.some((word) => sharedStart(term, word) >= Math.min(term.length, AGREEING_LETTERS)));
}

/** The words of a Pagefind fragment at the positions it reports as matches. */
export function wordsAt(content: string, locations: readonly number[]): string[] {
  const words = content.split(/[^\S\uFEFF]+/);
  return locations.map((location) => words[location] ?? '');
}
