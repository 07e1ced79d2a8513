/**
 * The addresses a result travels by when its owner shares it: the `/r/#<code>` link (the
 * code after "#" never reaches a server) and an email to a consultant, written by the
 * person's own mail program.
 */

/** The share link for a code; `siteRoot` is the site's address with its base path, ending in "/". */
export function shareLink(siteRoot: string, code: string): string {
  const root = siteRoot.endsWith('/') ? siteRoot : `${siteRoot}/`;
  return `${root}r/#${code}`;
}

/** The site's address with its base path, from the page's origin and the base path the build used. */
export function siteRoot(origin: string, basePath: string): string {
  const base = `/${basePath.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  return `${origin.replace(/\/+$/, '')}${base}`;
}

// Deliberately plain: one @, no spaces or characters that would break out of a mailto: address.
const emailAddress = /^[^\s@<>()[\]"',;:\\?&#%]+@[^\s@<>()[\]"',;:\\?&#%]+\.[^\s@<>()[\]"',;:\\?&#%]+$/;

/**
 * A mailto: address that opens an email to `to` with the result's link filled in, or
 * undefined when `to` is not a plain email address. Nothing is sent until the person sends it.
 */
export function consultantEmail(to: string, message: { title: string; link: string; team?: string }): string | undefined {
  const address = to.trim();
  if (!emailAddress.test(address)) return undefined;
  const subject = `My ${message.title} result${message.team ? ` (${message.team})` : ''}`;
  const body = [`Here is my ${message.title} result:`, '', message.link, '', 'The result is in the link itself, after the "#"; opening it shows the result in the browser.'].join('\n');
  return `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
