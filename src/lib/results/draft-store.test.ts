import { describe, expect, it } from 'vitest';
import { createDraftStore, DRAFT_CARRIED_MESSAGE, DRAFT_CHANGED_MESSAGE, DRAFT_NOT_BACKED_UP_MESSAGE, DRAFT_UNREADABLE_MESSAGE, draftBackupFile, draftBackupKey, draftKey, draftProblem, type CarryDraftAnswers, type Draft } from './draft-store.ts';
import { memoryEngine, storageError } from './fixtures.ts';

const draft: Draft = { answers: { pr1: 4, pr2: null }, role: 'leader', team: 'Support', step: 2 };

describe('createDraftStore', () => {
  it("is also exported from store.ts, the stores' entry point", async () => {
    const store = await import('./store.ts');
    expect(store.createDraftStore).toBe(createDraftStore);
  });

  it('keeps a draft per assessment and gives it back for the same version', () => {
    const { engine, data } = memoryEngine();
    const drafts = createDraftStore(engine);
    expect(drafts.save('pace', 'v1', draft)).toEqual({ ok: true });
    expect(drafts.load('pace', 'v1')).toEqual({ draft });
    expect(drafts.load('spectrum', 'v1')).toEqual({ draft: null });
    expect(JSON.parse(data.get(draftKey('pace')) ?? '')).toEqual({ version: 'v1', draft });
  });

  it('keeps the notes beside the answers', () => {
    const drafts = createDraftStore(memoryEngine().engine);
    const noted = { ...draft, notes: { pr1: 'Our onboarding journey is mapped; the renewal one is not.' } };
    expect(drafts.save('pace', 'v1', noted)).toEqual({ ok: true });
    expect(drafts.load('pace', 'v1')).toEqual({ draft: noted });
  });

  it('keeps the id and time of a finished result with the draft', () => {
    const drafts = createDraftStore(memoryEngine().engine);
    const finished = { ...draft, finished: { id: '6f1c2a4e-9b7d-4c1e-8f3a-2d5e6b7c8a90', takenAt: '2026-03-01T10:30:00.000Z' } };
    expect(drafts.save('pace', 'v1', finished)).toEqual({ ok: true });
    expect(drafts.load('pace', 'v1')).toEqual({ draft: finished });
  });

  it('sets a draft for another version of the assessment aside as a backup, and says so once', () => {
    const { engine, data } = memoryEngine();
    const drafts = createDraftStore(engine, () => new Date('2026-03-01T10:30:00.000Z'));
    drafts.save('pace', 'v1', draft);
    const stored = data.get(draftKey('pace'));
    expect(drafts.load('pace', 'v2')).toEqual({ draft: null, problem: DRAFT_CHANGED_MESSAGE });
    expect(data.has(draftKey('pace'))).toBe(false);
    expect(JSON.parse(data.get(draftBackupKey('pace')) ?? '')).toEqual({ assessmentId: 'pace', keptAt: '2026-03-01T10:30:00.000Z', reason: 'questions-changed', stored });
    expect(drafts.load('pace', 'v2')).toEqual({ draft: null });
    // Answering again does not touch the backup.
    drafts.save('pace', 'v2', { ...draft, answers: {} });
    expect(JSON.parse(data.get(draftBackupKey('pace')) ?? '').stored).toBe(stored);
  });

  it('keeps the draft where it is when the browser will not store a backup', () => {
    const { engine, data, failures } = memoryEngine();
    const drafts = createDraftStore(engine);
    drafts.save('pace', 'v1', draft);
    failures.set = storageError('QuotaExceededError');
    expect(drafts.load('pace', 'v2')).toEqual({ draft: null, problem: DRAFT_NOT_BACKED_UP_MESSAGE });
    expect(data.has(draftKey('pace'))).toBe(true);
  });

  it('writes the backups as one file to download, passing damaged ones on as text', () => {
    const file = JSON.parse(draftBackupFile([JSON.stringify({ assessmentId: 'pace', stored: '{"x"' }), 'not json'], '2026-03-02T00:00:00.000Z'));
    expect(file).toEqual({ format: 'touchline-draft-backups', version: 1, exportedAt: '2026-03-02T00:00:00.000Z', backups: [{ assessmentId: 'pace', stored: '{"x"' }, { stored: 'not json' }] });
  });

  it.each([
    ['text that is not JSON', '{"version":'],
    ['a draft without a step', JSON.stringify({ version: 'v1', draft: { answers: {}, role: null } })],
    ['a draft with an unknown role', JSON.stringify({ version: 'v1', draft: { ...draft, role: 'intern' } })],
    ['a draft with an extra field', JSON.stringify({ version: 'v1', draft: { ...draft, score: 80 } })],
  ])('sets aside %s, kept as it was stored', (_, text) => {
    const { engine, data } = memoryEngine({ [draftKey('pace')]: text });
    expect(createDraftStore(engine).load('pace', 'v1')).toEqual({ draft: null, problem: DRAFT_UNREADABLE_MESSAGE });
    expect(data.has(draftKey('pace'))).toBe(false);
    expect(JSON.parse(data.get(draftBackupKey('pace')) ?? '')).toMatchObject({ reason: 'unreadable', stored: text });
  });

  it('refuses to save an invalid draft', () => {
    const drafts = createDraftStore(memoryEngine().engine);
    expect(drafts.save('pace', 'v1', { ...draft, step: -1 })).toMatchObject({ ok: false, reason: 'invalid', message: expect.stringContaining('draft.step') });
  });

  it('clears a draft', () => {
    const { engine, data } = memoryEngine();
    const drafts = createDraftStore(engine);
    drafts.save('pace', 'v1', draft);
    expect(drafts.clear('pace')).toEqual({ ok: true });
    expect(data.size).toBe(0);
  });

  it('never throws when the browser refuses storage', () => {
    const { engine, failures } = memoryEngine({ [draftKey('pace')]: 'x' });
    failures.get = storageError('SecurityError');
    failures.set = storageError('QuotaExceededError');
    failures.remove = storageError('SecurityError');
    const drafts = createDraftStore(engine);
    expect(drafts.load('pace', 'v1')).toEqual({ draft: null });
    expect(drafts.save('pace', 'v1', draft)).toMatchObject({ ok: false, reason: 'full' });
    expect(drafts.clear('pace')).toMatchObject({ ok: false, reason: 'unavailable' });
    failures.get = undefined;
    // unreadable, and no backup can be written (storage full): still no throw, and it says so
    expect(drafts.load('pace', 'v1')).toEqual({ draft: null, problem: DRAFT_NOT_BACKED_UP_MESSAGE });
  });
});

