// The committed history files (see history.ts), by assessment id. Vite reads them at build
// time; the browser gets the earlier versions inside each assessment's payload.
const modules = import.meta.glob<unknown>('./history/*.json', { eager: true, import: 'default' });

export const historyFiles: Readonly<Record<string, unknown>> = Object.fromEntries(
  Object.entries(modules).map(([path, data]) => [path.replace(/^.*\/([^/]+)\.json$/, '$1'), data]),
);
