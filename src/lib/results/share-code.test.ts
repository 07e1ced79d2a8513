import fc from 'fast-check';
import { english } from './dictionaries-for-tests.ts';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../schema/assessment.ts';
import type { SavedResult } from '../schema/saved-result.ts';
import { defineAssessment, dimension } from '../scoring/fixtures.ts';
import { answerRanges } from './definitions.ts';
import { anySavedResult, paceDefinition, sampleResult, testDefinitions, testEarlierVersions } from './fixtures.ts';
import { packDigits, SHARE_CODE_ALPHABET, writeBytes, writeFixed, writeVarint } from './share-code-alphabet.ts';
import { decodeShareCode, encodeShareCode, NOTE_LIMITS, shareableResult, sharedResultId, type ShareCodeErrorKind } from './share-code.ts';
import { assessmentVersion, fnv1a32 } from './version.ts';

const paceVersion = assessmentVersion(paceDefinition);
const errorKinds: ShareCodeErrorKind[] = ['empty', 'malformed', 'checksum', 'unknown-assessment', 'unsupported-version', 'truncated', 'extra-characters'];

/** A PACE result with every item answered `value` (or n/a, or left out). */
function paceWithEvery(value: number | null | 'unanswered', overrides: Partial<SavedResult> = {}): SavedResult {
  const answers = Object.fromEntries(value === 'unanswered' ? [] : answerRanges(paceDefinition).map((range) => [range.itemId, value]));
  return sampleResult({ answers, ...overrides });
}

/** What the layout's checksum is: for forging codes that pass it. */
function withChecksum(payload: string): string {
  return payload + writeFixed(BigInt(Number.parseInt(fnv1a32(payload), 16) & (2 ** 30 - 1)), 5);
}

function errorKind(code: string, definitions = testDefinitions): ShareCodeErrorKind | 'ok' {
  const decoded = decodeShareCode(code, definitions);
  return decoded.ok ? 'ok' : decoded.error.kind;
}

describe('encodeShareCode for PACE (34 items on a 5-point scale)', () => {
  it.each([
    ['every answer at the top', paceWithEvery(5)],
    ['every answer at the bottom', paceWithEvery(1)],
    ['every answer n/a', paceWithEvery(null)],
    ['nothing answered', paceWithEvery('unanswered')],
    ['no role, unknown version', paceWithEvery(5, { role: null, version: 'unknown' })],
  ])('fits in 48 symbols with %s and no team or label', (_, result) => {
    const code = encodeShareCode(result, paceDefinition);
    expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(code.length).toBe(44);
    expect(code.length).toBeLessThanOrEqual(48);
  });

  it('starts with the format symbol and the readable assessment id', () => {
    expect(encodeShareCode(paceWithEvery(3), paceDefinition)).toMatch(/^2Epace/);
  });

  it('grows by the notes it carries', () => {
    const plain = encodeShareCode(paceWithEvery(5), paceDefinition);
    const withTeam = encodeShareCode(paceWithEvery(5, { team: 'Ops' }), paceDefinition);
    // tag + byte count + 3 bytes as 4 symbols
    expect(withTeam.length).toBe(plain.length + 6);
  });
});

