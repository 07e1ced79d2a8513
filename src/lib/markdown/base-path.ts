/** Prefixes a site-absolute path with the deployment's base path, e.g. `/client/`. */
export function withBase(path: string, base: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  if (trimmedBase && (path === trimmedBase || path.startsWith(`${trimmedBase}/`))) return path;
  return `${trimmedBase}${path}`;
}
