/**
 * The address Astro is given when no site URL is configured (neither TOUCHLINE_SITE_URL nor a
 * brand's deployment.siteUrl): canonical links need some origin, but no reader should see it.
 */
export const PLACEHOLDER_SITE_URL = 'https://touchline.example';

/**
 * The origin printed before a site link on paper (`https://acme.example` + `/playbook/…`);
 * empty when the site's real address is not known, so the path alone is printed.
 */
export function printedOrigin(site: URL | string | undefined): string {
  if (!site) return '';
  const origin = new URL(site).origin;
  return origin === new URL(PLACEHOLDER_SITE_URL).origin ? '' : origin;
}
