import { describe, expect, it } from 'vitest';
import { DRAFT_CARRIED_MESSAGE, DRAFT_CHANGED_MESSAGE, DRAFT_NOT_BACKED_UP_MESSAGE, DRAFT_UNREADABLE_MESSAGE } from '../../lib/results/draft-store.ts';
import { translatorFor } from '../../lib/scoring/test-translators.ts';
import { draftProblemKey } from './assess-messages.ts';

describe('draftProblemKey', () => {
  const en = translatorFor('en');
  it.each([DRAFT_CHANGED_MESSAGE, DRAFT_CARRIED_MESSAGE, DRAFT_UNREADABLE_MESSAGE, DRAFT_NOT_BACKED_UP_MESSAGE])('words "%s" in English exactly as the draft store does', (message) => {
    expect(en(draftProblemKey(message))).toBe(message);
  });

  it('words each problem in German and Polish, not in English', () => {
    for (const locale of ['de', 'pl'] as const) {
      const t = translatorFor(locale);
      const worded = [DRAFT_CHANGED_MESSAGE, DRAFT_CARRIED_MESSAGE, DRAFT_UNREADABLE_MESSAGE, DRAFT_NOT_BACKED_UP_MESSAGE].map((message) => t(draftProblemKey(message)));
      expect(new Set(worded).size).toBe(4);
      for (const text of worded) expect(text).not.toMatch(/unfinished answers/);
    }
  });
});
