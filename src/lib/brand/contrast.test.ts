import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from './colour.ts';
import { AA_NON_TEXT, AA_TEXT, colourUses, contrastFailures, formatRatio, themeSurfaces, touchlineColours } from './contrast.ts';

const hexColour = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255)).map(([r, g, b]) => `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`);

describe('the theme colours', () => {
  const tokens = readFileSync(join(import.meta.dirname, '../../styles/tokens.css'), 'utf8');
  const block = (selector: string) => tokens.slice(tokens.indexOf(`${selector} {`)).split('}')[0] ?? '';
  const property = (css: string, name: string) => new RegExp(`\\s${name}:\\s*(#[0-9a-f]{6})`).exec(css)?.[1];

  it('match src/styles/tokens.css', () => {
    const light = block(':root');
    const dark = block(":root[data-theme='dark']");
    expect(themeSurfaces.light).toEqual({ background: property(light, '--bg'), mutedBackground: property(light, '--bg-muted'), onPrimary: property(light, '--on-primary') });
    expect(themeSurfaces.dark).toEqual({ background: property(dark, '--bg'), mutedBackground: property(dark, '--bg-muted'), onPrimary: property(dark, '--on-primary') });
    const defaults = block(':where(:root)');
    expect(touchlineColours).toEqual({
      primary: property(defaults, '--brand-primary'),
      accent: property(defaults, '--brand-accent'),
      primaryDark: property(defaults, '--brand-primary-dark'),
      accentDark: property(defaults, '--brand-accent-dark'),
    });
  });

  it("pass with Touchline's own colours, which is why unset dark values need no check", () => {
    expect(contrastFailures(touchlineColours)).toEqual([]);
  });
});

describe('contrastFailures', () => {
  it('checks text at 4.5:1 and non-text at 3:1, every use on both backgrounds', () => {
    expect(colourUses.map((use) => `${use.role} ${use.use} / ${use.against} ${use.minimum}`)).toEqual([
      'primary link text / background 4.5',
      'primary link text / mutedBackground 4.5',
      'primary button text / onPrimary 4.5',
      'primary focus outline / background 3',
      'primary focus outline / mutedBackground 3',
      'accent error text / background 4.5',
      'accent error text / mutedBackground 4.5',
      'accent border/marker / background 3',
      'accent border/marker / mutedBackground 3',
    ]);
    expect([AA_TEXT, AA_NON_TEXT]).toEqual([4.5, 3]);
  });

  it('merges uses that meet the same colour and keeps the highest minimum', () => {
    expect(contrastFailures({ primary: '#7fb2e5' })).toEqual([
      { field: 'primary', theme: 'light', colour: '#7fb2e5', against: '#ffffff', ratio: expect.closeTo(2.234, 3), minimum: 4.5, uses: ['link text', 'button text', 'focus outline'] },
      { field: 'primary', theme: 'light', colour: '#7fb2e5', against: '#f3f5f8', ratio: expect.closeTo(2.045, 3), minimum: 4.5, uses: ['link text', 'focus outline'] },
    ]);
  });

  it('checks only the colours given, each in its own theme', () => {
    fc.assert(
      fc.property(hexColour, hexColour, (primary, accent) => {
        const failures = contrastFailures({ primary, accent });
        expect(failures.every((failure) => failure.theme === 'light')).toBe(true);
        expect(contrastFailures({ primaryDark: primary, accentDark: accent }).every((failure) => failure.theme === 'dark')).toBe(true);
      }),
    );
  });

  it('reports a pair exactly when it is below the minimum of some use', () => {
    fc.assert(
      fc.property(hexColour, fc.constantFrom('primary', 'accent', 'primaryDark', 'accentDark') , (colour, field) => {
        const failures = contrastFailures({ [field]: colour });
        const theme = field.endsWith('Dark') ? 'dark' : 'light';
        const role = field.startsWith('primary') ? 'primary' : 'accent';
        for (const use of colourUses.filter((u) => u.role === role)) {
          const against = themeSurfaces[theme][use.against];
          const ratio = contrastRatio(colour, against);
          const failure = failures.find((f) => f.against === against);
          expect(failure?.uses.includes(use.use) ?? false).toBe(ratio < use.minimum);
          if (failure) expect(failure.ratio).toBeLessThan(failure.minimum);
        }
      }),
    );
  });
});

describe('formatRatio', () => {
  it.each([
    [4.4999, '4.4:1'],
    [4.5, '4.5:1'],
    [2.234, '2.2:1'],
    [21, '21.0:1'],
  ])('%f reads %s, never rounding up to a pass', (ratio, text) => {
    expect(formatRatio(ratio)).toBe(text);
  });
});
