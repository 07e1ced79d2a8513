/**
 * Share codes: a whole result in the fragment of a `/r/#<code>` link, so it reaches whoever
 * opens the link without ever reaching a server.
 *
 * Layout (every symbol from the base64url alphabet; "varint" and "packed" are described in
 * share-code-alphabet.ts):
 *
 * | part        | symbols   | content                                                                  |
 * | ----------- | --------- | ------------------------------------------------------------------------ |
 * | format      | 1         | `2`, this layout; `1` the layout before "can't see" (still read); `3`–`9` kept for later layouts |
 * | assessment  | varint+n  | the id's length, then the id itself (ids are lower-case slugs)           |
 * | version     | 6         | the assessment version hash as a number; 2^32 stands for "unknown"       |
 * | takenAt     | 6         | whole seconds since 1970-01-01 UTC (up to the year 4147)                  |
 * | role        | 1         | 0 none, 1 leader, 2 manager, 3 front line                                |
 * | radix       | varint    | answer symbols per item: the most values any item takes, plus 3 (plus 2 in format 1) |
 * | count       | varint    | how many items the answers cover                                         |
 * | answers     | packed    | one digit per item in definition order: 0 unanswered, 1 n/a, 2 can't see, 3 + (answer − the item's lowest value); format 1 had no "can't see" and values from 2 |
 * | notes       | optional  | `t` team, `s` segment, `l` label, `k` respondent key, in that order, each: varint byte count, UTF-8 as base64url |
 * | item notes  | optional  | only when the person chose to include them: `n`, varint count, then per note in item order: varint item position, varint byte count, UTF-8 as base64url |
 * | checksum    | 5         | the low 30 bits of FNV-1a over everything before it                       |
 *
 * A PACE result (34 items) takes 44 symbols without notes.
 *
 * The checksum catches every single-symbol substitution for certain: when two texts of the
 * same length differ in one byte, their FNV-1a hashes differ within the low 8 bits, because
 * each later step (xor the same byte, multiply by the same odd number mod 2^32) keeps the
 * lowest differing bit where it is, and the checksum keeps the low 30. Insertions, deletions and
 * cuts change the length, which the layout or the checksum catches (a miss has odds of
 * about one in a billion). Decoding also re-encodes what it read and requires the same
 * text, so no two codes decode to the same result.
 *
 * When the code was made with an earlier version the site keeps in its history (history.ts),
 * it is read against that version's own questions, exactly as it was made; the result comes
 * with `earlier`, that version, so the page can show the old questions and say what changed.
 * When the version is one the site does not know, the answers
 * are read by position when the count and radix still match, and each answer is on the
 * current item's scale; the result then comes with `changedSince: true`, so the page can
 * say the questions may have changed. Otherwise the code is refused as
 * `unsupported-version`: mapping answers onto different questions would show a wrong result.
 *
 * What a code leaves out or shortens (see shareableResult): the result's id (a code's
 * result gets an id derived from the code, so opening a link twice does not save it twice),
 * time below a second, answers the definition cannot read, a version that is not an
 * assessmentVersion hash (it becomes "unknown"), notes beyond NOTE_LIMITS, and the notes
 * beside answers unless the person asks for them (`includeNotes`).
 *
 * The item-notes section came after format 2 was published, as the respondent key did: a
 * tag after the others, so every code made before it reads as it always did. It is read
 * apart from the rest: notes that are damaged, too long or not in the encoder's order are
 * left out (`notesLeftOut`) and the answers still open, because the answers are the result
 * and the notes only the person's remarks on it.
 */
import { phrase, type Phrase } from '../scoring/phrase.ts';
import type { Assessment } from '../schema/assessment.ts';
import { CANNOT_SEE, ITEM_NOTE_MAX_LENGTH, roles, savedResultSchema, type Role, type SavedResult } from '../schema/saved-result.ts';
import { answerRanges, definitionFor, isInRange, type DefinitionsById } from './definitions.ts';
import { isShareCodeText, SHARE_CODE_ALPHABET, packDigits, ShareCodeReader, writeBytes, writeFixed, writeVarint } from './share-code-alphabet.ts';
import { earlierVersionOf, type EarlierVersion, type EarlierVersionsById } from './history.ts';
import { assessmentVersion, fnv1a32 } from './version.ts';

