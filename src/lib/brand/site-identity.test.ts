import { describe, expect, it } from 'vitest';
import { neutralIdentity, siteIdentity } from './site-identity.ts';

describe('siteIdentity', () => {
  it("is Touchline's own without a brand", () => {
    expect(siteIdentity()).toBe(neutralIdentity);
  });

  it("is the brand's names and tagline with one", () => {
    const identity = { siteName: 'Acme CX', shortName: 'Acme', tagline: 'Customer experience, the Acme way.', logo: { light: 'logo.svg' }, favicon: 'logo.svg' };
    expect(siteIdentity({ identity })).toEqual({ name: 'Acme CX', shortName: 'Acme', tagline: 'Customer experience, the Acme way.' });
  });
});
