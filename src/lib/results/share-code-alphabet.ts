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
  let text = '';
  let rest = value;
  for (let i = 0; i < width; i++) {
    text = symbol(Number(rest % 64n)) + text;
    rest /= 64n;
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
  const limit = BigInt(radix) ** BigInt(count);
  // Start from the floating-point estimate and settle it exactly.
  let width = Math.max(0, Math.ceil((count * Math.log2(radix)) / 6) - 1);
  while (64n ** BigInt(width) < limit) width++;
  while (width > 0 && 64n ** BigInt(width - 1) >= limit) width--;
  return width;
}

/**
 * Digits (each 0 ≤ d < radix) as one number in base `radix`, first digit most significant,
 * written in packedWidth(radix, digits.length) symbols: log2(7) ≈ 2.8 bits for a 7-symbol
 * answer instead of a whole 6-bit symbol.
 */
export function packDigits(digits: readonly number[], radix: number): string {
  let value = 0n;
  for (const digit of digits) {
    if (!Number.isInteger(digit) || digit < 0 || digit >= radix) throw new RangeError(`digit ${digit} is outside base ${radix}`);
    value = value * BigInt(radix) + BigInt(digit);
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
    let value = 0n;
    for (const char of taken) {
      const digit = symbolValue(char);
      if (digit === undefined) return undefined;
      value = value * 64n + BigInt(digit);
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
    const digits: number[] = new Array<number>(count);
    for (let i = count - 1; i >= 0; i--) {
      digits[i] = Number(value % BigInt(radix));
      value /= BigInt(radix);
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