export const SHARE_CODE_FORMAT = '2';
/** The layout before the "can't see this from my role" answer; links made with it still open. */
const FORMAT_BEFORE_CANNOT_SEE = '1';
type CodeFormat = typeof SHARE_CODE_FORMAT | typeof FORMAT_BEFORE_CANNOT_SEE;
/** The most UTF-8 bytes of each note a code carries; longer notes are cut at a character boundary. */
export const NOTE_LIMITS = { team: 40, segment: 40, label: 60, respondentKey: 32 } as const;

type NoteField = keyof typeof NOTE_LIMITS;
const noteTags: Record<NoteField, string> = { team: 't', segment: 's', label: 'l', respondentKey: 'k' };
// The respondent key came later: last, so that codes made before it read as they always did.
const noteOrder: NoteField[] = ['team', 'segment', 'label', 'respondentKey'];
const roleCodes: (Role | null)[] = [null, ...roles];
const ITEM_NOTES_TAG = 'n';
/** UTF-8 takes at most four bytes a character, so a note within ITEM_NOTE_MAX_LENGTH always fits whole. */
const ITEM_NOTE_BYTES = 4 * ITEM_NOTE_MAX_LENGTH;

/**
 * The most symbols the notes beside answers can add to the code of a result of `itemCount`
 * items (every item with the longest note): how long a pasted line may be and still be a link.
 */
export function longestItemNotes(itemCount: number): number {
  const perNote = writeVarint(itemCount).length + writeVarint(ITEM_NOTE_BYTES).length + Math.ceil(ITEM_NOTE_BYTES / 3) * 4;
  return ITEM_NOTES_TAG.length + writeVarint(itemCount).length + itemCount * perNote;
}

/** What goes into a code besides the answers. */
export interface ShareCodeOptions {
  /** Carry the notes beside the answers; off unless the person ticks "include my notes". */
  includeNotes?: boolean;
}
const CHECKSUM_WIDTH = 5;
const UNKNOWN_VERSION = 2n ** 32n;
const UNANSWERED = 0;
const NOT_APPLICABLE = 1;
const CANNOT_SEE_DIGIT = 2;
/** The digit of an item's lowest value: after unanswered, n/a and (from format 2) can't see. */
const firstValue = (format: CodeFormat) => (format === FORMAT_BEFORE_CANNOT_SEE ? 2 : 3);

export type ShareCodeErrorKind = 'empty' | 'malformed' | 'checksum' | 'unknown-assessment' | 'unsupported-version' | 'truncated' | 'extra-characters';

export interface ShareCodeError {
  kind: ShareCodeErrorKind;
  /** What went wrong and what to do, for the person who opened the link (a `share.error.*` key). */
  said: Phrase;
}

export type ShareCodeDecoding =
  | {
      ok: true;
      result: SavedResult;
      /** The code's version is unknown to this site; answers were read by position against the current items. */
      changedSince: boolean;
      /** The earlier version the code was made with, when the site keeps it: the result is in its items. */
      earlier?: EarlierVersion;
      /** The code's notes beside answers could not be read (damaged, too long): the result comes without them. */
      notesLeftOut?: true;
    }
  | { ok: false; error: ShareCodeError };

/** Everything a code holds, before it is checked against a definition. */
interface ShareCodeFields {
  format: CodeFormat;
  assessment: string;
  version: string;
  takenAtSeconds: number;
  role: Role | null;
  radix: number;
  digits: number[];
  notes: Partial<Record<NoteField, string>>;
  /** The notes beside answers, as [position of the item in definition order, text], in item order. */
  itemNotes: [number, string][];
  /** Where an item-notes section that could not be read begins: the code up to there is checked, the rest left out. */
  unreadableNotesAt?: number;
}

