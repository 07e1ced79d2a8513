import { describe, expect, it } from 'vitest';
import type { Source } from '../schema/source.ts';
import { localizeSource, sourceWordsIssues } from './source-words.ts';

const undated: Source = { author: 'A. Writer', title: 'An article', year: 2013, yearNote: 'Undated; dated by what it cites.', publisher: 'Not named', uses: 'The six blocks and the rocket.' };
const dated: Source = { author: 'B. Writer', title: 'Another', year: 2009, publisher: 'CustomerThink', uses: 'The ten practices and the survey.' };
const english = new Map([['hunsaker', undated], ['smith', dated]]);

describe('sourceWordsIssues', () => {
  it('accepts every source translated with its notes', () => {
    expect(sourceWordsIssues(english, { hunsaker: { uses: 'Die sechs Bausteine.', yearNote: 'Undatiert.' }, smith: { uses: 'Die zehn Praktiken.' } })).toEqual([]);
  });

  it('names a missing source, an unknown one and a note the English has or lacks', () => {
    expect(sourceWordsIssues(english, { hunsaker: { uses: 'Die sechs Bausteine.' }, smyth: { uses: 'Ein Tippfehler im Namen.' }, }).map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['', 'source "smith" (src/content/sources/smith.yaml) has no translation; add "smith:" with its "uses"'],
      ['hunsaker', 'the English source has "yearNote"; translate it here too'],
      ['smyth', 'there is no source "smyth"; ids are the file names in src/content/sources/: hunsaker, smith'],
    ]);
    expect(sourceWordsIssues(english, { hunsaker: { uses: 'Die sechs Bausteine.', yearNote: 'Undatiert.' }, smith: { uses: 'Die zehn Praktiken.', yearNote: 'Erfunden.' } })).toEqual([
      { path: ['smith', 'yearNote'], message: 'the English source has no "yearNote"; remove it' },
    ]);
  });
});

describe('localizeSource', () => {
  it('takes the translated notes and keeps the author, title and year as published', () => {
    const localized = localizeSource(undated, { uses: 'Die sechs Bausteine.', yearNote: 'Undatiert.', publisher: 'Nicht genannt' });
    expect(localized).toEqual({ ...undated, uses: 'Die sechs Bausteine.', yearNote: 'Undatiert.', publisher: 'Nicht genannt' });
    expect(localizeSource(dated, { uses: 'Die zehn Praktiken.' }).publisher).toBe('CustomerThink');
    expect(localizeSource(dated, undefined)).toBe(dated);
  });
});
