import { describe, expect, it } from 'vitest';
import { inEnglish, translatorFor } from '../results/dictionaries-for-tests.ts';
import { phrase } from '../scoring/phrase.ts';
import { asIs, describeLine, ISSUES_SHOWN, LINES_SENT, notKept, packReport, summariseIntake, totals, unpackLines, whereText } from './report.ts';

describe('summariseIntake', () => {
  it.each([
    [{ added: 1, corrected: 0, skipped: 0, rejected: 0 }, 'collected', 'en', 'Added 1 result.'],
    [{ added: 12000, corrected: 0, skipped: 2, rejected: 1 }, 'collected', 'en', 'Added 12,000 results; skipped 2 already collected or repeated; rejected 1 (reasons below).'],
    [{ added: 0, corrected: 0, skipped: 1, rejected: 0 }, 'saved', 'en', 'Added 0 results; skipped 1 already saved or repeated.'],
    [{ added: 12000, corrected: 2, skipped: 0, rejected: 0 }, 'saved', 'en', 'Added 12,000 results; corrected 2 results (a later answer from the same person replaced the earlier one).'],
    [{ added: 12000, corrected: 2, skipped: 0, rejected: 0 }, 'saved', 'de', '12.000 Ergebnisse hinzugefügt; 2 Ergebnisse korrigiert (eine spätere Antwort derselben Person hat die frühere ersetzt).'],
    [{ added: 1, corrected: 0, skipped: 0, rejected: 1 }, 'saved', 'de', '1 Ergebnis hinzugefügt; 1 abgelehnt (Gründe unten).'],
    [{ added: 1, corrected: 0, skipped: 0, rejected: 0 }, 'saved', 'pl', 'Dodano 1 wynik.'],
    [{ added: 2, corrected: 0, skipped: 0, rejected: 0 }, 'saved', 'pl', 'Dodano 2 wyniki.'],
    [{ added: 5, corrected: 0, skipped: 0, rejected: 0 }, 'saved', 'pl', 'Dodano 5 wyników.'],
    [{ added: 22, corrected: 0, skipped: 0, rejected: 0 }, 'saved', 'pl', 'Dodano 22 wyniki.'],
    [{ added: 12000, corrected: 0, skipped: 3, rejected: 0 }, 'collected', 'pl', 'Dodano 12\u00a0000 wyników; pominięto 3, bo już są zebrane lub się powtarzają.'],
  ] as const)('%o as %s in %s', (report, held, locale, text) => expect(summariseIntake(report, held, translatorFor(locale))).toBe(text));
});

describe('describeLine', () => {
  it('names where the line was, what happened and why, in the page\u2019s words', () => {
    const en = translatorFor('en');
    expect(describeLine({ where: 'row 5', status: 'rejected', reason: asIs('role "boss" is not one of: leader') }, en)).toBe('Row 5 rejected: role "boss" is not one of: leader');
    expect(describeLine({ where: 'entry 1', status: 'added' }, en)).toBe('Entry 1 added');
    expect(describeLine({ where: 'line 2', status: 'skipped', reason: phrase('intake.reason.sameId.saved') }, translatorFor('de'))).toBe('Zeile 2 übersprungen: bereits gespeichert (gleiche ID)');
    expect(describeLine({ where: 'entry 3', status: 'rejected', reason: phrase('intake.reason.notSaved') }, translatorFor('pl'))).toBe('Pozycja 3: odrzucono – to nie jest zapisany wynik');
  });

  it('keeps a place it does not know as it is', () => {
    expect(whereText('Pasted links', translatorFor('de'))).toBe('Pasted links');
    expect(whereText('row 12', translatorFor('de'))).toBe('Zeile 12');
  });
});

describe('packReport', () => {
  it('keeps every line, and the first issues ready to show', () => {
    const lines = Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? { where: `row ${i + 2}`, status: 'added' as const } : { where: `row ${i + 2}`, status: 'rejected' as const, reason: asIs('bad') }));
    const report = totals([{ source: 'a.csv', added: 20, corrected: 0, skipped: 0, rejected: 20, problems: [], lines }]);
    const packed = packReport(report);
    expect(packed).toMatchObject({ added: 20, rejected: 20 });
    const [source] = packed.sources;
    expect(source!.lineCount).toBe(40);
    expect(source!.issueCount).toBe(20);
    expect(source!.issues).toHaveLength(ISSUES_SHOWN);
    expect(source!.issues[0]).toEqual({ where: 'row 3', status: 'rejected', reason: asIs('bad') });
    expect(unpackLines(source!)).toEqual(lines);
  });
});

describe('notKept', () => {
  it('counts what would have been added as rejected, says why, and marks its lines', () => {
    const lines = [
      { where: 'row 2', status: 'added' as const },
      { where: 'row 3', status: 'skipped' as const, reason: phrase('intake.reason.sameId.saved') },
    ];
    const packed = notKept(packReport(totals([{ source: 'a.csv', added: 1, corrected: 0, skipped: 1, rejected: 0, problems: [], lines }])), phrase('intake.store.full'));
    expect(packed).toMatchObject({ added: 0, skipped: 1, rejected: 1 });
    expect(inEnglish(packed.sources[0]!.problems)).toEqual(["Nothing was imported: this browser's storage for the site is full. Export your results, delete some you no longer need, and try again."]);
    expect(inEnglish(unpackLines(packed.sources[0]!))).toEqual([{ where: 'row 2', status: 'rejected', reason: 'not saved (see above)' }, inEnglish(lines[1])]);
  });
});

describe('packReport on a large file', () => {
  it('sends only the lines that were not simply added', () => {
    const lines = Array.from({ length: LINES_SENT + 10 }, (_, i) => (i === 7 ? { where: `row ${i + 2}`, status: 'rejected' as const, reason: asIs('bad') } : { where: `row ${i + 2}`, status: 'added' as const }));
    const [source] = packReport(totals([{ source: 'big.csv', added: LINES_SENT + 9, corrected: 0, skipped: 0, rejected: 1, problems: [], lines }])).sources;
    expect(source).toMatchObject({ lineCount: 1, issuesOnly: true, issueCount: 1 });
    expect(unpackLines(source!)).toEqual([{ where: 'row 9', status: 'rejected', reason: asIs('bad') }]);
  });
});
