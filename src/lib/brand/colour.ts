import Color from 'colorjs.io';

/** A brand colour as the site uses it. */
export interface ParsedColour {
  /**
   * Opaque sRGB `#rrggbb`. Colours outside sRGB (e.g. wide-gamut `oklch()`) are mapped into
   * it first, so the colour whose contrast is checked is the colour the site shows.
   */
  hex: string;
  /** 1 for an opaque colour; a see-through one has no fixed contrast, it depends on what lies beneath. */
  alpha: number;
}

/** Parses any CSS colour colorjs.io understands; `undefined` when the text is not a colour. */
export function parseColour(text: string): ParsedColour | undefined {
  let colour: Color;
  try {
    colour = new Color(text);
  } catch {
    return undefined;
  }
  const srgb = colour.to('srgb').toGamut();
  srgb.alpha = 1;
  return { hex: srgb.toString({ format: 'hex', collapse: false }), alpha: colour.alpha ?? 1 };
}

/** WCAG 2.1 contrast ratio (1–21) of two colours; the order does not matter. */
export function contrastRatio(a: string, b: string): number {
  return new Color(a).contrast(b, 'WCAG21');
}
