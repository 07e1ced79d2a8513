/**
 * The site's Content-Security-Policy and the other headers a static host should send.
 * Astro writes the policy into every page as a <meta> tag, hashing each script and style it
 * emits (security.csp in astro.config.mjs); `_headers` repeats it as a real header for hosts
 * that read one (Netlify, Cloudflare Pages), adding what a <meta> policy cannot carry.
 */

/** Directives beside Astro's script-src and style-src; everything the site needs comes from itself. */
export const cspDirectives = [
  "default-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  // Pagefind fetches its index, the team view reads files the person picks: both same-origin.
  "connect-src 'self'",
  // The team view aggregates in a module worker served from the site.
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-src 'none'",
] as const;

/**
 * Sources for script-src beside Astro's hashes. Pagefind runs its search in WebAssembly, which
 * browsers start only with 'wasm-unsafe-eval' (it allows compiling WebAssembly, not eval()).
 */
export const scriptSources = ["'self'", "'wasm-unsafe-eval'"] as const;

/** Powerful features no page of the site uses; denying them stops embedded content asking. */
const deniedFeatures = ['accelerometer', 'autoplay', 'browsing-topics', 'camera', 'display-capture', 'geolocation', 'gyroscope', 'magnetometer', 'microphone', 'midi', 'payment', 'usb'];

/** The longest header line Cloudflare Pages reads from `_headers`. */
export const MAX_HEADER_LINE = 2000;

/** Parses `a b; c d` into directive → sources. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** One policy allowing what any of the pages' policies allows (the union of their hashes). */
export function mergePolicies(policies: readonly string[]): string {
  const merged = new Map<string, string[]>();
  for (const policy of policies) {
    for (const [name, sources] of parsePolicy(policy)) merged.set(name, [...new Set([...(merged.get(name) ?? []), ...sources])]);
  }
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The policy a <meta> tag holds, read from a built page. */
export function metaPolicy(html: string): string | undefined {
  const tag = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
  return tag?.[1]?.replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

/**
 * The `_headers` file: every page's policy as a header, plus frame-ancestors (ignored in a
 * <meta> policy) and the headers a careful static host sends. Brand images are served with a
 * policy of their own, so an SVG opened directly could run nothing even if one slipped through.
 */
export function headersFile(base: string, pagePolicies: readonly string[]): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const directives = parsePolicy(mergePolicies(pagePolicies));
  // Cloudflare Pages reads header lines of up to 2,000 characters, and the styles' hashes alone
  // come near that. Each page's own policy still allows only its hashed styles (both policies
  // apply, so the stricter wins); an inline style cannot run script.
  directives.set('style-src', ["'self'", "'unsafe-inline'"]);
  directives.set('frame-ancestors', ["'none'"]);
  const policy = [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
  if (policy.length > MAX_HEADER_LINE - 40) throw new Error(`The Content-Security-Policy header is ${policy.length} characters; static hosts read lines of up to ${MAX_HEADER_LINE}. Fewer distinct inline scripts would shorten it.`);
  return [
    `${prefix}*`,
    `  Content-Security-Policy: ${policy}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: no-referrer',
    `  Permissions-Policy: ${deniedFeatures.map((feature) => `${feature}=()`).join(', ')}`,
    '  X-Frame-Options: DENY',
    '  Cross-Origin-Opener-Policy: same-origin',
    `${prefix}_brand/*`,
    "  Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'; sandbox",
    '',
  ].join('\n');
}
