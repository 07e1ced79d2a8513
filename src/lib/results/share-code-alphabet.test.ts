import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bytesWidth,
  isShareCodeText,
  packDigits,
  packedWidth,
  SHARE_CODE_ALPHABET,
  ShareCodeReader,
  symbolValue,
  writeBytes,
  writeFixed,
  writeVarint,
} from './share-code-alphabet.ts';

describe('the alphabet', () => {
  it('has 64 distinct URL-safe symbols', () => {
    expect(new Set(SHARE_CODE_ALPHABET).size).toBe(64);
    expect(encodeURIComponent(SHARE_CODE_ALPHABET)).toBe(SHARE_CODE_ALPHABET);
  });
  it.each([
    ['A', 0],
    ['a', 26],
    ['0', 52],
    ['_', 63],
    ['=', undefined],
    ['é', undefined],
  ])('%s has value %s', (symbol, value) => {
    expect(symbolValue(symbol)).toBe(value);
  });
  it.each([
    ['abc-_09', true],
    ['', true],
    ['a b', false],
    ['a+b', false],
    ['a.b', false],
  ])('isShareCodeText(%j) is %s', (text, expected) => {
    expect(isShareCodeText(text)).toBe(expected);
  });
});

describe('writeFixed', () => {
  it.each([
    [0n, 1, 'A'],
    [63n, 1, '_'],
    [64n, 2, 'BA'],
    [0n, 3, 'AAA'],
  ])('%s in %i symbols is %s', (value, width, text) => {
    expect(writeFixed(value, width)).toBe(text);
  });
  it('throws when the number does not fit', () => {
    expect(() => writeFixed(64n, 1)).toThrow(RangeError);
    expect(() => writeFixed(-1n, 3)).toThrow(RangeError);
  });
});

describe('writeVarint', () => {
  it.each([
    [0, 'A'],
    [31, 'f'],
    [32, 'hA'],
    [1023, '_f'],
    [1024, 'hgA'],
  ])('%i is %s', (value, text) => {
    expect(writeVarint(value)).toBe(text);
  });
  it('reads back what it wrote, and nothing more', () => {
    fc.assert(
      fc.property(fc.nat({ max: 2 ** 20 - 1 }), fc.string({ unit: fc.constantFrom(...SHARE_CODE_ALPHABET), maxLength: 3 }), (value, after) => {
        const reader = new ShareCodeReader(writeVarint(value) + after);
        expect(reader.varint()).toBe(value);
        expect(reader.remaining).toBe(after.length);
      }),
    );
  });
  it('gives up on a varint longer than allowed', () => {
    expect(new ShareCodeReader('hhhA').varint(3)).toBeUndefined();
    expect(new ShareCodeReader('hh').varint()).toBeUndefined();
  });
});

describe('packDigits', () => {
  it.each([
    [7, 26, 13],
    [7, 2, 1],
    [12, 39, 24],
    [3, 1, 1],
    [2, 6, 1],
    [2, 7, 2],
  ])('base %i, %i digits take %i symbols', (radix, count, width) => {
    expect(packedWidth(radix, count)).toBe(width);
    expect(packDigits(new Array<number>(count).fill(radix - 1), radix)).toHaveLength(width);
  });
  it('throws on a digit outside the base', () => {
    expect(() => packDigits([7], 7)).toThrow(RangeError);
    expect(() => packDigits([1.5], 7)).toThrow(RangeError);
  });
  it('round-trips any digits in any base', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 40 }).chain((radix) => fc.tuple(fc.constant(radix), fc.array(fc.nat({ max: radix - 1 }), { minLength: 1, maxLength: 60 }))),
        ([radix, digits]) => {
          const reader = new ShareCodeReader(packDigits(digits, radix));
          expect(reader.digits(radix, digits.length)).toEqual(digits);
          expect(reader.remaining).toBe(0);
        },
      ),
    );
  });
  it('refuses symbols that stand for more than the digits can hold', () => {
    // base 7, 2 digits: at most 48, but one symbol holds up to 63
    expect(new ShareCodeReader('x').digits(7, 2)).toBeUndefined();
    expect(new ShareCodeReader('w').digits(7, 2)).toEqual([6, 6]);
  });
});

describe('writeBytes', () => {
  it.each([
    ['', ''],
    ['f', 'Zg'],
    ['fo', 'Zm8'],
    ['foo', 'Zm9v'],
    ['foob', 'Zm9vYg'],
  ])('writes %j as base64url %j', (text, expected) => {
    expect(writeBytes(new TextEncoder().encode(text))).toBe(expected);
  });
  it('round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 50 }), (bytes) => {
        const text = writeBytes(bytes);
        expect(text).toHaveLength(bytesWidth(bytes.length));
        expect(new ShareCodeReader(text).bytes(bytes.length)).toEqual(bytes);
      }),
    );
  });
});

describe('ShareCodeReader', () => {
  it('reads back any whole number writeFixed wrote, at any width', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 24 }).chain((width) => fc.tuple(fc.constant(width), fc.bigInt({ min: 0n, max: 64n ** BigInt(width) - 1n }))),
        ([width, value]) => {
          const reader = new ShareCodeReader(writeFixed(value, width));
          expect(reader.fixed(width)).toBe(value);
          expect(reader.remaining).toBe(0);
        },
      ),
    );
  });
  it('round-trips digits in the widest bases a code allows', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 41, max: 1023 }).chain((radix) => fc.tuple(fc.constant(radix), fc.array(fc.nat({ max: radix - 1 }), { minLength: 1, maxLength: 30 }))),
        ([radix, digits]) => {
          expect(new ShareCodeReader(packDigits(digits, radix)).digits(radix, digits.length)).toEqual(digits);
        },
      ),
    );
  });
  it('notes when the text ends too soon', () => {
    const reader = new ShareCodeReader('AB');
    expect(reader.fixed(3)).toBeUndefined();
    expect(reader.ranOut).toBe(true);
  });
  it('returns undefined for symbols outside the alphabet', () => {
    expect(new ShareCodeReader('A=').fixed(2)).toBeUndefined();
    expect(new ShareCodeReader('=').varint()).toBeUndefined();
    expect(new ShareCodeReader('Z=').bytes(1)).toBeUndefined();
  });
});
