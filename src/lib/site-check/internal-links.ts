/** A link in a built page that leads nowhere. */
export interface BrokenLink {
  page: string;
  href: string;
}

/**
 * The internal links (href and src) of one built page that do not reach a file of the site.
 * `exists` answers for paths relative to the site root, e.g. `playbook/pace/index.html`.
 */
export function brokenLinks(page: string, html: string, base: string, exists: (relPath: string) => boolean): BrokenLink[] {
  const broken: BrokenLink[] = [];
  for (const match of html.matchAll(/\s(?:href|src)="([^"#?]*)[^"]*"/g)) {
    const href = match[1]!;
    if (href === '' || /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue;
    if (!href.startsWith('/')) continue; // the site writes only absolute internal links
    if (!href.startsWith(base)) {
      broken.push({ page, href });
      continue;
    }
    const rel = decodeURIComponent(href.slice(base.length));
    const target = rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
    if (!exists(target)) broken.push({ page, href });
  }
  return broken;
}
