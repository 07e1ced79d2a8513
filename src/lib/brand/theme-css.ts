import type { BrandColors } from '../schema/brand.ts';
import { parseColour } from './colour.ts';

/** The custom properties of src/styles/tokens.css a brand sets, per theme. */
const themeProperties = [
  { selector: ':root', properties: [['--brand-primary', 'primary'], ['--brand-accent', 'accent']] },
  { selector: ":root[data-theme='dark']", properties: [['--brand-primary-dark', 'primaryDark'], ['--brand-accent-dark', 'accentDark']] },
] as const;

/**
 * Re-serialises a colour through colorjs.io, so only `#rrggbb` ever reaches the stylesheet,
 * even from a Brand that was built by hand rather than by the schema.
 */
function cssColour(value: string): string {
  const colour = parseColour(value);
  if (!colour || colour.alpha < 1) throw new TypeError(`brandCss: ${JSON.stringify(value)} is not an opaque colour; check the brand with checkBrand first`);
  return colour.hex;
}

/**
 * The brand's overrides of tokens.css, to load after it. Selectors are fixed; only the
 * colours vary. A theme block is left out when the brand sets none of its colours, so
 * Touchline's dark colours stay unless the brand gives its own.
 */
export function brandCss(brand: { colors: BrandColors }): string {
  return themeProperties
    .map(({ selector, properties }) => {
      const declarations = properties.flatMap(([property, field]) => {
        const value = brand.colors[field];
        return value === undefined ? [] : [`  ${property}: ${cssColour(value)};`];
      });
      return declarations.length === 0 ? '' : `${selector} {\n${declarations.join('\n')}\n}\n`;
    })
    .join('');
}
