// Loaded on first open: talks to Pagefind and renders results as a plain list of links.
import { formatMessage, type Message } from '../../lib/i18n/message.ts';
import { foundEveryTerm, wordsAt } from '../../lib/search/query-match.ts';
import type { SearchMessageKey } from './search-messages.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  content: string;
  locations: number[];
  meta: { title?: string };
}
interface PagefindResult {
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(options: { baseUrl?: string }): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(query: string, options?: object, wait?: number): Promise<{ results: PagefindResult[] } | null>;
}

const started = new WeakSet<HTMLElement>();
const PAGE_SIZE = 10;

export function startSearch(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
  input.focus();
  if (started.has(root)) return;
  started.add(root);

  const status = root.querySelector<HTMLElement>('.search-status')!;
  const list = root.querySelector<HTMLOListElement>('.search-results')!;
  const more = root.querySelector<HTMLButtonElement>('.search-more')!;
  let pagefind: Promise<Pagefind> | undefined;
  let found: PagefindResult[] = [];
  let query = '';
  // This script's strings in the page's language (see search-messages.ts), with Pagefind.
  let messages: Partial<Record<SearchMessageKey, Message>> = {};
  const say = (key: SearchMessageKey, values?: Record<string, string | number>) => {
    const message = messages[key];
    return message === undefined ? '' : formatMessage(document.documentElement.lang || 'en', message, values);
  };

  const load = () =>
    (pagefind ??= Promise.all([
      import(/* @vite-ignore */ root.dataset.pagefindUrl!).then(async (module: Pagefind) => {
        await module.options({ baseUrl: root.dataset.base });
        await module.init();
        return module;
      }),
      fetch(root.dataset.messagesUrl!).then((response) => (response.ok ? response.json() : Promise.reject(new Error(`${response.status}`)))),
    ]).then(([module, loaded]: [Pagefind, typeof messages]) => {
      messages = loaded;
      return module;
    }));

  const unavailable = () => {
    status.textContent = status.dataset.unavailable ?? '';
  };

  const describe = () => {
    const shown = list.children.length;
    status.textContent =
      found.length === 0
        ? say('search.none', { query })
        : shown < found.length
          ? say('search.foundShowing', { count: found.length, query, shown })
          : say('search.found', { count: found.length, query });
    more.hidden = shown >= found.length;
  };

  const showMore = async (): Promise<HTMLAnchorElement | undefined> => {
    const from = list.children.length;
    const next = await Promise.all(found.slice(from, from + PAGE_SIZE).map((result) => result.data()));
    list.append(...next.map(renderResult));
    describe();
    return list.children[from]?.querySelector('a') ?? undefined;
  };

  const run = async () => {
    const current = input.value.trim();
    if (!current) {
      list.replaceChildren();
      status.textContent = '';
      more.hidden = true;
      return;
    }
    try {
      // Loading began when search opened, so the strings are usually here before the first key.
      const module = await load();
      status.textContent = say('search.searching');
      const search = await module.debouncedSearch(current, {}, 200);
      if (!search) return; // superseded by a newer query
      // Pagefind cuts an unknown word back to a prefix it knows and searches that everywhere
      // alike, so its best page shows whether the words asked for were found at all.
      const best = await search.results[0]?.data();
      const foundTerms = best !== undefined && foundEveryTerm(current, wordsAt(best.content, best.locations));
      if (input.value.trim() !== current) return; // typed on while the best page loaded
      query = current;
      found = foundTerms ? search.results : [];
      list.replaceChildren();
      await showMore();
    } catch {
      unavailable();
    }
  };

  input.addEventListener('input', run);
  // Up and down arrows move between the search box and the result links, as in most search boxes.
  root.querySelector('dialog')!.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const stops: HTMLElement[] = [input, ...list.querySelectorAll<HTMLAnchorElement>('li > a')];
    const at = stops.indexOf(document.activeElement as HTMLElement);
    if (at === -1) return;
    event.preventDefault();
    stops[Math.min(stops.length - 1, Math.max(0, at + (event.key === 'ArrowDown' ? 1 : -1)))]!.focus();
  });
  more.addEventListener('click', async () => (await showMore())?.focus());
  // The person may have typed while this module was loading.
  if (input.value.trim()) void run();
  load().catch(unavailable);
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
