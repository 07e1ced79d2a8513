import { describe, expect, it } from 'vitest';
import { brandSchema } from '../schema/brand.ts';
import { brandAssets, brandSiteConfig, includesAssessment, includesPart, neutralSiteConfig } from './site-config.ts';

const brand = brandSchema.parse({
  identity: { siteName: 'Acme CX', shortName: 'Acme', tagline: 'The Acme customer experience playbook.', logo: { light: 'logo.svg', dark: 'img/logo-dark.svg' } },
  colors: { primary: '#1d4e89', accent: '#a33b0c' },
  contact: { name: 'Jane Doe', email: 'jane@acme.example', url: 'https://acme.example/', callToAction: 'Talk to Jane about your results' },
  modules: { parts: ['pace'], assessments: ['pace'] },
  deployment: { siteUrl: 'https://acme.example', basePath: '/acme/', footerText: '© Acme' },
});

describe('site config', () => {
  const config = brandSiteConfig('acme', brand, { partIds: ['acme'], assessmentIds: ['acme-check'] });

  it('includes everything on the neutral site', () => {
    expect(includesPart(neutralSiteConfig, 'anything')).toBe(true);
    expect(includesAssessment(neutralSiteConfig, 'anything')).toBe(true);
  });

  it.each([
    ['pace', true],
    ['acme', true],
    ['framework', false],
  ])('brand includes part %s: %s', (part, included) => {
    expect(includesPart(config, part)).toBe(included);
  });

  it.each([
    ['pace', true],
    ['acme-check', true],
    ['spectrum', false],
  ])('brand includes assessment %s: %s', (id, included) => {
    expect(includesAssessment(config, id)).toBe(included);
  });

  it('serves the logo, dark logo and favicon from the brand asset folder', () => {
    expect(config.logo).toEqual({ light: '_brand/logo.svg', dark: '_brand/img/logo-dark.svg' });
    expect(config.favicon).toBe('_brand/logo.svg');
    expect(brandAssets(brand)).toEqual([
      { from: 'logo.svg', to: '_brand/logo.svg' },
      { from: 'img/logo-dark.svg', to: '_brand/img/logo-dark.svg' },
    ]);
  });

  it('carries the contact, team settings, language and colours', () => {
    expect(config.contact?.email).toBe('jane@acme.example');
    expect(config.team).toEqual({ minGroupSize: 3, segments: [] });
    expect(config.lang).toBe('en');
    expect(config.css).toContain('--brand-primary: #1d4e89');
  });
});