describe('"I can\'t see this from my role" in a share code', () => {
  it('carries the answer, distinct from n/a and from unanswered', () => {
    const [first, second, third] = answerRanges(paceDefinition).map((range) => range.itemId);
    const result = sampleResult({ answers: { [first!]: 'cannot-see', [second!]: null, [third!]: 4 } });
    const decoded = decodeShareCode(encodeShareCode(result, paceDefinition), testDefinitions);
    expect(decoded.ok && decoded.result.answers).toEqual({ [first!]: 'cannot-see', [second!]: null, [third!]: 4 });
  });

  it('still opens a link made in format 1, before the answer existed, with every answer as it was', () => {
    // Format 1 by hand: digits 0 unanswered, 1 n/a, 2 + (answer − 1); radix = 5 values + 2.
    const ranges = answerRanges(paceDefinition);
    const answers = [5, null, 1, 3, 'skip'] as const;
    const digits = ranges.map((_, i) => {
      const answer = answers[i % answers.length];
      return answer === 'skip' || answer === undefined ? 0 : answer === null ? 1 : 2 + answer - 1;
    });
    const takenAt = Date.parse('2025-11-02T09:00:00Z') / 1000;
    const payload = ['1', writeVarint(4), 'pace', writeFixed(BigInt(Number.parseInt(paceVersion, 16)), 6), writeFixed(BigInt(takenAt), 6), writeVarint(1), writeVarint(7), writeVarint(ranges.length), packDigits(digits, 7)].join('');
    const decoded = decodeShareCode(withChecksum(payload), testDefinitions);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.result.role).toBe('leader');
    ranges.forEach((range, i) => {
      const answer = answers[i % answers.length];
      if (answer === 'skip') expect(Object.hasOwn(decoded.result.answers, range.itemId)).toBe(false);
      else expect(decoded.result.answers[range.itemId]).toBe(answer);
    });
  });
});

