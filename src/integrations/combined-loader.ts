import type { Loader, LoaderContext } from 'astro/loaders';

interface Part {
  loader: Loader;
  /** The project-relative folder whose entries this loader owns; null for "every other entry". */
  base: string | null;
}

/**
 * Runs several loaders into one collection. Astro's glob loader takes a single base folder and
 * deletes every stored entry it did not see on this run; each loader is therefore shown only
 * the entries it owns (by file path), so one does not delete the other's.
 */
export function combinedLoader(name: string, parts: Part[]): Loader {
  const owned = parts.flatMap((part) => (part.base ? [part.base] : []));
  const owns = (part: Part, filePath: string | undefined) =>
    part.base ? (filePath ?? '').startsWith(part.base) : !owned.some((base) => (filePath ?? '').startsWith(base));
  return {
    name: `touchline:${name}`,
    load: async (context: LoaderContext) => {
      for (const part of parts) {
        const store = new Proxy(context.store, {
          get(target, property) {
            if (property === 'keys') return () => target.keys().filter((id) => owns(part, target.get(id)?.filePath));
            const value = Reflect.get(target, property, target) as unknown;
            return typeof value === 'function' ? value.bind(target) : value;
          },
        });
        await part.loader.load({ ...context, store });
      }
    },
  };
}
