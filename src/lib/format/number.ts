/**
 * Numbers as a person reads them, through Intl in the page's language: "1,234" in English,
 * "1.234" in German, "42 %" where the locale spaces its percent sign. Machine-readable
 * output (CSV, JSON) does not come through here: it keeps plain digits and '.' decimals.
 */

/** The language the page is written in (`<html lang>`), for formatting; English when none is set. */
export function pageLocale(root: { lang: string } | undefined = globalThis.document?.documentElement): string {
  return root?.lang || FALLBACK_LOCALE;
}

const FALLBACK_LOCALE = 'en';

// A report formats thousands of numbers; building a formatter is the costly part, so each is made once.
const cache = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, kind: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${kind}`;
  let made = cache.get(key);
  if (!made) {
    try {
      made = new Intl.NumberFormat(locale, options);
    } catch {
      // A tag Intl does not know is no reason to show no number at all.
      made = new Intl.NumberFormat(FALLBACK_LOCALE, options);
    }
    cache.set(key, made);
  }
  return made;
}

/** A whole number (rounded), with the locale's grouping: 12,000 / 12.000. */
export function formatInteger(value: number, locale: string): string {
  return formatter(locale, 'integer', { maximumFractionDigits: 0 }).format(value);
}

/** A figure to one decimal, always showing it: 3.0 / 3,0. */
export function formatDecimal(value: number, locale: string): string {
  return formatter(locale, 'decimal', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

/** A share given in percent (0–100), whole: 42% / 42 %. */
export function formatPercent(percent: number, locale: string): string {
  return formatter(locale, 'percent', { style: 'percent', maximumFractionDigits: 0 }).format(percent / 100);
}
