import { contrastRatio } from './colour.ts';

/** WCAG 2.1 AA minimum contrast for text (1.4.3). */
export const AA_TEXT = 4.5;
/** WCAG 2.1 AA minimum contrast for graphics a reader needs to see: borders, markers, focus rings (1.4.11). */
export const AA_NON_TEXT = 3;

export type ThemeName = 'light' | 'dark';

/** The fixed colours of a theme that brand colours must stand out against (src/styles/tokens.css). */
export interface ThemeSurfaces {
  /** `--bg`. */
  background: string;
  /** `--bg-muted`: table headers, cards, blockquotes. */
  mutedBackground: string;
  /** `--on-primary`: text on a primary-coloured button. */
  onPrimary: string;
}

export const themeSurfaces: Record<ThemeName, ThemeSurfaces> = {
  light: { background: '#ffffff', mutedBackground: '#f3f5f8', onPrimary: '#ffffff' },
  dark: { background: '#14171c', mutedBackground: '#1f242c', onPrimary: '#14171c' },
};

export type BrandColourField = 'primary' | 'accent' | 'primaryDark' | 'accentDark';

/** Touchline's own colours (tokens.css); the dark ones stay when a brand gives no dark values. */
export const touchlineColours: Record<BrandColourField, string> = {
  primary: '#0b5cad',
  accent: '#b4420a',
  primaryDark: '#7cb8f5',
  accentDark: '#f0a26f',
};

/** Which brand colour field each theme reads. */
const themeFields: Record<ThemeName, { primary: BrandColourField; accent: BrandColourField }> = {
  light: { primary: 'primary', accent: 'accent' },
  dark: { primary: 'primaryDark', accent: 'accentDark' },
};

/** One way the site shows a brand colour (see src/styles/global.css), and what it must stand out against. */
export interface ColourUse {
  role: 'primary' | 'accent';
  use: string;
  against: keyof ThemeSurfaces;
  minimum: number;
}

export const colourUses: readonly ColourUse[] = [
  { role: 'primary', use: 'link text', against: 'background', minimum: AA_TEXT },
  { role: 'primary', use: 'link text', against: 'mutedBackground', minimum: AA_TEXT },
  { role: 'primary', use: 'button text', against: 'onPrimary', minimum: AA_TEXT },
  { role: 'primary', use: 'focus outline', against: 'background', minimum: AA_NON_TEXT },
  { role: 'primary', use: 'focus outline', against: 'mutedBackground', minimum: AA_NON_TEXT },
  { role: 'accent', use: 'error text', against: 'background', minimum: AA_TEXT },
  { role: 'accent', use: 'error text', against: 'mutedBackground', minimum: AA_TEXT },
  { role: 'accent', use: 'border/marker', against: 'background', minimum: AA_NON_TEXT },
  { role: 'accent', use: 'border/marker', against: 'mutedBackground', minimum: AA_NON_TEXT },
];

/** A brand colour that does not stand out enough against one fixed colour of one theme. */
export interface ContrastFailure {
  field: BrandColourField;
  theme: ThemeName;
  /** The brand colour, `#rrggbb`. */
  colour: string;
  /** The colour it is set against, `#rrggbb`. */
  against: string;
  ratio: number;
  /** The highest minimum among the failing uses: meeting it fixes them all. */
  minimum: number;
  /** The uses that fail, e.g. `link text`, `button text`. */
  uses: string[];
}

/**
 * Checks every pair of brand colour and theme colour the site shows together. Dark-theme
 * pairs are checked only for dark values the brand sets: Touchline's own dark colours are
 * known to pass. Uses that meet the same colour (in the light theme, link text on `--bg`
 * and `--on-primary` text on a button are both white against primary) share one failure.
 */
export function contrastFailures(colours: Partial<Record<BrandColourField, string>>): ContrastFailure[] {
  const failures: ContrastFailure[] = [];
  for (const theme of ['light', 'dark'] as const) {
    for (const role of ['primary', 'accent'] as const) {
      const field = themeFields[theme][role];
      const colour = colours[field];
      if (colour === undefined) continue;
      const byAgainst = new Map<string, ContrastFailure>();
      for (const use of colourUses.filter((u) => u.role === role)) {
        const against = themeSurfaces[theme][use.against];
        const ratio = contrastRatio(colour, against);
        if (ratio >= use.minimum) continue;
        const failure = byAgainst.get(against);
        if (!failure) {
          byAgainst.set(against, { field, theme, colour, against, ratio, minimum: use.minimum, uses: [use.use] });
        } else {
          failure.minimum = Math.max(failure.minimum, use.minimum);
          if (!failure.uses.includes(use.use)) failure.uses.push(use.use);
        }
      }
      failures.push(...byAgainst.values());
    }
  }
  return failures;
}

/** Rounds down, so a ratio just under the minimum never reads as meeting it (4.47 shows as 4.4, not 4.5). */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 10) / 10).toFixed(1)}:1`;
}

function listUses(uses: readonly string[]): string {
  return uses.length <= 1 ? (uses[0] ?? '') : `${uses.slice(0, -1).join(', ')} and ${uses.at(-1)}`;
}

/**
 * The problem sentence, naming the colour as the author wrote it (and the `#rrggbb` it
 * became when that differs), what it was set against, for which uses, and which way to move.
 */
export function describeContrastFailure(failure: ContrastFailure, written: string): string {
  const shown = written.trim().toLowerCase() === failure.colour ? `"${written}"` : `"${written}" (${failure.colour})`;
  const fix =
    failure.theme === 'light'
      ? `Use a darker shade or set colors.${failure.field}Dark for dark theme`
      : 'Use a lighter shade';
  return `${shown} has contrast ${formatRatio(failure.ratio)} on ${failure.against} (${failure.theme} theme ${listUses(failure.uses)}); WCAG AA needs ${failure.minimum}:1. ${fix}`;
}
