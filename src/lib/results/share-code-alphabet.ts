/**
 * The building blocks of share codes: 64 URL-safe symbols (the base64url alphabet, so a
 * code survives links, e-mail and chat unescaped) and the ways numbers, digit lists and
 * text are written with them.
 */
export const SHARE_CODE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const symbolValues = new Map([...SHARE_CODE_ALPHABET].map((symbol, value) => [symbol, value]));

/** The value 0–63 of a symbol, or undefined for a character outside the alphabet. */
export function symbolValue(symbol: string): number | undefined {
  return symbolValues.get(symbol);
}

export function isShareCodeText(text: string): boolean {
  return /^[A-Za-z0-9_-]*$/.test(text);
}

function symbol(value: number): string {
  return SHARE_CODE_ALPHABET.charAt(value);
}

/** A whole number in exactly `width` symbols, most significant first. Throws when it does not fit. */
export function writeFixed(value: bigint, width: number): string {
  if (value < 0n || value >= 64n ** BigInt(width)) throw new RangeError(`${value} does not fit in ${width} symbols`);
  // Five symbols (30 bits) per BigInt step, the rest in plain numbers: codes are made and
  // read thousands of times in a team session, and BigInt arithmetic is the slow part.
  let text = '';
  let rest = value;
  for (let left = width; left > 0; left -= 5) {
    let chunk = Number(rest & 0x3fffffffn);
    rest >>= 30n;
    for (let i = 0; i < Math.min(5, left); i++) {
      text = symbol(chunk & 63) + text;
      chunk >>>= 6;
    }
  }
  return text;
}

/**
 * A small whole number in as few symbols as it needs: five bits per symbol, most
 * significant first, the sixth bit set on every symbol but the last.
 */
export function writeVarint(value: number): string {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${value} is not a whole number ≥ 0`);
  let text = symbol(value % 32);
  for (let rest = Math.floor(value / 32); rest > 0; rest = Math.floor(rest / 32)) text = symbol(32 + (rest % 32)) + text;
  return text;
}

/** Symbols needed for `count` digits in base `radix`: the least width with 64^width ≥ radix^count. */
export function packedWidth(radix: number, count: number): number {
  const key = `${radix}:${count}`;
  let width = packedWidths.get(key);
  if (width === undefined) {
    const limit = BigInt(radix) ** BigInt(count);
    // Start from the floating-point estimate and settle it exactly.
    width = Math.max(0, Math.ceil((count * Math.log2(radix)) / 6) - 1);
    while (64n ** BigInt(width) < limit) width++;
    while (width > 0 && 64n ** BigInt(width - 1) >= limit) width--;
    packedWidths.set(key, width);
  }
  return width;
}

// A definition has one radix and item count, so the same few widths are asked for again and again.
const packedWidths = new Map<string, number>();

/** How many base-`radix` digits fit in a plain number with room to multiply: radix^n < 2^48. */
function digitsPerNumber(radix: number): number {
  return Math.max(1, Math.floor(48 / Math.log2(radix)));
}

/**
 * Digits (each 0 ≤ d < radix) as one number in base `radix`, first digit most significant,
 * written in packedWidth(radix, digits.length) symbols: log2(7) ≈ 2.8 bits for a 7-symbol
 * answer instead of a whole 6-bit symbol.
 */
export function packDigits(digits: readonly number[], radix: number): string {
  // Groups of digits are gathered in plain numbers, then joined with one BigInt step per group.
  const group = digitsPerNumber(radix);
  let value = 0n;
  for (let start = 0; start < digits.length; start += group) {
    const end = Math.min(start + group, digits.length);
    let chunk = 0;
    for (let i = start; i < end; i++) {
      const digit = digits[i]!;
      if (!Number.isInteger(digit) || digit < 0 || digit >= radix) throw new RangeError(`digit ${digit} is outside base ${radix}`);
      chunk = chunk * radix + digit;
    }
    value = value * BigInt(radix) ** BigInt(end - start) + BigInt(chunk);
  }
  return writeFixed(value, packedWidth(radix, digits.length));
}

/** Base64url without padding: 6 bits per symbol, the last symbol padded with zero bits. */
export function writeBytes(bytes: Uint8Array): string {
  let text = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      text += symbol((buffer >> bits) & 63);
    }
    buffer &= (1 << bits) - 1;
  }
  return bits > 0 ? text + symbol((buffer << (6 - bits)) & 63) : text;
}

/** Symbols that writeBytes uses for `count` bytes. */
export function bytesWidth(count: number): number {
  return Math.ceil((count * 4) / 3);
}

/**
 * Reads a code from the front. Every read returns undefined when the code ends too soon (and
 * sets `ranOut`) or holds something that is not what is expected; it never throws.
 */
export class ShareCodeReader {
  readonly text: string;
  at = 0;
  ranOut = false;

  constructor(text: string) {
    this.text = text;
  }

  get remaining(): number {
    return this.text.length - this.at;
  }

  /** The next `width` symbols as they are. */
  take(width: number): string | undefined {
    if (this.at + width > this.text.length) {
      this.ranOut = true;
      return undefined;
    }
    const taken = this.text.slice(this.at, this.at + width);
    this.at += width;
    return taken;
  }

  fixed(width: number): bigint | undefined {
    const taken = this.take(width);
    if (taken === undefined) return undefined;
    // Five symbols per BigInt step, as writeFixed writes them.
    let value = 0n;
    for (let start = 0; start < taken.length; start += 5) {
      let chunk = 0;
      const end = Math.min(start + 5, taken.length);
      for (let i = start; i < end; i++) {
        const digit = symbolValue(taken[i]!);
        if (digit === undefined) return undefined;
        chunk = chunk * 64 + digit;
      }
      value = (value << BigInt(6 * (end - start))) + BigInt(chunk);
    }
    return value;
  }

  /** A varint of at most `maxSymbols` symbols (so a damaged code cannot claim a huge number). */
  varint(maxSymbols = 4): number | undefined {
    let value = 0;
    for (let i = 0; i < maxSymbols; i++) {
      const taken = this.take(1);
      const digit = taken === undefined ? undefined : symbolValue(taken);
      if (digit === undefined) return undefined;
      value = value * 32 + (digit % 32);
      if (digit < 32) return value;
    }
    return undefined;
  }

  digits(radix: number, count: number): number[] | undefined {
    if (radix < 2) return undefined;
    let value = this.fixed(packedWidth(radix, count));
    if (value === undefined || value >= BigInt(radix) ** BigInt(count)) return undefined;
    // From the last digit back, a group at a time (see packDigits).
    const group = digitsPerNumber(radix);
    const digits: number[] = new Array<number>(count);
    for (let end = count; end > 0; end -= group) {
      const size = Math.min(group, end);
      const base = BigInt(radix) ** BigInt(size);
      let chunk = Number(value % base);
      value /= base;
      for (let i = end - 1; i >= end - size; i--) {
        digits[i] = chunk % radix;
        chunk = Math.floor(chunk / radix);
      }
    }
    return digits;
  }

  bytes(count: number): Uint8Array | undefined {
    const taken = this.take(bytesWidth(count));
    if (taken === undefined) return undefined;
    const bytes = new Uint8Array(count);
    let filled = 0;
    let buffer = 0;
    let bits = 0;
    for (const char of taken) {
      const digit = symbolValue(char);
      if (digit === undefined) return undefined;
      buffer = (buffer << 6) | digit;
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        if (filled < count) bytes[filled++] = (buffer >> bits) & 255;
        buffer &= (1 << bits) - 1;
      }
    }
    return bytes;
  }
}
