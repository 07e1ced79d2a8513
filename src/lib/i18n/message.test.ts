import { describe, expect, it } from 'vitest';
import { formatMessage, messageParts, missingPluralForms, placeholdersOf } from './message.ts';

const results = { one: '{count} wynik', few: '{count} wyniki', many: '{count} wyników', other: '{count} wyniku' };

describe('formatMessage', () => {
  it('fills values and writes numbers the locale’s way', () => {
    expect(formatMessage('de', '{answered} von {total} beantwortet', { answered: 1234, total: 2000 })).toBe('1.234 von 2.000 beantwortet');
    expect(formatMessage('en', '{answered} of {total} answered', { answered: 1234, total: 2000 })).toBe('1,234 of 2,000 answered');
  });

  it.each([
    [1, '1 wynik'],
    [3, '3 wyniki'],
    [5, '5 wyników'],
    [22, '22 wyniki'],
    [25, '25 wyników'],
    [1.5, '1,5 wyniku'],
  ])('chooses the Polish plural form for %s', (count, expected) => {
    expect(formatMessage('pl', results, { count })).toBe(expected);
  });

  it('refuses a missing value rather than show a half-filled sentence', () => {
    expect(() => formatMessage('en', 'Taken on {date}', {})).toThrow(/\{date\}/);
    expect(() => formatMessage('en', { one: 'a result', other: '{count} results' }, { count: '3' })).toThrow(/numeric \{count\}/);
  });
});

describe('plural forms and placeholders', () => {
  it('lists the forms a language needs that a message lacks', () => {
    expect(missingPluralForms('pl', { one: 'x', other: 'y' })).toEqual(['few', 'many']);
    expect(missingPluralForms('de', { one: 'x', other: 'y' })).toEqual([]);
  });

  it('finds the placeholders of a text', () => {
    expect([...placeholdersOf('{count} of {total}, not {0} or { x }')]).toEqual(['count', 'total']);
  });
});

describe('messageParts', () => {
  it('cuts a message around the values a page fills with markup', () => {
    expect(messageParts('de', { one: '{count} Leitfaden: {link}', other: '{count} Leitfäden, beginnend mit {link}' }, { count: 1200 })).toEqual(['1.200 Leitfäden, beginnend mit ', { slot: 'link' }]);
    expect(messageParts('en', 'Press {key} or use {search} above.')).toEqual(['Press ', { slot: 'key' }, ' or use ', { slot: 'search' }, ' above.']);
  });
});
