/**
 * The strings the search script shows, in the page's language: published as
 * `<locale>/search-messages.json` and fetched on first open, except `search.unavailable`,
 * which Search.astro puts in the page because it must be said when that fetch fails too.
 */
export const searchMessageKeys = ['search.searching', 'search.none', 'search.found', 'search.foundShowing'] as const;
export type SearchMessageKey = (typeof searchMessageKeys)[number];
