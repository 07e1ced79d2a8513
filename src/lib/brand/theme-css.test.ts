import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brandCss } from './theme-css.ts';

describe('brandCss', () => {
  it('writes the light colours on :root and the dark ones on the dark theme', () => {
    expect(brandCss({ colors: { primary: '#1d4e89', accent: '#a33b0c', primaryDark: '#8ab8ea', accentDark: '#f2a477' } })).toBe(
      [':root {', '  --brand-primary: #1d4e89;', '  --brand-accent: #a33b0c;', '}', ":root[data-theme='dark'] {", '  --brand-primary-dark: #8ab8ea;', '  --brand-accent-dark: #f2a477;', '}', ''].join('\n'),
    );
  });

  it("leaves the dark theme to Touchline's colours when the brand sets none, and writes only the one it sets", () => {
    expect(brandCss({ colors: { primary: '#1d4e89', accent: '#a33b0c' } })).toBe(':root {\n  --brand-primary: #1d4e89;\n  --brand-accent: #a33b0c;\n}\n');
    expect(brandCss({ colors: { primary: '#1d4e89', accent: '#a33b0c', accentDark: '#f2a477' } })).toContain(":root[data-theme='dark'] {\n  --brand-accent-dark: #f2a477;\n}\n");
  });

  it('re-serialises colours through colorjs.io', () => {
    expect(brandCss({ colors: { primary: 'RGB(29 78 137)', accent: 'rebeccapurple' } })).toBe(':root {\n  --brand-primary: #1d4e89;\n  --brand-accent: #663399;\n}\n');
  });

  it('refuses a value that is not a colour rather than write it into the stylesheet', () => {
    expect(() => brandCss({ colors: { primary: '#fff;} body{display:none', accent: '#a33b0c' } })).toThrow(/not an opaque colour/);
    expect(() => brandCss({ colors: { primary: '#1d4e89', accent: '#a33b0c', primaryDark: 'red}</style><script>' } })).toThrow(/not an opaque colour/);
  });

  it('only ever writes fixed selectors and #rrggbb values', () => {
    const anyColour = fc.oneof(
      fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255)).map(([r, g, b]) => `rgb(${r} ${g} ${b})`),
      fc.tuple(fc.nat(360), fc.nat(100), fc.nat(100)).map(([h, s, l]) => `hsl(${h} ${s}% ${l}%)`),
      fc.tuple(fc.nat(100), fc.float({ min: 0, max: 0.5, noNaN: true }), fc.nat(360)).map(([l, c, h]) => `oklch(${l}% ${c} ${h})`),
    );
    fc.assert(
      fc.property(anyColour, anyColour, fc.option(anyColour, { nil: undefined }), (primary, accent, primaryDark) => {
        const css = brandCss({ colors: { primary, accent, primaryDark } });
        expect(css).toMatch(/^(:root(\[data-theme='dark'\])? \{\n(  --brand-[a-z-]+: #[0-9a-f]{6};\n)+\}\n)+$/);
      }),
    );
  });
});