const messages = {
  empty: phrase('share.error.empty'),
  malformed: phrase('share.error.malformed'),
  checksum: phrase('share.error.checksum'),
  truncated: phrase('share.error.truncated'),
  newerFormat: phrase('share.error.newerFormat'),
  extra: (extra: string) => phrase('share.error.extra', { count: extra.length, extra: JSON.stringify(extra.length > 12 ? `${extra.slice(0, 12)}…` : extra) }),
};

/**
 * A newer format is only claimed for what looks like a whole code: its format symbol, then
 * at least as many code symbols as the shortest code this version writes (format, a one-letter
 * assessment, time, version, role, radix and the checksum). Anything shorter is not a code.
 */
const SHORTEST_CODE = 20;

/** A whole, valid code at the start of `code`, followed by something else: the extra part. */
function extraAfterCode(code: string): string | undefined {
  const symbols = /^[A-Za-z0-9_-]*/.exec(code)?.[0] ?? '';
  if (symbols[0] !== SHARE_CODE_FORMAT) return undefined;
  // fnv1a32 of every prefix in one pass (code symbols are ASCII, so one byte each), rather
  // than hashing each candidate afresh: decoding a damaged code must stay cheap.
  const prefixHashes = [0x811c9dc5];
  for (let i = 0; i < symbols.length; i++) prefixHashes.push(Math.imul(prefixHashes[i]! ^ symbols.charCodeAt(i), 0x01000193));
  // Longest first: a code's own tail must not be mistaken for extra characters.
  for (let end = symbols.length; end > CHECKSUM_WIDTH; end--) {
    if (end === code.length) continue;
    // The check symbols as the number checksumOf writes (big-endian, six bits each), compared as plain numbers.
    let written = 0;
    for (let i = end - CHECKSUM_WIDTH; i < end; i++) written = written * 64 + SHARE_CODE_ALPHABET.indexOf(symbols[i]!);
    if (((prefixHashes[end - CHECKSUM_WIDTH]! >>> 0) & (2 ** (6 * CHECKSUM_WIDTH) - 1)) === written) return code.slice(end);
  }
  return undefined;
}

function failure(kind: ShareCodeErrorKind, said: Phrase): ShareCodeDecoding {
  return { ok: false, error: { kind, said } };
}

/** The radix a definition's answers need: its widest item range, plus unanswered, n/a and can't see. */
function radixFor(definition: Assessment, format: CodeFormat): number {
  return Math.max(...answerRanges(definition).map((range) => range.max - range.min + 1)) + firstValue(format);
}

/** A note's UTF-8 bytes, cut to `limit` without splitting a character. */
function noteBytes(text: string, limit: number): Uint8Array {
  const bytes = new TextEncoder().encode(text);
  let end = Math.min(bytes.length, limit);
  while (end < bytes.length && end > 0 && ((bytes[end] ?? 0) & 0xc0) === 0x80) end--;
  return bytes.subarray(0, end);
}

