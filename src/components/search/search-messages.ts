/** The strings the search script shows, handed to it by Search.astro in the page's language. */
export const searchMessageKeys = ['search.searching', 'search.unavailable', 'search.none', 'search.found', 'search.foundShowing'] as const;
export type SearchMessageKey = (typeof searchMessageKeys)[number];