describe('decodeShareCode', () => {
  const result = sampleResult({ takenAt: '2026-03-01T10:30:15.000Z', team: 'Support – Nord', label: 'Before the reorganisation' });
  const code = encodeShareCode(result, paceDefinition);

  it('gives back the result, with an id derived from the code', () => {
    expect(decodeShareCode(code, testDefinitions)).toEqual({ ok: true, result: { ...result, id: sharedResultId(code) }, changedSince: false });
  });

  it('gives the same id every time the same link is opened', () => {
    const first = decodeShareCode(code, testDefinitions);
    const second = decodeShareCode(`  #${code}\n`, testDefinitions);
    expect(first.ok && second.ok && first.result.id === second.result.id).toBe(true);
  });

  it.each<[string, string, ShareCodeErrorKind | 'ok']>([
    ['nothing', '', 'empty'],
    ['spaces and a bare "#"', '  # ', 'empty'],
    ['characters a code never has', `${code.slice(0, 10)}%20${code.slice(10)}`, 'malformed'],
    ['a whole URL', `https://example.org/r/#${code}`, 'malformed'],
    ['another format symbol', `A${code.slice(1)}`, 'malformed'],
    ['a newer layout', `3${code.slice(1)}`, 'unsupported-version'],
    // Only a whole code is from a newer version: a short run starting with a digit is not a code at all.
    ['a digit and a few symbols', '3abc', 'malformed'],
    ['a phone number', '3079460000', 'malformed'],
    // Whatever follows a whole code is extra, not damage or truncation.
    ['a full stop after the code', `${code}.`, 'extra-characters'],
    ['a bracket and words after the code', `${code}) thanks`, 'extra-characters'],
    ['code symbols glued to the end', `${code}abc`, 'extra-characters'],
    ['the code pasted twice', `${code}${code}`, 'extra-characters'],
    ['a single symbol', '1', 'truncated'],
    ['the code cut in half', code.slice(0, 20), 'truncated'],
    ['the last symbol lost', code.slice(0, -1), 'truncated'],
    ['one symbol changed', code.slice(0, 12) + (code[12] === 'A' ? 'B' : 'A') + code.slice(13), 'checksum'],
    ['two neighbours swapped', code.slice(0, 26) + code[27] + code[26] + code.slice(28), code[26] === code[27] ? 'ok' : 'checksum'],
  ])('refuses %s', (_, input, kind) => {
    expect(errorKind(input)).toBe(kind);
  });

  it('says how many extra characters there are, and which', () => {
    const decoded = decodeShareCode(`${code}).`, testDefinitions);
    expect(!decoded.ok && english(decoded.error.said)).toBe('This code has 2 extra characters at the end (")."), perhaps from the text around the link. Copy the link again without them.');
    expect(!decoded.ok && english(decoded.error.said, 'pl')).toBe('Na końcu tego kodu są 2 zbędne znaki (")."), być może z tekstu wokół linku. Skopiuj link jeszcze raz, bez nich.');
  });

  it('says which assessment it needs when the site does not have it', () => {
    const decoded = decodeShareCode(code, {});
    expect(decoded).toMatchObject({ ok: false, error: { kind: 'unknown-assessment' } });
    expect(!decoded.ok && english(decoded.error.said)).toContain('"pace"');
    expect(!decoded.ok && english(decoded.error.said, 'de')).toContain('„pace“');
  });

  it('does not find an assessment on Object.prototype', () => {
    const forged = encodeShareCode(sampleResult({ assessment: 'constructor' }), paceDefinition);
    expect(errorKind(forged)).toBe('unknown-assessment');
  });

  it('refuses a code that passes its checksum but is not written the way encodeShareCode writes it', () => {
    const payload = code.slice(0, -5);
    expect(errorKind(withChecksum(payload))).toBe('ok');
    expect(errorKind(withChecksum(`${payload}x`))).toBe('malformed');
    // the role symbol set to 9, which is no role
    const roleAt = '2Epace'.length + 12;
    expect(errorKind(withChecksum(payload.slice(0, roleAt) + 'J' + payload.slice(roleAt + 1)))).toBe('malformed');
  });

  describe('when the assessment changed since the code was made', () => {
    const base = defineAssessment({
      scale: 'agree-5',
      model: 'dimensions',
      dimensions: [dimension('alpha', [{ id: 'a1', text: 'Statement a1' }, { id: 'a2', text: 'Statement a2' }]), dimension('beta', [{ id: 'b1', text: 'Statement b1' }])],
    });
    const old = sampleResult({ assessment: 'demo', version: assessmentVersion(base), answers: { a1: 1, a2: null, b1: 5 } });
    const oldCode = encodeShareCode(old, base);
    const changed = (change: (copy: Assessment) => void): Assessment => {
      const copy = structuredClone(base);
      change(copy);
      return copy;
    };

    it('reads the answers by position when the item count and scale still fit, and says so', () => {
      const renamed = changed((d) => void (d.dimensions[1]!.items[0]!.id = 'b9'));
      expect(decodeShareCode(oldCode, { demo: renamed })).toEqual({
        ok: true,
        result: { ...old, id: sharedResultId(oldCode), answers: { a1: 1, a2: null, b9: 5 } },
        changedSince: true,
      });
    });

    it.each([
      ['an item was added', changed((d) => void (d.model === 'dimensions' && d.dimensions[0]!.items.push({ id: 'a3', text: 'Statement a3', quoted: false, cannotSee: false })))],
      ['an item was removed', changed((d) => void d.dimensions[0]!.items.pop())],
      ['the scale has more points', changed((d) => void (d.scale = 'agree-10'))],
      ['the scale has fewer points', changed((d) => void (d.scale = 'readiness-3'))],
    ])('refuses it as unsupported-version when %s', (_, definition) => {
      const decoded = decodeShareCode(oldCode, { demo: definition });
      expect(decoded).toMatchObject({ ok: false, error: { kind: 'unsupported-version' } });
      expect(!decoded.ok && english(decoded.error.said)).toContain('Fixture assessment');
    });

    it('refuses it when a spectrum answer points at an option that is gone', () => {
      const spectrum = testDefinitions['fixture-spectrum']!;
      // p1 has four options; answer the last one, then drop it (s1 keeps three, so the radix stays).
      const shared = encodeShareCode(sampleResult({ assessment: 'fixture-spectrum', version: assessmentVersion(spectrum), answers: { p1: 3 } }), spectrum);
      const fewer = structuredClone(spectrum);
      fewer.dimensions[1]!.items[0]!.options!.pop();
      expect(errorKind(shared, { 'fixture-spectrum': fewer })).toBe('unsupported-version');
      expect(errorKind(shared)).toBe('ok');
    });
  });
});

