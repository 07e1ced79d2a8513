import { describe, expect, it } from 'vitest';
import { parseLocaleList } from './locales.ts';

describe('parseLocaleList (TOUCHLINE_LOCALES)', () => {
  it('reads shipped languages, English first, without repeats', () => {
    expect(parseLocaleList('en')).toEqual({ ok: true, locales: ['en'] });
    expect(parseLocaleList(' en , pl,de,pl ')).toEqual({ ok: true, locales: ['en', 'pl', 'de'] });
  });

  it('refuses a language not shipped, another first, or none, saying what to write', () => {
    expect(parseLocaleList('en,fr,xx')).toEqual({ ok: false, message: '"en,fr,xx": "fr", "xx" are not shipped; list languages Touchline ships (en, de, pl), "en" first, e.g. "en" or "en,de"' });
    expect(parseLocaleList('de,en')).toEqual({ ok: false, message: '"de,en": "de" comes first; list languages Touchline ships (en, de, pl), "en" first, e.g. "en" or "en,de"' });
    expect(parseLocaleList(' , ')).toEqual({ ok: false, message: '" , ": no language given; list languages Touchline ships (en, de, pl), "en" first, e.g. "en" or "en,de"' });
  });
});