describe('draftProblem', () => {
  const good = { answers: { a: 1, b: null }, role: 'leader', step: 2 };
  it.each([
    [good, null],
    [{ ...good, team: 'acme' }, null],
    [{ ...good, answers: { a: 'cannot-see' } }, null],
    [{ ...good, role: null, roleAnswered: true }, null],
    [{ ...good, roleAnswered: false }, 'draft.roleAnswered: expected true, or no field'],
    [{ ...good, answers: { a: 'cannot' } }, 'draft.answers.a: expected a whole number from 0 to 100, null or "cannot-see"'],
    ['text', 'draft: expected a group of fields'],
    [{ ...good, extra: 1 }, 'draft.extra: unknown field'],
    [{ ...good, answers: [] }, 'draft.answers: expected a group of answers'],
    [{ ...good, answers: { a: 1.5 } }, 'draft.answers.a: expected a whole number from 0 to 100, null or "cannot-see"'],
    [{ ...good, answers: { a: 101 } }, 'draft.answers.a: expected a whole number from 0 to 100, null or "cannot-see"'],
    [{ ...good, role: 'boss' }, 'draft.role: expected leader, manager, front-line or null'],
    [{ ...good, team: 'x'.repeat(81) }, 'draft.team: expected text of at most 80 characters'],
    [{ ...good, step: -1 }, 'draft.step: expected a whole number from 0'],
    [{ ...good, notes: { a: 'Only the billing team sees this.' } }, null],
    [{ ...good, notes: { a: 'x'.repeat(1000) } }, null],
    [{ ...good, notes: { a: 'x'.repeat(1001) } }, 'draft.notes.a: expected text of at most 1000 characters'],
    [{ ...good, notes: { a: 3 } }, 'draft.notes.a: expected text of at most 1000 characters'],
    [{ ...good, notes: ['a'] }, 'draft.notes: expected a group of notes'],
    [{ ...good, finished: { id: 'result-0001', takenAt: '2026-03-01T10:30:00.000Z' } }, null],
    [{ ...good, finished: { id: 'short', takenAt: '2026-03-01T10:30:00.000Z' } }, expect.stringMatching(/^draft\.finished: /)],
    [{ ...good, finished: { id: 'result-0001', takenAt: '2026-02-30T10:30:00.000Z' } }, expect.stringMatching(/^draft\.finished: /)],
    [{ ...good, finished: { id: 'result-0001', takenAt: 'yesterday' } }, expect.stringMatching(/^draft\.finished: /)],
    [{ ...good, finished: { id: 'result-0001', takenAt: '2026-03-01T10:30:00Z', score: 3 } }, expect.stringMatching(/^draft\.finished: /)],
  ])('%j → %s', (value, expected) => {
    expect(draftProblem(value)).toEqual(expected);
  });
});