function noteText(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function checksumOf(payload: string): string {
  return writeFixed(BigInt(Number.parseInt(fnv1a32(payload), 16) & (2 ** (6 * CHECKSUM_WIDTH) - 1)), CHECKSUM_WIDTH);
}

function fieldsOf(result: SavedResult, definition: Assessment, options: ShareCodeOptions): ShareCodeFields {
  const takenAtSeconds = Math.floor(Date.parse(result.takenAt) / 1000);
  const digits = answerRanges(definition).map((range) => {
    if (!Object.hasOwn(result.answers, range.itemId)) return UNANSWERED;
    const answer = result.answers[range.itemId];
    if (answer === null) return NOT_APPLICABLE;
    if (answer === CANNOT_SEE) return CANNOT_SEE_DIGIT;
    return isInRange(answer, range) ? firstValue(SHARE_CODE_FORMAT) + answer - range.min : UNANSWERED;
  });
  const notes: ShareCodeFields['notes'] = {};
  for (const field of noteOrder) {
    const text = result[field];
    if (text !== undefined) notes[field] = noteText(noteBytes(text, NOTE_LIMITS[field])) ?? '';
  }
  const itemNotes = options.includeNotes
    ? answerRanges(definition).flatMap((range, index): [number, string][] => {
        const note = result.notes?.[range.itemId];
        return note ? [[index, note]] : [];
      })
    : [];
  return {
    format: SHARE_CODE_FORMAT,
    assessment: result.assessment,
    version: /^[0-9a-f]{8}$/.test(result.version) ? result.version : 'unknown',
    takenAtSeconds,
    role: result.role,
    radix: radixFor(definition, SHARE_CODE_FORMAT),
    digits,
    notes,
    itemNotes,
  };
}

/** The code without its checksum. Throws RangeError for what a code cannot hold. */
function payloadOf(fields: ShareCodeFields): string {
  if (!/^[a-z0-9-]+$/.test(fields.assessment)) throw new RangeError(`assessment id "${fields.assessment}" cannot go in a share code: use lower-case letters, digits and hyphens`);
  const version = fields.version === 'unknown' ? UNKNOWN_VERSION : BigInt(Number.parseInt(fields.version, 16));
  if (!Number.isSafeInteger(fields.takenAtSeconds) || fields.takenAtSeconds < 0 || fields.takenAtSeconds >= 64 ** 6) {
    throw new RangeError('takenAt must be a time between 1970 and 4147 to go in a share code');
  }
  let notes = '';
  for (const field of noteOrder) {
    const text = fields.notes[field];
    if (text === undefined) continue;
    const bytes = noteBytes(text, NOTE_LIMITS[field]);
    notes += noteTags[field] + writeVarint(bytes.length) + writeBytes(bytes);
  }
  if (fields.itemNotes.length > 0) {
    notes += ITEM_NOTES_TAG + writeVarint(fields.itemNotes.length);
    for (const [index, text] of fields.itemNotes) {
      const bytes = noteBytes(text, ITEM_NOTE_BYTES);
      notes += writeVarint(index) + writeVarint(bytes.length) + writeBytes(bytes);
    }
  }
  return [
    fields.format,
    writeVarint(fields.assessment.length),
    fields.assessment,
    writeFixed(version, 6),
    writeFixed(BigInt(fields.takenAtSeconds), 6),
    writeVarint(roleCodes.indexOf(fields.role)),
    writeVarint(fields.radix),
    writeVarint(fields.digits.length),
    packDigits(fields.digits, fields.radix),
    notes,
  ].join('');
}

/**
 * The code for a result, answers in the definition's item order. Throws RangeError only for
 * a result no code can hold: an assessment id that is not a slug, or a takenAt before 1970.
 */
export function encodeShareCode(result: SavedResult, definition: Assessment, options: ShareCodeOptions = {}): string {
  const payload = payloadOf(fieldsOf(result, definition, options));
  return payload + checksumOf(payload);
}

/** The id a code's result gets: derived from the code, so the same link gives the same id. */
export function sharedResultId(code: string): string {
  return `shared-${fnv1a32(code)}${fnv1a32(`${code}\u0000`)}`;
}

function resultOf(fields: ShareCodeFields, definition: Assessment, id: string): SavedResult | undefined {
  const answers: SavedResult['answers'] = {};
  const ranges = answerRanges(definition);
  for (const [index, digit] of fields.digits.entries()) {
    const range = ranges[index];
    if (!range) return undefined;
    const first = firstValue(fields.format);
    if (digit === NOT_APPLICABLE) answers[range.itemId] = null;
    else if (digit === CANNOT_SEE_DIGIT && fields.format === SHARE_CODE_FORMAT) answers[range.itemId] = CANNOT_SEE;
    else if (digit >= first) {
      const answer = range.min + digit - first;
      if (!isInRange(answer, range)) return undefined;
      answers[range.itemId] = answer;
    }
  }
  const notes: Record<string, string> = {};
  for (const [index, text] of fields.itemNotes) {
    const range = ranges[index];
    if (!range) return undefined;
    notes[range.itemId] = text;
  }
  const parsed = savedResultSchema.safeParse({
    format: 1,
    id,
    assessment: fields.assessment,
    version: fields.version,
    takenAt: new Date(fields.takenAtSeconds * 1000).toISOString(),
    role: fields.role,
    ...fields.notes,
    answers,
    ...(fields.itemNotes.length > 0 ? { notes } : {}),
  });
  return parsed.success ? parsed.data : undefined;
}

/**
 * The result as whoever opens the result's link will see it: what encodeShareCode keeps,
 * with the id the link's result gets. Shows the person what they are about to share.
 */
export function shareableResult(result: SavedResult, definition: Assessment, options: ShareCodeOptions = {}): SavedResult {
  const fields = fieldsOf(result, definition, options);
  const payload = payloadOf(fields);
  const shared = resultOf(fields, definition, sharedResultId(payload + checksumOf(payload)));
  if (!shared) throw new RangeError('this result cannot be shared');
  return shared;
}

/** Reads the fields in order; undefined when the text is not a well-formed payload. */
function readFields(reader: ShareCodeReader): ShareCodeFields | undefined {
  const format = reader.take(1);
  if (format !== SHARE_CODE_FORMAT && format !== FORMAT_BEFORE_CANNOT_SEE) return undefined;
  const idLength = reader.varint(2);
  const assessment = idLength === undefined ? undefined : reader.take(idLength);
  const version = reader.fixed(6);
  const takenAtSeconds = reader.fixed(6);
  const role = roleCodes[reader.varint(1) ?? -1];
  const radix = reader.varint(2);
  const count = reader.varint(2);
  if (assessment === undefined || !/^[a-z0-9-]+$/.test(assessment) || version === undefined || version > UNKNOWN_VERSION || takenAtSeconds === undefined) return undefined;
  if (role === undefined || radix === undefined || radix <= firstValue(format) || count === undefined || count === 0) return undefined;
  const digits = reader.digits(radix, count);
  if (digits === undefined) return undefined;
  const notes: ShareCodeFields['notes'] = {};
  const itemNotes: ShareCodeFields['itemNotes'] = [];
  let next = 0;
  let unreadableNotesAt: number | undefined;
  while (reader.remaining > 0) {
    const tagAt = reader.at;
    const tag = reader.take(1);
    if (tag === ITEM_NOTES_TAG) {
      // Last of all, once: anything after it is not a code this layout writes.
      const read = readItemNotes(reader, count);
      if (!read || reader.remaining > 0) unreadableNotesAt = tagAt;
      else itemNotes.push(...read);
      break;
    }
    const at = noteOrder.findIndex((field, index) => index >= next && noteTags[field] === tag);
    const field = noteOrder[at];
    const length = reader.varint(2);
    const bytes = length === undefined ? undefined : reader.bytes(length);
    const text = bytes && noteText(bytes);
    if (field === undefined || text === undefined) return undefined;
    notes[field] = text;
    next = at + 1;
  }
  return {
    format,
    assessment,
    version: version === UNKNOWN_VERSION ? 'unknown' : version.toString(16).padStart(8, '0'),
    takenAtSeconds: Number(takenAtSeconds),
    role,
    radix,
    digits,
    notes,
    itemNotes,
    ...(unreadableNotesAt !== undefined ? { unreadableNotesAt } : {}),
  };
}

/** The notes beside answers: a count, then each note's item position (rising) and text. */
function readItemNotes(reader: ShareCodeReader, itemCount: number): ShareCodeFields['itemNotes'] | undefined {
  const count = reader.varint(2);
  if (count === undefined || count === 0 || count > itemCount) return undefined;
  const itemNotes: ShareCodeFields['itemNotes'] = [];
  for (let i = 0; i < count; i++) {
    const index = reader.varint(2);
    const length = reader.varint(3);
    const bytes = length === undefined || length > ITEM_NOTE_BYTES ? undefined : reader.bytes(length);
    const text = bytes && noteText(bytes);
    if (index === undefined || index >= itemCount || (itemNotes.at(-1)?.[0] ?? -1) >= index || !text || text.length > ITEM_NOTE_MAX_LENGTH) return undefined;
    itemNotes.push([index, text]);
  }
  return itemNotes;
}

/** The code itself from what was pasted or found after "#": surrounding spaces and one "#" go. */
function cleanCode(code: string): string {
  const trimmed = code.trim();
  return trimmed.startsWith('#') ? trimmed.slice(1).trim() : trimmed;
}

function decodeCleanCode(code: string, definitionsById: DefinitionsById, earlierVersions: EarlierVersionsById): ShareCodeDecoding {
  if (code === '') return failure('empty', messages.empty);
  const valid = code.length > CHECKSUM_WIDTH && isShareCodeText(code) && checksumOf(code.slice(0, -CHECKSUM_WIDTH)) === code.slice(-CHECKSUM_WIDTH);
  // A whole code with something after it (a full stop, a bracket, a second paste) says so, rather than "damaged".
  const extra = valid ? undefined : extraAfterCode(code);
  if (extra !== undefined) return failure('extra-characters', messages.extra(extra));
  if (!isShareCodeText(code)) return failure('malformed', messages.malformed);
  if (code[0] !== SHARE_CODE_FORMAT && code[0] !== FORMAT_BEFORE_CANNOT_SEE) {
    return /^[3-9]/.test(code) && code.length >= SHORTEST_CODE ? failure('unsupported-version', messages.newerFormat) : failure('malformed', messages.malformed);
  }
  const payload = code.slice(0, -CHECKSUM_WIDTH);
  const reader = new ShareCodeReader(payload);
  const fields = code.length > CHECKSUM_WIDTH ? readFields(reader) : undefined;
  if (!valid) {
    return reader.ranOut || code.length <= CHECKSUM_WIDTH ? failure('truncated', messages.truncated) : failure('checksum', messages.checksum);
  }
  // Past the checksum, a code that does not read back to itself was made by hand or by a bug.
  if (!fields || payloadOf(fields) !== payload.slice(0, fields.unreadableNotesAt)) return failure('malformed', messages.malformed);

  const current = definitionFor(definitionsById, fields.assessment);
  if (!current) {
    return failure('unknown-assessment', phrase('share.error.unknownAssessment', { id: fields.assessment }));
  }
  const earlier = fields.version === assessmentVersion(current) ? undefined : earlierVersionOf(earlierVersions, fields.assessment, fields.version);
  const definition = earlier?.definition ?? current;
  const changedSince = fields.version !== assessmentVersion(definition);
  const itemCount = answerRanges(definition).length;
  if (fields.digits.length !== itemCount || fields.radix !== radixFor(definition, fields.format)) {
    if (!changedSince) return failure('malformed', messages.malformed);
    return failure(
      'unsupported-version',
      phrase('share.error.otherQuestions', { title: definition.title, answers: fields.digits.length, count: itemCount }),
    );
  }
  const result = resultOf(fields, definition, sharedResultId(code));
  if (!result) {
    if (!changedSince) return failure('malformed', messages.malformed);
    return failure('unsupported-version', phrase('share.error.otherVersion', { title: definition.title }));
  }
  return { ok: true, result, changedSince, ...(earlier ? { earlier } : {}), ...(fields.unreadableNotesAt !== undefined ? { notesLeftOut: true as const } : {}) };
}

/**
 * The result in a share code, or a typed error. Never throws, and never returns a result
 * the code does not hold: a damaged code fails its checksum.
 */
export function decodeShareCode(code: string, definitionsById: DefinitionsById, earlierVersions: EarlierVersionsById = {}): ShareCodeDecoding {
  try {
    return decodeCleanCode(cleanCode(code), definitionsById, earlierVersions);
  } catch {
    // Nothing above is expected to throw; this keeps the promise if something does.
    return failure('malformed', messages.malformed);
  }
}
