// Loaded on first open: talks to Pagefind and renders results as a plain list of links.

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  options(options: { baseUrl?: string }): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(query: string, options?: object, wait?: number): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const started = new WeakSet<HTMLElement>();
const MAX_RESULTS = 10;

export function startSearch(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
  input.focus();
  if (started.has(root)) return;
  started.add(root);

  const status = root.querySelector<HTMLElement>('.search-status')!;
  const list = root.querySelector<HTMLOListElement>('.search-results')!;
  let pagefind: Promise<Pagefind> | undefined;

  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ root.dataset.pagefindUrl!).then(async (module: Pagefind) => {
      await module.options({ baseUrl: root.dataset.base });
      await module.init();
      return module;
    }));

  const run = async () => {
    const query = input.value.trim();
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = 'Searching…';
    try {
      const search = await (await load()).debouncedSearch(query, {}, 200);
      if (!search) return; // superseded by a newer query
      const shown = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()));
      list.replaceChildren(...shown.map(renderResult));
      status.textContent =
        search.results.length === 0
          ? `No pages match “${query}”.`
          : `${search.results.length} ${search.results.length === 1 ? 'page matches' : 'pages match'} “${query}”${search.results.length > MAX_RESULTS ? `; showing the first ${MAX_RESULTS}` : ''}.`;
    } catch {
      status.textContent = 'Search is not available right now. The index may be missing: build the site with "npm run build".';
    }
  };

  input.addEventListener('input', run);
  // The person may have typed while this module was loading.
  if (input.value.trim()) void run();
  load().catch(() => {
    status.textContent = 'Search is not available right now. The index may be missing: build the site with "npm run build".';
  });
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  const excerpt = document.createElement('p');
  // Pagefind's excerpt is escaped text with <mark> around matches; keep only those marks.
  const template = document.createElement('template');
  template.innerHTML = data.excerpt;
  for (const node of template.content.querySelectorAll('*')) if (node.tagName !== 'MARK') node.replaceWith(node.textContent ?? '');
  excerpt.append(template.content);
  item.append(link, excerpt);
  return item;
}