describe('shareableResult: what a code leaves out', () => {
  it.each<[string, Partial<SavedResult>, Partial<SavedResult>]>([
    ['time below a second', { takenAt: '2026-03-01T10:30:15.987+02:00' }, { takenAt: '2026-03-01T08:30:15.000Z' }],
    ['a version that is not a version hash', { version: 'draft-7' }, { version: 'unknown' }],
    ['answers to items the assessment does not have', { answers: { pr1: 2, zz9: 4 } }, { answers: { pr1: 2 } }],
    ['answers off the scale', { answers: { pr1: 2, pr2: 9, pr3: 0 } }, { answers: { pr1: 2 } }],
    ['a label over the limit, cut at a character', { label: `${'é'.repeat(29)}ab€` }, { label: `${'é'.repeat(29)}ab` }],
    ['a broken character in a note', { team: 'Ops \uD800' }, { team: 'Ops \uFFFD' }],
    ['an empty team', { team: '' }, { team: '' }],
  ])('%s', (_, given, expected) => {
    const result = sampleResult(given);
    const shared = shareableResult(result, paceDefinition);
    const code = encodeShareCode(result, paceDefinition);
    expect(shared).toEqual({ ...result, ...expected, id: sharedResultId(code) });
    expect(decodeShareCode(code, testDefinitions)).toEqual({ ok: true, result: shared, changedSince: shared.version !== paceVersion });
  });

  it('keeps a label within NOTE_LIMITS bytes', () => {
    const shared = shareableResult(sampleResult({ label: 'x'.repeat(120) }), paceDefinition);
    expect(shared.label).toBe('x'.repeat(NOTE_LIMITS.label));
  });

  it.each([
    ['before 1970', '1969-12-31T23:59:59Z'],
    ['after the year 4146', '4200-01-01T00:00:00Z'],
  ])('cannot share a result taken %s', (_, takenAt) => {
    expect(() => encodeShareCode(sampleResult({ takenAt }), paceDefinition)).toThrow(RangeError);
  });
});