describe('a draft of an earlier version the site keeps', () => {
  // pr1 carries over to pr1; pr2 was split (no carry-over).
  const carry: CarryDraftAnswers = (storedVersion, answers) => (storedVersion === 'v1' ? Object.fromEntries(Object.entries(answers).filter(([id]) => id === 'pr1')) : undefined);

  it('keeps the unchanged answers under the current version, from the first step and not finished, with the original as a backup', () => {
    const { engine, data } = memoryEngine();
    const drafts = createDraftStore(engine, () => new Date('2026-03-01T10:30:00.000Z'));
    drafts.save('pace', 'v1', { ...draft, finished: { id: 'saved-result-0001', takenAt: '2026-03-01T10:00:00.000Z' } });
    const stored = data.get(draftKey('pace'));
    const expected: Draft = { answers: { pr1: 4 }, role: 'leader', team: 'Support', step: 0 };
    expect(drafts.load('pace', 'v2', carry)).toEqual({ draft: expected, problem: DRAFT_CARRIED_MESSAGE });
    expect(JSON.parse(data.get(draftBackupKey('pace')) ?? '').stored).toBe(stored);
    // A reload finds the carried draft under the current version, with no further message.
    expect(drafts.load('pace', 'v2', carry)).toEqual({ draft: expected });
  });

  it('keeps the notes of answers that carried over, and sets the others aside with the backup', () => {
    const { engine, data } = memoryEngine();
    const drafts = createDraftStore(engine, () => new Date('2026-03-01T10:30:00.000Z'));
    drafts.save('pace', 'v1', { ...draft, notes: { pr1: 'Seen in the March audit.', pr2: 'Split since.' } });
    expect(drafts.load('pace', 'v2', carry).draft?.notes).toEqual({ pr1: 'Seen in the March audit.' });
    expect(JSON.parse(JSON.parse(data.get(draftBackupKey('pace')) ?? '').stored).draft.notes).toEqual({ pr1: 'Seen in the March audit.', pr2: 'Split since.' });
  });

  it('sets aside a draft of a version the site does not know, as before', () => {
    const { engine } = memoryEngine();
    const drafts = createDraftStore(engine);
    drafts.save('pace', 'v0', draft);
    expect(drafts.load('pace', 'v2', carry)).toEqual({ draft: null, problem: DRAFT_CHANGED_MESSAGE });
  });

  it('says what happened in words a person can act on', () => {
    expect(DRAFT_CARRIED_MESSAGE).toBe(
      'Some questions have changed since you last worked on this assessment. Your answers to the questions that did not change are kept here; the changed ones are blank, to answer again. Your unfinished answers as they were are kept as a backup you can download from the Privacy page.',
    );
  });
});
