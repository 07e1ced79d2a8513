import type { Source, SourceTranslation } from '../schema/source.ts';

export interface SourceWordsIssue {
  path: (string | number)[];
  message: string;
}

/** Notes a translation must give exactly when the English source has them. */
const NOTES = ['authorNote', 'yearNote'] as const;

/**
 * How a language's source notes differ in shape from the English sources: every source
 * translated, no unknown source, and a note given exactly where the English has one, so a
 * reader of any language gets the same reasoning about an undated article.
 */
export function sourceWordsIssues(english: ReadonlyMap<string, Source>, given: Record<string, SourceTranslation>, sourcesDir = 'src/content/sources'): SourceWordsIssue[] {
  const issues: SourceWordsIssue[] = [];
  for (const id of english.keys()) {
    if (!Object.hasOwn(given, id)) issues.push({ path: [], message: `source "${id}" (${sourcesDir}/${id}.yaml) has no translation; add "${id}:" with its "uses"` });
  }
  for (const [id, words] of Object.entries(given)) {
    const source = english.get(id);
    if (!source) {
      issues.push({ path: [id], message: `there is no source "${id}"; ids are the file names in ${sourcesDir}/: ${[...english.keys()].join(', ')}` });
      continue;
    }
    for (const note of NOTES) {
      if (source[note] !== undefined && words[note] === undefined) issues.push({ path: [id], message: `the English source has "${note}"; translate it here too` });
      if (source[note] === undefined && words[note] !== undefined) issues.push({ path: [id, note], message: `the English source has no "${note}"; remove it` });
    }
  }
  return issues;
}

/** A source with its notes in the reader's language where a translation gives them. */
export function localizeSource(source: Source, words: SourceTranslation | undefined): Source {
  if (!words) return source;
  return { ...source, uses: words.uses, publisher: words.publisher ?? source.publisher, authorNote: words.authorNote ?? source.authorNote, yearNote: words.yearNote ?? source.yearNote };
}
