import { DRAFT_CARRIED_MESSAGE, DRAFT_CHANGED_MESSAGE, DRAFT_NOT_BACKED_UP_MESSAGE, DRAFT_UNREADABLE_MESSAGE } from '../../lib/results/draft-store.ts';

/** The `assess.*` strings the assessment page's script uses; the result view's come with the `result` namespace. */
export const assessClientKeys = [
  'assess.damaged',
  'assess.teamNote',
  'assess.teamNoteSegments',
  'assess.preferNot',
  'assess.storageOff',
  'assess.draft.changed',
  'assess.draft.carried',
  'assess.draft.unreadable',
  'assess.draft.notBackedUp',
  'assess.progress.question',
  'assess.progress.questions',
  'assess.progress.answered',
  'assess.next',
  'assess.seeResult',
  'assess.reviewAnswers',
  'assess.review.complete',
  'assess.review.unanswered',
  'assess.backToReview',
  'assess.saving',
  'assess.newAttempt',
  'assess.changeAnswers',
  'assess.newAttemptNote',
  'assess.keepAnyway',
  'assess.tooFewToKeep',
  'assess.toolsFailed',
  'assess.confirmRestart',
] as const;

/** The page's wording of what the draft store says about a draft it set aside (its English is the store's own). */
const draftProblemKeys: Record<string, (typeof assessClientKeys)[number]> = {
  [DRAFT_CHANGED_MESSAGE]: 'assess.draft.changed',
  [DRAFT_CARRIED_MESSAGE]: 'assess.draft.carried',
  [DRAFT_UNREADABLE_MESSAGE]: 'assess.draft.unreadable',
  [DRAFT_NOT_BACKED_UP_MESSAGE]: 'assess.draft.notBackedUp',
};

export function draftProblemKey(problem: string): (typeof assessClientKeys)[number] {
  return draftProblemKeys[problem] ?? 'assess.draft.unreadable';
}
