import { describe, expect, it } from 'vitest';
import { formatDecimal, formatInteger, formatPercent, pageLocale } from './number.ts';

// Intl may use a narrow no-break space (U+202F) or a no-break space (U+00A0) by locale; compare with spaces made plain.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('number formatting', () => {
  it.each([
    ['en', 12000, '12,000'],
    ['de', 12000, '12.000'],
    ['fr', 12000, '12 000'],
    ['en', 2.5, '3'],
    ['de', 0, '0'],
  ])('formatInteger in %s: %d is %s', (locale, value, text) => expect(plain(formatInteger(value, locale))).toBe(text));

  it.each([
    ['en', 3, '3.0'],
    ['en-GB', 3.25, '3.3'],
    ['de', 3.04, '3,0'],
    ['de', 1234.56, '1.234,6'],
  ])('formatDecimal in %s: %d is %s', (locale, value, text) => expect(plain(formatDecimal(value, locale))).toBe(text));

  it.each([
    ['en', 41.6, '42%'],
    ['de', 41.6, '42 %'],
    ['en', 100, '100%'],
    ['pl', 0, '0%'],
  ])('formatPercent in %s: %d is %s', (locale, value, text) => expect(plain(formatPercent(value, locale))).toBe(text));

  it('falls back to English for a tag Intl rejects, instead of failing', () => {
    expect(formatInteger(1000, 'not a locale!')).toBe('1,000');
  });

  it('reads the page language, English when none is set', () => {
    expect(pageLocale({ lang: 'de' })).toBe('de');
    expect(pageLocale({ lang: '' })).toBe('en');
    expect(pageLocale(undefined)).toBe('en');
  });
});
