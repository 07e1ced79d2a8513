/**
 * The stored answer "I can't see this from my role": an answer, unlike a blank, but not a
 * score. Kept apart from the saved-result schema so that code scoring answers in the browser
 * (the assessment page) does not load the schema library with it.
 */
export const CANNOT_SEE = 'cannot-see';

/** The longest note a person may keep beside one answer ("what makes you say this?"). */
export const ITEM_NOTE_MAX_LENGTH = 1000;