describe('share code properties', () => {
  it('catches every single-symbol substitution of a PACE code, tried one by one', () => {
    const code = encodeShareCode(paceWithEvery(4, { team: 'Ops' }), paceDefinition);
    let tried = 0;
    for (let i = 0; i < code.length; i++) {
      for (const symbol of SHARE_CODE_ALPHABET) {
        if (symbol === code[i]) continue;
        tried++;
        expect(errorKind(code.slice(0, i) + symbol + code.slice(i + 1))).not.toBe('ok');
      }
    }
    expect(tried).toBe(code.length * 63);
  });

  it('round-trips every shareable result of every definition exactly', () => {
    fc.assert(
      fc.property(anySavedResult({ shareable: true, noteBytes: 40 }), ({ definition, result }) => {
        const code = encodeShareCode(result, definition);
        expect(decodeShareCode(code, testDefinitions)).toEqual({
          ok: true,
          result: { ...result, id: sharedResultId(code) },
          changedSince: result.version !== assessmentVersion(definition),
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('decodes any valid result to what shareableResult promised', () => {
    fc.assert(
      fc.property(anySavedResult(), ({ definition, result }) => {
        const decoded = decodeShareCode(encodeShareCode(result, definition), testDefinitions);
        expect(decoded).toEqual({ ok: true, result: shareableResult(result, definition), changedSince: expect.any(Boolean) });
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on, and never accepts, 10,000 random strings', () => {
    const codeLike = fc.string({ unit: fc.constantFrom(...SHARE_CODE_ALPHABET), minLength: 1, maxLength: 60 }).map((text) => `1${text}`);
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 60 }), codeLike), (text) => {
        const decoded = decodeShareCode(text, testDefinitions);
        expect(decoded.ok).toBe(false);
        if (!decoded.ok) {
          expect(errorKinds).toContain(decoded.error.kind);
          expect(english(decoded.error.said).length).toBeGreaterThan(20);
        }
      }),
      { numRuns: 10_000 },
    );
  });

  it('refuses 10,000 single-symbol mutations of valid codes with a typed error', () => {
    const mutation = fc.record({
      kind: fc.constantFrom('flip', 'insert', 'delete', 'truncate'),
      at: fc.nat(),
      symbol: fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...SHARE_CODE_ALPHABET) }, { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 1 }) }),
    });
    fc.assert(
      fc.property(anySavedResult({ shareable: true, noteBytes: 40 }), mutation, ({ definition, result }, { kind, at, symbol }) => {
        const code = encodeShareCode(result, definition);
        const i = at % code.length;
        const other = symbol === code[i] ? SHARE_CODE_ALPHABET[(SHARE_CODE_ALPHABET.indexOf(symbol) + 1) % 64]! : symbol;
        const mutated =
          kind === 'flip' ? code.slice(0, i) + other + code.slice(i + 1)
          : kind === 'insert' ? code.slice(0, i) + symbol + code.slice(i)
          : kind === 'delete' ? code.slice(0, i) + code.slice(i + 1)
          : code.slice(0, i);
        // A "#" or spaces around the code are pasting noise that decode accepts on purpose.
        fc.pre(!(mutated.includes(code) && /^[\s#]*$/.test(mutated.replace(code, ''))));
        const decoded = decodeShareCode(mutated, testDefinitions);
        expect(decoded.ok).toBe(false);
        if (!decoded.ok) expect(errorKinds).toContain(decoded.error.kind);
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('the respondent key in a share code', () => {
  const key = 'AbCdEfGhIjKlMnOpQrStUv';
  const withKey = sampleResult({ takenAt: '2026-03-01T10:30:15.000Z', team: 'acme', segment: 'North', respondentKey: key });

  it('travels as the last, optional note and comes back', () => {
    const code = encodeShareCode(withKey, paceDefinition);
    const decoded = decodeShareCode(code, testDefinitions);
    expect(decoded.ok && decoded.result.respondentKey).toBe(key);
    expect(decoded.ok && decoded.result.team).toBe('acme');
  });

  it('leaves codes made before it readable, with no key', () => {
    // Made by the encoder before the respondent key existed (team "acme", segment "North").
    const older = '1EpaceDRzJ7ZBppBU3CHaBdeIwHpexMvtKtEYWNtZQsFTm9ydGgSHqj7';
    // It was made with PACE before its items were split, so it opens through the history.
    const decoded = decodeShareCode(older, testDefinitions, testEarlierVersions);
    expect(decoded.ok).toBe(true);
    expect(decoded.ok && decoded.result.respondentKey).toBeUndefined();
    expect(decoded.ok && decoded.result.segment).toBe('North');
    // Today's codes (format 2, with "can't see") carry no key note when there is no key.
    const { respondentKey: _, ...withoutKey } = withKey;
    const current = decodeShareCode(encodeShareCode(withoutKey, paceDefinition), testDefinitions);
    expect(current.ok && current.result.respondentKey).toBeUndefined();
    expect(current.ok && current.result.segment).toBe('North');
  });

  it('refuses a key note before the team note (out of order)', () => {
    const code = encodeShareCode(withKey, paceDefinition);
    const payload = code.slice(0, -5);
    const keyAt = payload.lastIndexOf('k');
    const reordered = withChecksum(payload.slice(0, payload.indexOf('t', 20)) + payload.slice(keyAt) + payload.slice(payload.indexOf('t', 20), keyAt));
    expect(errorKind(reordered)).not.toBe('ok');
  });
});

describe('notes beside answers in a share code', () => {
  const noted = sampleResult({ takenAt: '2026-03-01T10:30:15.000Z', answers: { pr1: 2, pr2: 4 }, notes: { pr2: 'Only billing sees the handovers — «ask them».', pr1: 'Mapped for retail only 🙂' } });

  it('leaves the notes out unless the person asks for them: the code is the one without notes', () => {
    const { notes: _, ...withoutNotes } = noted;
    const code = encodeShareCode(noted, paceDefinition);
    expect(code).toBe(encodeShareCode(withoutNotes, paceDefinition));
    const decoded = decodeShareCode(code, testDefinitions);
    expect(decoded.ok && decoded.result.notes).toBeUndefined();
    expect(shareableResult(noted, paceDefinition).notes).toBeUndefined();
  });

  it('carries them, in item order, when the person ticks "include my notes"', () => {
    const code = encodeShareCode(noted, paceDefinition, { includeNotes: true });
    const decoded = decodeShareCode(code, testDefinitions);
    expect(decoded.ok && decoded.result.notes).toEqual(noted.notes);
    expect(decoded).toEqual({ ok: true, result: shareableResult(noted, paceDefinition, { includeNotes: true }), changedSince: false });
  });

  it('carries a note of the longest length whole, and leaves out notes of items the assessment does not have', () => {
    const long = sampleResult({ answers: { pr1: 3 }, notes: { pr1: 'ż'.repeat(1000), zz9: 'not an item' } });
    const decoded = decodeShareCode(encodeShareCode(long, paceDefinition, { includeNotes: true }), testDefinitions);
    expect(decoded.ok && decoded.result.notes).toEqual({ pr1: 'ż'.repeat(1000) });
  });

  /** A code's result read without notes, flagged: what a damaged notes section must give. */
  const withoutNotes = (code: string) => {
    const { notes: _, ...rest } = noted;
    return { ok: true, result: { ...rest, id: sharedResultId(code) }, changedSince: false, notesLeftOut: true };
  };

  it('leaves out notes out of order, or followed by anything, and still opens the answers', () => {
    const code = encodeShareCode(noted, paceDefinition, { includeNotes: true });
    const payload = code.slice(0, -5);
    const followed = withChecksum(`${payload}t${writeVarint(0)}`);
    expect(decodeShareCode(followed, testDefinitions)).toEqual(withoutNotes(followed));
    const at = payload.lastIndexOf('n');
    // Two notes, the second at the same position as the first: not how the encoder writes them.
    const twice = withChecksum(`${payload.slice(0, at)}n${writeVarint(2)}${writeVarint(0)}${writeVarint(1)}AA${writeVarint(0)}${writeVarint(1)}AA`);
    expect(decodeShareCode(twice, testDefinitions)).toEqual(withoutNotes(twice));
  });

  it('leaves out a note longer than a note may be, or one that is not UTF-8, and keeps the answers (a forged link)', () => {
    const payload = encodeShareCode(noted, paceDefinition).slice(0, -5);
    const tooLong = new TextEncoder().encode('x'.repeat(1001));
    const overLong = withChecksum(`${payload}n${writeVarint(1)}${writeVarint(0)}${writeVarint(tooLong.length)}${writeBytes(tooLong)}`);
    expect(decodeShareCode(overLong, testDefinitions)).toEqual(withoutNotes(overLong));
    const broken = withChecksum(`${payload}n${writeVarint(1)}${writeVarint(0)}${writeVarint(2)}${writeBytes(new Uint8Array([0xc3, 0x28]))}`);
    expect(decodeShareCode(broken, testDefinitions)).toEqual(withoutNotes(broken));
    // Cut inside the notes: the checksum of the whole no longer holds, so the code is damaged, not trimmed.
    const whole = encodeShareCode(noted, paceDefinition, { includeNotes: true });
    expect(errorKind(whole.slice(0, -9) + whole.slice(-5))).not.toBe('ok');
  });

  it('still refuses a code whose answers part does not read back to itself, notes or not', () => {
    const payload = encodeShareCode(noted, paceDefinition).slice(0, -5);
    // A team tag after the notes tag is fine to drop; a repeated team tag before it is not.
    expect(errorKind(withChecksum(`${payload}t${writeVarint(0)}t${writeVarint(0)}n${writeVarint(1)}`))).toBe('malformed');
  });

  it('round-trips random notes of any result when asked to', () => {
    fc.assert(
      fc.property(anySavedResult({ shareable: true, noteBytes: 40 }), fc.string({ minLength: 1, maxLength: 60, unit: 'grapheme' }), ({ definition, result }, text) => {
        const [first] = answerRanges(definition);
        const withNote = { ...result, notes: { [first!.itemId]: text } };
        const code = encodeShareCode(withNote, definition, { includeNotes: true });
        expect(decodeShareCode(code, testDefinitions)).toEqual({ ok: true, result: { ...withNote, id: sharedResultId(code) }, changedSince: result.version !== assessmentVersion(definition) });
      }),
      { numRuns: 300 },
    );
  });
});
